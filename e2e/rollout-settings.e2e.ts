import { expect, expectAccessible, snap, test } from './fixtures';
import { callApi, mainNav, openDemo, settingsPart } from './support';
import type { Locator, Page } from '@playwright/test';

const STAGES = ['Forankret', 'Superbruker på plass', 'Grunnopplæring', 'Tilganger klare', 'I drift', 'Oppfølging'] as const;

/** The stage names in the settings' checklist, in order (the nb name of each row). */
function stageNames(page: Page): Locator {
  return page.getByRole('table', { name: 'Steg i utrullingen' }).getByRole('row').locator('td:nth-child(2) .role-name');
}

function typeRow(page: Page, name: string): Locator {
  return page.getByRole('table', { name: 'Opplæringstyper' }).getByRole('row').filter({ hasText: name }).getByRole('cell');
}

test('settings show the stage checklist, the rollout numbers and the training types; a stage moves by keyboard', async ({ page, host }) => {
  await openDemo(page, host);
  await mainNav(page).getByRole('link', { name: 'Innstillinger', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Innstillinger' })).toBeFocused();
  await settingsPart(page, 'Utrulling og opplæring');

  // The checklist, seeded with six stages; two of them have a "done when" rule.
  await expect(page.getByRole('heading', { level: 2, name: 'Steg i utrullingen' })).toBeVisible();
  await expect(stageNames(page)).toHaveText([...STAGES]);
  const stages = page.getByRole('table', { name: 'Steg i utrullingen' });
  await expect(stages.getByRole('row').filter({ hasText: 'Superbruker på plass' }).getByRole('cell').nth(3)).toHaveText('Superbrukerrollen er besatt');
  await expect(stages.getByRole('row').filter({ hasText: 'Forankret' }).getByRole('cell').nth(3)).toHaveText('Ingen regel (bekreftes for hånd)');
  await expect(page.getByRole('button', { name: 'Flytt Forankret opp' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Flytt Oppfølging ned' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Nytt steg' })).toBeVisible();

  // The rollout and training numbers, with their defaults.
  const numbers = page.getByRole('region', { name: 'Grenser og terskler' });
  await expect(numbers.getByRole('spinbutton', { name: 'Grunnopplæring fullført ved (%)' })).toHaveValue('80');
  await expect(numbers.getByRole('spinbutton', { name: 'Faresone: dager før etappen slutter (N)' })).toHaveValue('14');
  await expect(numbers.getByRole('spinbutton', { name: 'Faresone: fullført under (M %)' })).toHaveValue('50');
  await expect(numbers.getByRole('spinbutton', { name: 'Nykommer i (dager)' })).toHaveValue('60');
  await numbers.getByRole('textbox', { name: 'Navnet ditt i historikken' }).fill('Kari Planlegger');
  await numbers.getByRole('button', { name: 'Lagre' }).click();
  await expect(page.getByRole('status')).toHaveText('Innstillingene for utrulling er lagret.');
  expect(await callApi(page, host, 'settings.get')).toMatchObject({ actorName: 'Kari Planlegger', atRiskDays: 14 });

  // The training types: how long each is valid and whom it is required for.
  await expect(page.getByRole('heading', { level: 2, name: 'Opplæringstyper' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Opplæringstyper' }).getByRole('row')).toHaveCount(7);
  await expect(typeRow(page, 'Superbrukersamling').nth(2)).toHaveText('Superbruker');
  await expect(typeRow(page, 'Grunnopplæring').nth(1)).toHaveText('24 måneder');
  await expect(typeRow(page, 'Grunnopplæring').nth(2)).toHaveText('Alle rolleinnehavere');
  await expect(typeRow(page, 'Videregående for superbrukere').nth(1)).toHaveText('Utløper ikke');
  await expect(typeRow(page, 'Videregående for superbrukere').nth(2)).toHaveText('Superbruker');
  await expect(typeRow(page, 'Årlig oppfriskning').nth(1)).toHaveText('12 måneder');
  await expect(page.getByRole('button', { name: 'Ny opplæringstype' })).toBeVisible();
  await expectAccessible(page, 'settings with rollout and training');
  await snap(page, 'settings-rollout');

  // Move "Forankret" one step down with the keyboard; focus stays on the button that moved it.
  const down = page.getByRole('button', { name: 'Flytt Forankret ned' });
  await down.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Forankret er nå steg 2 av 6.');
  await expect(stageNames(page)).toHaveText([STAGES[1], STAGES[0], ...STAGES.slice(2)]);
  await expect(down).toBeFocused();
  const order = (await callApi(page, host, 'stages.list')) as Array<{ key: string }>;
  expect(order.map((s) => s.key).slice(0, 2)).toEqual(['super_user', 'anchored']);

  // And back up: Shift+Tab reaches the "up" button next to it.
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Flytt Forankret opp' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Forankret er nå steg 1 av 6.');
  await expect(stageNames(page)).toHaveText([...STAGES]);
  // At the top the "up" button is disabled, so focus moves to "down".
  await expect(page.getByRole('button', { name: 'Flytt Forankret opp' })).toBeDisabled();
  await expect(down).toBeFocused();
  await expectAccessible(page, 'settings after moving a stage');
});

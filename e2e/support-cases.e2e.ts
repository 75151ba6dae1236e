// Cases that keep what the user told us: the open-case dialog takes the top
// match and the pasted error, a case can be corrected with the corrections in
// its history, a tier that resolves a case shows its first response, and the
// case list shows due time and time left, sortable from the keyboard.
import { expect, expectAccessible, snap, test } from './fixtures';
import { callApi, factValue, openApp, openDemo, problemTitleByCode, unitIdByCode } from './support';
import type { Host } from './fixtures';
import type { Page } from '@playwright/test';

const LOCKED = 'AADSTS50053: The account is locked because the user tried to sign in too many times.';

async function problemIdByCode(page: Page, host: Host, code: string): Promise<number> {
  const problems = (await callApi(page, host, 'problems.list')) as Array<{ id: number; codes: string[] }>;
  const found = problems.find((p) => p.codes.includes(code));
  expect(found, `problem with ${code}`).toBeDefined();
  return (found as { id: number }).id;
}

async function lookUp(page: Page, text: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Lim inn feilmeldingen eller koden' }).fill(text);
  await page.getByRole('button', { name: 'Finn hjelp' }).click();
}

test('opening a case from login help takes the top match and the pasted error; "no problem chosen" only when nothing matched', async ({ page, host }) => {
  await openDemo(page, host);
  const title = await problemTitleByCode(page, host, 'AADSTS50053', 'nb');
  await openApp(page, host, 'support');
  await lookUp(page, LOCKED);
  await expect(page.getByRole('article', { name: title })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Lokallag eller enhet (søk)' }).fill('Herøy');
  await page.getByRole('radio', { name: /^Herøy 1818/ }).click();

  // No guide opened: the case still starts with the top match, and cannot be left without a problem.
  await page.getByRole('button', { name: 'Fikk ikke løst det – opprett sak' }).click();
  const dialog = page.getByRole('dialog', { name: 'Opprett sak' });
  const problem = dialog.getByRole('combobox', { name: 'Problem' });
  await expect(problem.locator('option:checked')).toHaveText(title);
  await expect(problem.getByRole('option', { name: 'Uten valgt problem' })).toHaveCount(0);
  await expect(dialog.locator('pre')).toHaveText(LOCKED);
  await dialog.getByRole('textbox', { name: 'Ditt navn' }).fill('Lise Lagleder');
  await expectAccessible(page, 'open case dialog with the pasted error');
  await dialog.getByRole('button', { name: 'Opprett sak' }).click();
  await expect(page).toHaveURL(/#\/support-case\/\d+$/);
  const facts = page.getByRole('region', { name: 'Om saken' });
  await expect(factValue(facts, 'Problem')).toHaveText(title);
  await expect(factValue(facts, 'Beskrivelse')).toHaveText(LOCKED);

  // Nothing matches: then, and only then, "no problem chosen" is offered, and chosen.
  await openApp(page, host, 'support');
  await lookUp(page, 'Qxzv 7731 plopp');
  await expect(page.getByText('Ingen veiledning ligner.')).toBeVisible();
  // The answer itself leads to a case, as does the path below it.
  await page.getByRole('region', { name: 'Ingen veiledning passer sikkert' }).getByRole('button', { name: 'Fikk ikke løst det – opprett sak' }).click();
  const none = page.getByRole('dialog', { name: 'Opprett sak' });
  await expect(none.getByRole('combobox', { name: 'Problem' }).locator('option:checked')).toHaveText('Uten valgt problem');
});

test('a case is corrected, the corrections are in its history, and the region that solves it shows its first response', async ({ page, host }) => {
  await openDemo(page, host);
  const heroy = await unitIdByCode(page, host, '1818');
  const locked = await problemIdByCode(page, host, 'AADSTS50053');
  const wrongPassword = await problemTitleByCode(page, host, 'AADSTS50126', 'nb');
  const lockedTitle = await problemTitleByCode(page, host, 'AADSTS50053', 'nb');
  const opened = (await callApi(page, host, 'cases.open', { unitId: heroy, reporterName: 'Per Medlem', problemId: locked, description: 'Låst' })) as { id: number };
  await callApi(page, host, 'cases.escalate', { id: opened.id, reason: 'Trenger regionen' });
  await openApp(page, host, `support-case/${opened.id}`);

  await page.getByRole('button', { name: 'Rett opp saken' }).click();
  const dialog = page.getByRole('dialog', { name: `Rett opp Sak ${opened.id}` });
  await expect(dialog.getByRole('combobox', { name: 'Problem' })).toBeFocused();
  await dialog.getByRole('combobox', { name: 'Problem' }).selectOption({ label: wrongPassword });
  await dialog.getByRole('button', { name: 'Bytt enhet' }).click();
  await dialog.getByRole('searchbox', { name: 'Lokallag eller enhet (søk)' }).fill('Bodø');
  await dialog.getByRole('radio', { name: /^Bodø 1804/ }).click();
  await expect(dialog.getByText('Valgt enhet: Bodø (1804)')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Beskrivelse' }).fill('Feil passord, ikke låst');
  await expectAccessible(page, 'correct case dialog');
  await dialog.getByRole('button', { name: 'Lagre rettelsen' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toHaveText(`Sak ${opened.id} er rettet.`);

  const facts = page.getByRole('region', { name: 'Om saken' });
  await expect(factValue(facts, 'Problem')).toHaveText(wrongPassword);
  await expect(factValue(facts, 'Enhet')).toContainText('Bodø');
  await expect(factValue(facts, 'Ligger hos')).toHaveText('Region');
  await expect(page.getByRole('list', { name: 'Hvem du kontakter for Bodø, i rekkefølge' })).toBeVisible();
  const correction = page.getByRole('region', { name: 'Hendelser' }).getByRole('listitem').filter({ hasText: 'Rettet' });
  await expect(correction.getByRole('listitem')).toHaveText([
    `Problem: ${lockedTitle} → ${wrongPassword}`,
    'Enhet: Herøy (1818) → Bodø (1804)',
    'Beskrivelse: «Låst» → «Feil passord, ikke låst»',
  ]);
  await expectAccessible(page, 'corrected case');

  // The region solves it without a separate first response: the resolution is its answer.
  await page.getByRole('button', { name: 'Løs', exact: true }).click();
  const resolve = page.getByRole('dialog', { name: `Løs Sak ${opened.id}` });
  await resolve.getByRole('textbox', { name: 'Løsning' }).fill('Nytt passord satt');
  await resolve.getByRole('button', { name: 'Marker som løst' }).click();
  await expect(resolve).toBeHidden();
  const clocks = page.getByRole('table', { name: 'Tid brukt per ledd' });
  const row = (tier: string) => clocks.getByRole('row').filter({ has: page.getByRole('cell', { name: tier, exact: true }) });
  await expect(row('Region').getByRole('cell').nth(2)).toHaveText(/^\d+ (min|t)/);
  await expect(row('Lokallag').getByRole('cell').nth(2)).toHaveText('Ikke besvart');
  await expect(clocks).not.toContainText('Ikke ennå');
  await snap(page, 'support-case-corrected');
});

test('the case list shows due time and time left, and sorts by them from the keyboard', async ({ page, host }) => {
  await openDemo(page, host);
  const open = async (code: string) => {
    const unitId = await unitIdByCode(page, host, code);
    return ((await callApi(page, host, 'cases.open', { unitId, reporterName: 'Per Medlem' })) as { id: number }).id;
  };
  // Left: a answered (16 h to resolution), b unanswered (4 h), c at the national tier unanswered (2 h).
  const a = await open('1818');
  await callApi(page, host, 'cases.respond', { id: a });
  const b = await open('1804');
  const c = await open('0301');
  await callApi(page, host, 'cases.escalate', { id: c, reason: 'Videre' });
  await callApi(page, host, 'cases.escalate', { id: c, reason: 'Videre' });

  await openApp(page, host, 'support-cases');
  const table = page.getByRole('table', { name: 'Saker' });
  const order = async () => (await table.getByRole('row').filter({ has: page.getByRole('link') }).getByRole('link').allTextContents());
  await expect(table.getByRole('row')).toHaveCount(4);
  expect(await order()).toEqual([`Sak ${c}`, `Sak ${b}`, `Sak ${a}`]);
  const row = (id: number) => table.getByRole('row').filter({ has: page.getByRole('link', { name: `Sak ${id}`, exact: true }) });
  await expect(row(b)).toContainText('første svar');
  await expect(row(a)).toContainText('løsning');

  const left = table.getByRole('columnheader', { name: 'Tid igjen' });
  await expect(left).toHaveAttribute('aria-sort', 'none');
  await left.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/sort=left/);
  await expect(left).toHaveAttribute('aria-sort', 'ascending');
  await expect.poll(order).toEqual([`Sak ${c}`, `Sak ${b}`, `Sak ${a}`]);
  await page.keyboard.press('Enter');
  await expect(left).toHaveAttribute('aria-sort', 'descending');
  await expect.poll(order).toEqual([`Sak ${a}`, `Sak ${b}`, `Sak ${c}`]);

  const due = table.getByRole('columnheader', { name: 'Frist' });
  await due.getByRole('button').click();
  await expect(due).toHaveAttribute('aria-sort', 'ascending');
  await expect.poll(order).toEqual([`Sak ${c}`, `Sak ${b}`, `Sak ${a}`]);
  await expectAccessible(page, 'case list sorted by due time');
  await snap(page, 'support-cases-sorted');
});

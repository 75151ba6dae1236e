import { expect, expectAccessible, snap, test } from './fixtures';
import {
  addRegionToWave,
  callApi,
  createPerson,
  createWave,
  detailPanel,
  factValue,
  mainNav,
  openDemo,
  osloDaysFromToday,
  roleIdByKey,
  switchToEnglish,
  todayInOslo,
  unitIdByCode,
  formDate,
} from './support';
import type { Locator, Page } from '@playwright/test';

/** A stage's row in the unit's stage table. */
function stageRow(page: Page, unit: string, stage: string): Locator {
  return page
    .getByRole('table', { name: `Stegene for ${unit}` })
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: new RegExp(`^${stage}`) }) });
}

/** Sets a stage's state with its edit dialog (and a note), and waits until it is saved. */
async function setStage(page: Page, unit: string, stage: string, state: 'Pågår' | 'Fullført', note: string): Promise<void> {
  await page.getByRole('button', { name: `Rediger steget ${stage}` }).click();
  const dialog = page.getByRole('dialog', { name: `${stage} for ${unit}` });
  await dialog.getByRole('radio', { name: state }).check();
  if (state === 'Fullført') await expect(dialog.getByLabel('Fullført dato')).toHaveValue(formDate(todayInOslo()));
  await dialog.getByRole('textbox', { name: 'Notat' }).fill(note);
  await dialog.getByRole('button', { name: 'Lagre' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toHaveText(`Endringene i «${stage}» er lagret.`);
  await expect(stageRow(page, unit, stage).getByRole('cell').nth(1)).toHaveText(state);
}

test('advances a chapter through all six stages, with the proposals confirmed, and keeps the history', async ({ page, host }) => {
  await openDemo(page, host);
  await callApi(page, host, 'settings.update', { actorName: 'Kari Planlegger' });
  const wave = await createWave(page, host, 'Etappe 1', osloDaysFromToday(-5), osloDaysFromToday(25));
  await addRegionToWave(page, host, wave, '39');
  const horten = await unitIdByCode(page, host, '3901');

  // From the organization screen: the unit panel sums up the rollout and links to the unit's page.
  await page.getByRole('searchbox', { name: 'Søk etter enhet' }).fill('Horten');
  await page.getByRole('list', { name: 'Søkeresultater' }).getByRole('button').filter({ hasText: '3901' }).click();
  await expect(detailPanel(page).getByRole('heading', { level: 2, name: 'Horten' })).toBeVisible();
  const summary = detailPanel(page).getByRole('region', { name: 'Utrulling' });
  await expect(factValue(summary, 'Etappe')).toHaveText('Etappe 1');
  await expect(factValue(summary, 'Fremdrift')).toHaveText('Ikke startet');
  await summary.getByRole('link', { name: 'Se utrullingen for Horten' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Utrulling: Horten' })).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`#/rollout-unit/${horten}$`));
  const facts = page.getByRole('region', { name: 'Status' });
  await expect(factValue(facts, 'Region')).toHaveText('Vestfold');
  await expect(factValue(facts, 'Etappe')).toContainText('Etappe 1');
  await expect(factValue(facts, 'Fullført')).toHaveText('0 %');
  await expect(factValue(facts, 'Varsler')).toHaveText('I rute');
  await expect(page.getByRole('table', { name: 'Stegene for Horten' }).getByRole('row')).toHaveCount(7);
  // No role is filled and nobody is trained yet, so nothing is proposed.
  await expect(page.getByRole('note')).toHaveCount(0);
  await expectAccessible(page, 'unit rollout page');
  await snap(page, 'unit-rollout-start');

  // 1. Anchored: set by hand.
  await setStage(page, 'Horten', 'Forankret', 'Fullført', 'Ledermøte holdt');
  await expect(factValue(facts, 'Fremdrift')).toHaveText('Ferdig til og med Forankret');

  // 2. Super-user in place: the app proposes it once the role is filled, and a person confirms.
  const sofie = await createPerson(page, host, { name: 'Sofie Superbruker', email: 'sofie@example.no' });
  const lars = await createPerson(page, host, { name: 'Lars Lagleder', email: 'lars@example.no' });
  const start = osloDaysFromToday(-30);
  await callApi(page, host, 'assignments.create', { personId: sofie, roleId: await roleIdByKey(page, host, 'super_user'), unitId: horten, startDate: start });
  await callApi(page, host, 'assignments.create', { personId: lars, roleId: await roleIdByKey(page, host, 'chapter_leader'), unitId: horten, startDate: start });
  await page.reload();
  const superUserProposal = page.getByRole('note', { name: 'Forslag for Superbruker på plass' });
  await expect(superUserProposal).toBeVisible();
  await expectAccessible(page, 'unit rollout with a proposal');
  await snap(page, 'unit-rollout-proposal');
  await superUserProposal.getByRole('button', { name: 'Bekreft at «Superbruker på plass» er fullført' }).click();
  await expect(page.getByRole('status')).toHaveText('«Superbruker på plass» er markert som fullført.');
  await expect(superUserProposal).toBeHidden();
  await expect(stageRow(page, 'Horten', 'Superbruker på plass').getByRole('cell').nth(1)).toHaveText('Fullført');

  // 3. Basic training: a session on the training screen with both role holders attending.
  await mainNav(page).getByRole('link', { name: 'Opplæring', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Opplæring' })).toBeFocused();
  await page.getByRole('button', { name: 'Registrer økt' }).click();
  const session = page.getByRole('dialog', { name: 'Registrer økt' });
  await expect(session.getByRole('combobox', { name: 'Type' })).toBeFocused();
  await session.getByRole('combobox', { name: 'Type' }).selectOption({ label: 'Grunnopplæring' });
  await expect(session.getByLabel('Dato')).toHaveValue(formDate(todayInOslo()));
  await session.getByRole('combobox', { name: 'Form' }).selectOption({ label: 'Digitalt' });
  await session.getByRole('textbox', { name: 'Kursholder' }).fill('Per Kursholder');
  await session.getByRole('searchbox', { name: 'Enhet (søk)' }).fill('Horten');
  await session.getByRole('radio', { name: /Horten/ }).check();
  await expect(session.getByText('Valgt enhet: Horten (3901)')).toBeVisible();
  const holders = session.getByRole('group', { name: 'Rolleinnehavere i enheten' });
  await holders.getByRole('checkbox', { name: /^Sofie Superbruker/ }).check();
  await holders.getByRole('checkbox', { name: /^Lars Lagleder/ }).check();
  await expect(session.getByRole('group', { name: 'Deltakere (2)' }).getByRole('checkbox')).toHaveCount(2);
  await expectAccessible(page, 'register session dialog');
  await snap(page, 'training-session-for-unit');
  await session.getByRole('button', { name: 'Registrer' }).click();
  await expect(session).toBeHidden();
  await expect(page.getByRole('region', { name: /^Økter/ }).getByRole('row')).toHaveCount(2);

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Utrulling: Horten' })).toBeVisible();
  const trainingProposal = page.getByRole('note', { name: 'Forslag for Grunnopplæring' });
  await trainingProposal.getByRole('button', { name: 'Bekreft at «Grunnopplæring» er fullført' }).click();
  await expect(page.getByRole('status')).toHaveText('«Grunnopplæring» er markert som fullført.');
  await expect(stageRow(page, 'Horten', 'Grunnopplæring').getByRole('cell').nth(1)).toHaveText('Fullført');

  // 4–6. Access ready (in progress first), live and follow-up, by hand.
  await setStage(page, 'Horten', 'Tilganger klare', 'Pågår', 'Venter på kontoer');
  await expect(factValue(facts, 'Fremdrift')).toHaveText('Ferdig til og med Grunnopplæring, arbeider med Tilganger klare');
  await setStage(page, 'Horten', 'Tilganger klare', 'Fullført', 'Kontoene er klare');
  await setStage(page, 'Horten', 'I drift', 'Fullført', 'Bruker systemet daglig');
  await setStage(page, 'Horten', 'Oppfølging', 'Fullført', 'Gjennomgang holdt');

  await expect(factValue(facts, 'Fremdrift')).toHaveText('Alle steg ferdige');
  await expect(factValue(facts, 'Fullført')).toHaveText('100 %');
  await expect(stageRow(page, 'Horten', 'Oppfølging').getByRole('cell').nth(4)).toHaveText('Gjennomgang holdt');

  // The history: every change, newest first, with who made it and when.
  const history = page.getByRole('region', { name: 'Historikk' }).locator('ol > li');
  const entry = /^Steget er endret – (.+?) · Kari Planlegger, \d{1,2}\. \w+\.? \d{4}(,| kl\.) \d{2}:\d{2}/;
  await expect(history).toHaveCount(8);
  const stagesInOrder = ['Oppfølging', 'I drift', 'Tilganger klare', 'Tilganger klare', 'Grunnopplæring', 'Superbruker på plass', 'Forankret'];
  for (const [i, stage] of stagesInOrder.entries()) {
    await expect(history.nth(i)).toHaveText(entry);
    await expect(history.nth(i)).toContainText(`Steget er endret – ${stage} · Kari Planlegger`);
  }
  await expect(history.nth(2)).toContainText('Tilstand: Pågår → Fullført');
  await expect(history.nth(3)).toContainText('Tilstand: Ikke startet → Pågår');
  await expect(history.nth(6)).toContainText('Notat: tomt → Ledermøte holdt');
  // The oldest entry is the region joining the wave.
  await expect(history.nth(7)).toContainText('Etappe endret');
  await expect(history.nth(7)).toContainText('Etappe: ingen etappe → Etappe 1');
  await expectAccessible(page, 'unit rollout all done');
  await snap(page, 'unit-rollout-done');
});

test('blocks a stage with a reason, in English, and the overview counts and lists it', async ({ page, host }) => {
  await openDemo(page, host);
  const wave = await createWave(page, host, 'Wave 1', osloDaysFromToday(-5), osloDaysFromToday(25));
  await addRegionToWave(page, host, wave, '39');
  await addRegionToWave(page, host, wave, '03');
  await switchToEnglish(page);
  const nav = mainNav(page, 'Main menu');

  await nav.getByRole('link', { name: 'Overview', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeFocused();
  await expect(page.getByRole('link', { name: '0 units are blocked' })).toBeVisible();
  await expect(page.getByRole('link', { name: '0 units are at risk' })).toBeVisible();

  // To the unit through the wave's unit list.
  await nav.getByRole('link', { name: 'Rollout', exact: true }).click();
  await page.getByRole('button', { name: 'Plan the wave Wave 1' }).click();
  await page.getByRole('link', { name: 'Tønsberg (3905)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rollout: Tønsberg' })).toBeFocused();

  await page.getByRole('button', { name: 'Edit the stage Access ready' }).click();
  const dialog = page.getByRole('dialog', { name: 'Access ready for Tønsberg' });
  await dialog.getByRole('radio', { name: 'Blocked' }).check();
  // A block needs its reason.
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Say why the stage is blocked.')).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Why is the stage blocked?' })).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'stage dialog with a missing reason');
  await dialog.getByRole('textbox', { name: 'Why is the stage blocked?' }).fill('Waiting for user accounts from IT');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  const row = page.getByRole('table', { name: 'The stages for Tønsberg' }).getByRole('row').filter({ hasText: 'Access ready' });
  await expect(row.getByRole('cell').nth(1)).toHaveText('BlockedReason: Waiting for user accounts from IT');
  const facts = page.getByRole('region', { name: 'Status' });
  // A blocked stage puts the unit at risk too.
  await expect(factValue(facts, 'Alerts')).toHaveText('BlockedAt risk');
  await expect(page.getByRole('region', { name: 'History' }).locator('ol > li').first()).toContainText('State: Not started → Blocked');
  await expectAccessible(page, 'blocked stage in English');
  await snap(page, 'unit-blocked-en');

  await nav.getByRole('link', { name: 'Overview', exact: true }).click();
  await expect(page.getByRole('link', { name: '1 unit is blocked' })).toBeVisible();
  await expect(page.getByRole('link', { name: '1 unit is at risk' })).toBeVisible();
  await expect(page.getByRole('link', { name: '1 blocked unit in Vestfold' })).toBeVisible();
  await expectAccessible(page, 'overview with a blocked unit');
  await snap(page, 'overview-blocked-en');

  await page.getByRole('link', { name: '1 unit is blocked' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Blocked units' })).toBeFocused();
  await expect(page).toHaveURL(/#\/rollout-list\/blocked$/);
  const list = page.getByRole('table', { name: 'Blocked units' });
  await expect(list.getByRole('row')).toHaveCount(2);
  await expect(list.getByRole('row').nth(1).getByRole('cell')).toHaveText([
    'Tønsberg 3905', 'Vestfold', 'Wave 1', 'Not started', '0%', 'BlockedAt risk', 'Blocked: Waiting for user accounts from IT',
  ]);
  await expectAccessible(page, 'blocked units list');
  await snap(page, 'blocked-list-en');
  await list.getByRole('link', { name: 'Tønsberg 3905' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rollout: Tønsberg' })).toBeVisible();
});

// Planning without dead ends: a bulk change asks first with the core's count and
// its undo then asks nothing; a wave with units is deleted after a confirmation
// that says how many units it frees. nb and en, axe, keyboard only.
import { expect, expectAccessible, test } from './fixtures';
import { addRegionToWave, callApi, createWave, openApp, openDemo, osloDaysFromToday, switchToEnglish } from './support';
import type { Host } from './fixtures';
import type { Page } from '@playwright/test';

const WORDS = {
  nb: {
    remove: 'Slett etappen Etappe 1',
    dialog: 'Slette etappen «Etappe 1»?',
    frees: (n: number) => `Sletting frigjør ${n} enheter`,
    confirm: (n: number) => `Slett og frigjør ${n} enheter`,
    cancel: 'Avbryt',
    done: (n: number) => `Etappen «Etappe 1» er slettet. ${n} enheter er frigjort.`,
    bulk: 'Masseendring', scopeWave: 'En etappe', wave: 'Etappe', stage: 'Steg', live: 'I drift', run: 'Utfør masseendringen',
    ask: 'Utføre masseendringen?', willChange: (n: number) => `Dette endrer ${n} enheter i Etappe 1.`, change: (n: number) => `Endre ${n} enheter`,
    plan: 'Planlegg etappen Etappe 1', takeOut: 'Ta Oslo ut av etappen', takeOutDialog: 'Ta Oslo ut av Etappe 1?', takeOutConfirm: 'Ta ut regionen',
    takenOut: (n: number) => `Oslo er tatt ut av Etappe 1. Etappen har nå ${n} enheter.`,
    undo: 'Angre siste masseendring', undone: (n: number) => `Masseendringen er angret. ${n} enheter er satt tilbake.`,
    undoDelete: 'Angre', undoneDelete: 'Endringen er angret.',
  },
  en: {
    remove: 'Delete the wave Etappe 1',
    dialog: 'Delete the wave “Etappe 1”?',
    frees: (n: number) => `Deleting frees ${n} units`,
    confirm: (n: number) => `Delete and free ${n} units`,
    cancel: 'Cancel',
    done: (n: number) => `The wave “Etappe 1” is deleted. ${n} units are freed.`,
    bulk: 'Bulk change', scopeWave: 'A wave', wave: 'Wave', stage: 'Stage', live: 'Live', run: 'Apply the bulk change',
    ask: 'Run the bulk change?', willChange: (n: number) => `This will change ${n} units in Etappe 1.`, change: (n: number) => `Change ${n} units`,
    plan: 'Plan the wave Etappe 1', takeOut: 'Take Oslo out of the wave', takeOutDialog: 'Take Oslo out of Etappe 1?', takeOutConfirm: 'Take the region out',
    takenOut: (n: number) => `Oslo has been taken out of Etappe 1. The wave now has ${n} units.`,
    undo: 'Undo last bulk change', undone: (n: number) => `The bulk change has been undone. ${n} units have been restored.`,
    undoDelete: 'Undo', undoneDelete: 'The change has been undone.',
  },
} as const;

async function story(page: Page, host: Host, lang: keyof typeof WORDS): Promise<void> {
  const w = WORDS[lang];
  await openDemo(page, host);
  const wave = await createWave(page, host, 'Etappe 1', osloDaysFromToday(-5), osloDaysFromToday(25));
  await addRegionToWave(page, host, wave, '39');
  const count = async () => ((await callApi(page, host, 'waves.list')) as Array<{ id: number; unitCount: number }>).find((x) => x.id === wave)?.unitCount ?? 0;
  const vestfold = await count();
  await addRegionToWave(page, host, wave, '03');
  const units = await count();
  expect(units).toBeGreaterThan(vestfold);
  await openApp(page, host, 'rollout');
  if (lang === 'en') await switchToEnglish(page);

  // A bulk change over the wave: asked before it runs, with the core's count.
  const bulk = page.getByRole('region', { name: w.bulk });
  await bulk.getByRole('radio', { name: w.scopeWave }).check();
  await bulk.getByRole('combobox', { name: w.wave }).selectOption({ label: 'Etappe 1' });
  await bulk.getByRole('combobox', { name: w.stage }).selectOption({ label: w.live });
  await bulk.getByRole('button', { name: w.run }).focus();
  await page.keyboard.press('Enter');
  const ask = page.getByRole('dialog', { name: w.ask });
  await expect(ask).toContainText(w.willChange(units));
  await expectAccessible(page, `bulk change confirmation (${lang})`);
  await page.keyboard.press('Tab');
  await expect(ask.getByRole('button', { name: w.change(units) })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(ask).toBeHidden();
  // Undo runs at once: the change was confirmed before it ran.
  await bulk.getByRole('button', { name: w.undo }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText(w.undone(units));
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // A region is taken out of the wave: its units leave, the rest stay.
  await page.getByRole('button', { name: w.plan }).click();
  await page.getByRole('button', { name: w.takeOut }).focus();
  await page.keyboard.press('Enter');
  const takeOut = page.getByRole('dialog', { name: w.takeOutDialog });
  await expect(takeOut.getByRole('button', { name: w.cancel })).toBeFocused();
  await expectAccessible(page, `take a region out of a wave (${lang})`);
  await page.keyboard.press('Tab');
  await expect(takeOut.getByRole('button', { name: w.takeOutConfirm })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(takeOut).toBeHidden();
  await expect(page.getByRole('status')).toHaveText(w.takenOut(vestfold));
  await expect(page.getByRole('button', { name: w.takeOut })).toHaveCount(0);

  await page.getByRole('button', { name: w.remove }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: w.dialog });
  await expect(dialog).toContainText(w.frees(vestfold));
  await expect(dialog.getByRole('button', { name: w.cancel })).toBeFocused();
  await expectAccessible(page, `delete a wave with units (${lang})`);
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: w.confirm(vestfold) })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toHaveText(w.done(vestfold));
  const after = (await callApi(page, host, 'waves.list')) as Array<{ id: number }>;
  expect(after.some((x) => x.id === wave)).toBe(false);

  // The deletion is taken back at once and whole: the wave under its own id, with its units.
  await expectAccessible(page, `a deleted wave with its undo (${lang})`);
  await page.getByRole('button', { name: w.undoDelete, exact: true }).press('Enter');
  await expect(page.getByRole('status')).toHaveText(w.undoneDelete);
  expect(await count()).toBe(vestfold);
  await expect(page.getByRole('button', { name: w.remove })).toBeVisible();
}

test('a bulk change asks first with the count and undoes without asking; a wave with units is deleted after saying how many it frees (nb)', async ({ page, host }) => {
  await story(page, host, 'nb');
});

test('the same in English', async ({ page, host }) => {
  await story(page, host, 'en');
});

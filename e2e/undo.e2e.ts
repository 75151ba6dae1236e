// «Angre» after ending a role and after deleting a training session: the change is
// taken back in one step, without a second question. nb and en, axe, keyboard.
import { expect, expectAccessible, test } from './fixtures';
import { assignRole, callApi, openApp, openDemo, switchToEnglish, unitIdByCode } from './support';

const WORDS = {
  nb: { end: 'Avslutt Siri Lund som Superbruker', endDialog: 'Avslutt Siri Lund som Superbruker', endSubmit: 'Avslutt', undo: 'Angre', undone: 'Endringen er angret.' },
  en: { end: 'End Siri Lund as Super-user', endDialog: 'End Siri Lund as Super-user', endSubmit: 'End', undo: 'Undo', undone: 'The change has been undone.' },
} as const;

for (const lang of ['nb', 'en'] as const) {
  const w = WORDS[lang];
  test(`ending a role is undone from the unit card in one step (${lang})`, async ({ page, host }) => {
    await openDemo(page, host);
    await assignRole(page, host, { name: 'Siri Lund', email: 'siri@example.no' }, 'super_user', '1818');
    const unitId = await unitIdByCode(page, host, '1818');
    await openApp(page, host, `organization/${unitId}`);
    if (lang === 'en') await switchToEnglish(page);
    await page.getByRole('button', { name: w.end }).click();
    const dialog = page.getByRole('dialog', { name: w.endDialog });
    await dialog.getByRole('button', { name: w.endSubmit, exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: w.end })).toHaveCount(0);
    const undo = page.getByRole('button', { name: w.undo, exact: true });
    await expectAccessible(page, `unit card with an undo (${lang})`);
    await undo.press('Enter');
    await expect(page.getByRole('status')).toHaveText(w.undone);
    await expect(page.getByRole('button', { name: w.end })).toBeVisible();
    await expect(undo).toHaveCount(0);
  });
}

const SESSION_WORDS = {
  nb: { remove: /^Slett økten .*2\. november 2026/, confirm: /^Slett/, undo: 'Angre', undone: 'Endringen er angret.' },
  en: { remove: /^Delete the session .*2 November 2026/, confirm: /^Delete/, undo: 'Undo', undone: 'The change has been undone.' },
} as const;

for (const lang of ['nb', 'en'] as const) {
  const w = SESSION_WORDS[lang];
  test(`a deleted training session comes back with its attendance (${lang})`, async ({ page, host }) => {
    await openDemo(page, host);
    const [type] = (await callApi(page, host, 'trainingTypes.list')) as Array<{ id: number }>;
    const person = (await callApi(page, host, 'people.create', { name: 'Tor Eide', email: 'tor@example.no' })) as { id: number };
    const unitId = await unitIdByCode(page, host, '1818');
    const session = (await callApi(page, host, 'trainingSessions.create', { typeId: type?.id, date: '2026-11-02', unitId, format: 'digital', trainer: 'Kari', attendeeIds: [person.id] })) as { id: number };
    await openApp(page, host, 'training');
    if (lang === 'en') await switchToEnglish(page);
    await page.getByRole('button', { name: w.remove }).click();
    await page.getByRole('dialog').getByRole('button', { name: w.confirm }).click();
    await expect(page.getByRole('button', { name: w.remove })).toHaveCount(0);
    await page.getByRole('button', { name: w.undo, exact: true }).click();
    await expect(page.getByRole('status')).toHaveText(w.undone);
    const back = (await callApi(page, host, 'trainingSessions.get', { id: session.id })) as { attendees: Array<{ personId: number }> };
    expect(back.attendees.map((a) => a.personId)).toEqual([person.id]);
    await expect(page.getByRole('button', { name: w.remove })).toBeVisible();
    await expectAccessible(page, `training after an undo (${lang})`);
  });
}

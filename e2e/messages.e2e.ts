// Stage and wave messages in both languages: staff write a wave's stage message (an
// unknown placeholder is refused by name), see it filled for one chapter, and export the
// mail merge for the wave's chapters; the CSV holds one row per recipient with each
// chapter's own facts, and the chapters leave the missing list. The .eml files come as one ZIP.
import JSZip from 'jszip';
import Papa from 'papaparse';
import { expect, expectAccessible, test } from './fixtures';
import { addRegionToWave, assignRole, createWave, csvLines, downloadVia, openApp, openDemo, osloDaysFromToday, switchToEnglish } from './support';
import type { Page } from '@playwright/test';
import type { Host } from './fixtures';

async function setUp(page: Page, host: Host, suffix: string): Promise<void> {
  await openDemo(page, host);
  const waveId = await createWave(page, host, `Nordland ${suffix}`, osloDaysFromToday(10), osloDaysFromToday(120));
  await addRegionToWave(page, host, waveId, '18');
  await assignRole(page, host, { name: 'Hanne Herøy', email: `hanne.${suffix}@example.org` }, 'super_user', '1818');
  await assignRole(page, host, { name: 'Bodil Bodø', email: `bodil.${suffix}@example.org` }, 'super_user', '1804');
}

const zipEntries = async (bytes: Buffer) => Object.values((await JSZip.loadAsync(bytes)).files).filter((f) => !f.dir).map((f) => f.name).sort();

const rowsOf = (bytes: Buffer, separator: string) =>
  Papa.parse<string[]>(csvLines(bytes).join('\n'), { delimiter: separator }).data;

test('staff write a wave\'s stage message and export the mail merge for its chapters', async ({ page, host }) => {
  await setUp(page, host, 'nb');
  await openApp(page, host, 'messages');
  await expect(page.getByRole('heading', { level: 1, name: 'Meldinger' })).toBeVisible();
  const plan = page.getByRole('region', { name: 'Kommunikasjonsplan' });
  await expect(plan).toContainText('Etappen har ingen meldinger ennå.');
  await plan.getByRole('button', { name: 'Ny melding' }).click();
  const editor = plan.getByRole('form', { name: 'Ny melding' });
  await editor.getByRole('combobox', { name: 'Når' }).selectOption({ label: 'I et steg' });
  await editor.getByRole('combobox', { name: 'Steg' }).selectOption({ label: 'Forankret' });
  await editor.getByLabel('Dato').fill(osloDaysFromToday(10));
  await editor.getByRole('combobox', { name: 'Rolle' }).selectOption({ label: 'Superbruker' });
  await editor.getByRole('combobox', { name: 'Nivå' }).selectOption({ label: 'Lokallag' });
  await expect(editor.getByRole('group').getByText('{{what_to_do}}')).toBeVisible();
  await editor.getByRole('textbox', { name: 'Emne (bokmål)' }).fill('{{enhet}}: {{stage}}');
  await editor.getByRole('textbox', { name: 'Tekst (bokmål)' }).fill('Hei {{recipient}}!\n{{what_to_do}}\nMangler: {{gaps}}');
  await editor.getByRole('button', { name: 'Lagre meldingen' }).click();
  await expect(editor.getByRole('alert')).toHaveText('Plassholderen {{enhet}} finnes ikke (Emne (bokmål)). Bruk en av plassholderne i listen.');
  await editor.getByRole('textbox', { name: 'Emne (bokmål)' }).fill('{{unit}}: {{stage}}');

  // The live preview fills the draft for one chapter of the wave.
  await editor.getByRole('combobox', { name: 'Enhet å vise' }).selectOption({ label: '1818 Herøy' });
  const preview = editor.getByRole('region', { name: 'Forhåndsvisning' });
  await expect(preview).toContainText('Til: Hanne Herøy (hanne.nb@example.org)');
  await expect(preview).toContainText('Herøy: Forankret');
  await expect(preview).toContainText('Møt lederne i enhetene dine og forklar planen');
  await expect(preview).toContainText('- Lagleder');
  await expectAccessible(page, 'message editor with preview');
  await editor.getByRole('button', { name: 'Lagre meldingen' }).click();
  await expect(page.getByRole('status')).toHaveText('Meldingen er lagret.');

  const row = plan.getByRole('row').filter({ hasText: '{{unit}}: {{stage}}' });
  await expect(row).toContainText('Superbruker i hver enhet på nivået Lokallag');
  const missing = page.getByRole('region', { name: 'Mangler melding' });
  await expect(missing.getByRole('row').filter({ hasText: '1818 Herøy' })).toBeVisible();

  const { download, bytes } = await downloadVia(page, row.getByRole('button', { name: 'Eksporter fletting (CSV)' }));
  expect(download.suggestedFilename()).toMatch(/^fletting-\d{4}-\d{2}-\d{2}\.csv$/);
  const [header, ...rows] = rowsOf(bytes, ';');
  expect(header).toEqual(['Navn', 'E-post', 'Emne', 'Tekst', 'Enhetskode', 'Enhet', 'Språk']);
  expect(rows.map((r) => [r[0], r[1], r[2], r[4]])).toEqual([
    ['Bodil Bodø', 'bodil.nb@example.org', 'Bodø: Forankret', '1804'],
    ['Hanne Herøy', 'hanne.nb@example.org', 'Herøy: Forankret', '1818'],
  ]);
  expect(rows[1]?.[3]).toContain('Hei Hanne Herøy!');
  // The subject is the row's header; the count of units reached is the fifth cell.
  await expect(row.getByRole('cell').nth(4)).toHaveText('2');
  const sent = page.getByRole('region', { name: 'Sendt' });
  await expect(sent.getByRole('row').filter({ hasText: '1818 Herøy' })).toContainText('Fletting (CSV)');
  await expect(missing.getByRole('row').filter({ hasText: '1818 Herøy' })).toHaveCount(0);

  // The .eml files come as one ZIP, one draft per recipient, named by unit code and person.
  const eml = await downloadVia(page, row.getByRole('button', { name: 'Lagre .eml-filer' }));
  expect(eml.download.suggestedFilename()).toMatch(/^melding-nordland-nb-\d{4}-\d{2}-\d{2}\.zip$/);
  expect(await zipEntries(eml.bytes)).toEqual(['1804-Bodil-Bodø.eml', '1818-Hanne-Herøy.eml']);
  await expect(page.getByRole('status')).toHaveText(`ZIP-arkivet med 2 meldinger (.eml) er lagret: ${eml.download.suggestedFilename()}`);
  await expect(sent.getByRole('row').filter({ hasText: '.eml-filer' })).toHaveCount(2);
  await expectAccessible(page, 'messages after the export');
});

test('in English: staff write a wave\'s stage message and export the mail merge for its chapters', async ({ page, host }) => {
  await setUp(page, host, 'en');
  await openApp(page, host, 'messages');
  await switchToEnglish(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Messages' })).toBeVisible();
  const plan = page.getByRole('region', { name: 'Communication plan' });
  await plan.getByRole('button', { name: 'New message' }).click();
  const editor = plan.getByRole('form', { name: 'New message' });
  await editor.getByRole('combobox', { name: 'When' }).selectOption({ label: 'At a stage' });
  await editor.getByRole('combobox', { name: 'Stage' }).selectOption({ label: 'Anchored' });
  await editor.getByLabel('Date').fill(osloDaysFromToday(10));
  await editor.getByRole('combobox', { name: 'Role' }).selectOption({ label: 'Super-user' });
  await editor.getByRole('combobox', { name: 'Level' }).selectOption({ label: 'Lokallag' });
  await editor.getByRole('textbox', { name: 'Subject (English)' }).fill('{{unit}} ({{unit_code}}): {{stage}}');
  await editor.getByRole('textbox', { name: 'Body (English)' }).fill('Hi {{recipient}}!\n{{what_to_do}}');
  await editor.getByRole('combobox', { name: 'Unit to show' }).selectOption({ label: '1804 Bodø' });
  // Bodil's language is not known, so the organization's (Norwegian) would be used; the
  // message is written in English only, so it goes out in English, facts and all.
  await expect(editor.getByRole('region', { name: 'Preview' })).toContainText('Bodø (1804): Anchored');
  await expectAccessible(page, 'message editor in English');
  await editor.getByRole('button', { name: 'Save the message' }).click();
  await expect(page.getByRole('status')).toHaveText('The message is saved.');
  const row = plan.getByRole('row').filter({ hasText: '{{unit}} ({{unit_code}}): {{stage}}' });
  await expect(row).toContainText('Super-user in every unit at the level Lokallag');
  const { download, bytes } = await downloadVia(page, row.getByRole('button', { name: 'Export mail merge (CSV)' }));
  expect(download.suggestedFilename()).toMatch(/^mail-merge-\d{4}-\d{2}-\d{2}\.csv$/);
  const [header, ...rows] = rowsOf(bytes, ';');
  expect(header).toEqual(['Name', 'E-mail', 'Subject', 'Body', 'Unit code', 'Unit', 'Language']);
  expect(rows.map((r) => [r[0], r[2], r[5]])).toEqual([
    ['Bodil Bodø', 'Bodø (1804): Anchored', 'Bodø'],
    ['Hanne Herøy', 'Herøy (1818): Anchored', 'Herøy'],
  ]);
  await expect(page.getByRole('region', { name: 'Sent' }).getByRole('row').filter({ hasText: '1804 Bodø' })).toContainText('Mail merge (CSV)');
  const eml = await downloadVia(page, row.getByRole('button', { name: 'Save .eml files' }));
  expect(eml.download.suggestedFilename()).toMatch(/^message-nordland-en-\d{4}-\d{2}-\d{2}\.zip$/);
  expect(await zipEntries(eml.bytes)).toHaveLength(2);
  await expect(page.getByRole('status')).toHaveText(`The ZIP archive with 2 messages (.eml) is saved: ${eml.download.suggestedFilename()}`);
});

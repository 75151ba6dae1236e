// The chapter card, printed from the unit card, is one A4 sheet for the wall:
// the organization's name and the date on it, whole phone numbers, hours as
// "4 t". Printed by Chromium and read back with pdfinfo and pdftotext, in nb and en.
import { execFileSync } from 'node:child_process';
import { expect, expectAccessible, test } from './fixtures';
import { assignRole, callApi, openDemo, switchToEnglish } from './support';
import type { Page } from '@playwright/test';
import type { Host } from './fixtures';

const WORDS = {
  nb: { search: 'Søk etter enhet', results: 'Søkeresultater', section: 'Hvem ringer jeg?', print: 'Skriv ut lagskortet', hours: /\b\d+ t\b/ },
  en: { search: 'Search for a unit', results: 'Search results', section: 'Whom do I call?', print: 'Print the chapter card', hours: /\b\d+ h\b/ },
} as const;

async function setUp(page: Page, host: Host): Promise<void> {
  await openDemo(page, host);
  await assignRole(page, host, { name: 'Siri Superbruker', email: 'siri@example.no', phone: '+47 912 34 567' }, 'super_user', '18');
  await assignRole(page, host, { name: 'Frode Fagansvarlig', email: 'frode@example.no', phone: '+47 22 33 44 55' }, 'functional_owner', 'NO');
  await callApi(page, host, 'settings.update', { vendorName: 'CRM-leverandøren AS', vendorEmail: 'support@crm.example', vendorPhone: '+47 800 12 345' });
}

for (const lang of ['nb', 'en'] as const) {
  test(`the chapter card prints on one A4 page with the organization and the date (${lang})`, async ({ page, host }) => {
    const w = WORDS[lang];
    await setUp(page, host);
    if (lang === 'en') await switchToEnglish(page);
    await page.getByRole('searchbox', { name: w.search }).fill('Herøy');
    await page.getByRole('list', { name: w.results }).getByRole('button').filter({ hasText: '1818' }).click();
    const section = page.getByRole('region', { name: w.section });
    await expect(section.getByRole('link', { name: 'siri@example.no' })).toBeVisible();
    await expectAccessible(page, `unit card (${lang})`);
    await expect(section.getByRole('button', { name: w.print })).toBeVisible();

    await page.emulateMedia({ media: 'print' });
    const file = test.info().outputPath(`chapter-card-${lang}.pdf`);
    await page.pdf({ path: file, format: 'A4' });
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+1\n/);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\u00a0|\u202f/g, ' ');
    expect(text).toContain('Landsforbundet');
    expect(text).toMatch(lang === 'nb' ? /\d{1,2}\. \p{L}+ \d{4}/u : /\d{1,2} [A-Z][a-z]+ \d{4}/);
    expect(text).toContain('+47 912 34 567');
    expect(text).toMatch(w.hours);
    expect(text).not.toMatch(/\b\d+,0\b/);
  });
}

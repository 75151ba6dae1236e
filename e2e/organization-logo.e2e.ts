// The organization's logo is chosen under Settings → Generelt, refused in words when it is not
// a PNG or JPEG, and taken away again. nb and en, axe.
import { expect, expectAccessible, test } from './fixtures';
import { callApi, openApp, openDemo, switchToEnglish, unitIdByCode } from './support';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
// A second picture (2×2 red), to see the card take a changed logo.
const RED = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGP4z8AARAwQCgAf7gP9i18U1AAAAABJRU5ErkJggg==', 'base64');
const WORDS = {
  nb: { choose: 'Velg en bildefil', current: 'Logoen som brukes nå', saved: 'Logoen er lagret.', bad: 'Logoen må være en PNG- eller JPEG-fil på høyst 200 kB.', remove: 'Fjern logoen', removed: 'Logoen er fjernet.', none: 'Ingen logo er valgt.' },
  en: { choose: 'Choose an image file', current: 'The logo in use now', saved: 'The logo is saved.', bad: 'The logo must be a PNG or JPEG file of at most 200 kB.', remove: 'Remove the logo', removed: 'The logo is removed.', none: 'No logo is chosen.' },
} as const;

for (const lang of ['nb', 'en'] as const) {
  const w = WORDS[lang];
  test(`the organization's logo is chosen, refused when it is no picture, and removed (${lang})`, async ({ page, host }) => {
    await openDemo(page, host);
    if (lang === 'en') await switchToEnglish(page);
    await openApp(page, host, 'settings/general');
    const file = page.getByLabel(w.choose);
    await file.setInputFiles({ name: 'logo.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a\x01\x00\x01\x00') });
    await expect(page.getByRole('alert').filter({ hasText: w.bad })).toBeVisible();
    await file.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PNG });
    await expect(page.getByRole('status')).toHaveText(w.saved);
    await expect(page.getByRole('img', { name: w.current })).toBeVisible();
    expect(await callApi(page, host, 'organization.logo')).toEqual({ mime: 'image/png', base64: PNG.toString('base64') });
    await expectAccessible(page, `settings with a logo (${lang})`);
    // The unit card keeps the logo for its printed form, fetched once and renewed when Settings change it.
    const unitId = await unitIdByCode(page, host, '1818');
    const printLogo = page.locator('img.print-logo');
    await page.evaluate((id) => (location.hash = `#/organization/${id}`), unitId);
    await expect(printLogo).toHaveAttribute('src', `data:image/png;base64,${PNG.toString('base64')}`);
    await page.evaluate(() => (location.hash = '#/settings/general'));
    await file.setInputFiles({ name: 'red.png', mimeType: 'image/png', buffer: RED });
    // The status still says "saved" from the first logo, so wait for the new picture itself:
    // it is drawn once the save is through and the card's copy is forgotten.
    await expect(page.getByRole('img', { name: w.current })).toHaveAttribute('src', `data:image/png;base64,${RED.toString('base64')}`);
    await page.evaluate((id) => (location.hash = `#/organization/${id}`), unitId);
    await expect(printLogo).toHaveAttribute('src', `data:image/png;base64,${RED.toString('base64')}`);
    await page.evaluate(() => (location.hash = '#/settings/general'));
    await page.getByRole('button', { name: w.remove }).click();
    await expect(page.getByRole('status')).toHaveText(w.removed);
    await expect(page.getByText(w.none)).toBeVisible();
  });
}

// A calmer UI: the help page is one click away on every screen, Settings comes in
// short parts with their own addresses, and at 390 px (a phone) the menu folds into
// a button while the chapter leader's screens fit without sideways scrolling.
import { expect, expectAccessible, snap, test } from './fixtures';
import { mainNav, openApp, openDemo, settingsPart, switchToEnglish, unitIdByCode } from './support';
import type { Page } from '@playwright/test';

const WORDS = {
  nb: { help: 'Hjelp', helpTitle: 'Slik virker metoden', glossary: 'Ordliste', anchored: 'Forankret', settings: 'Innstillinger', parts: 'Deler av innstillingene', support: 'Brukerstøtte', sla: 'Svarfrister for innloggingsstøtte', menu: 'Meny', nav: 'Hovedmeny', cases: 'Saker' },
  en: { help: 'Help', helpTitle: 'How the method works', glossary: 'Glossary', anchored: 'Anchored', settings: 'Settings', parts: 'Parts of the settings', support: 'Support', sla: 'Login support response targets', menu: 'Menu', nav: 'Main menu', cases: 'Cases' },
} as const;

/** The page itself never scrolls sideways; wide tables scroll inside their own region. */
async function expectNoSidewaysScroll(page: Page, label: string): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth, `${label} fits ${innerWidth} px`).toBeLessThanOrEqual(innerWidth);
}

for (const lang of ['nb', 'en'] as const) {
  const w = WORDS[lang];

  test(`the help page explains the method and is reachable from every screen (${lang})`, async ({ page, host }) => {
    await openDemo(page, host);
    if (lang === 'en') await switchToEnglish(page);
    for (const route of ['dashboard', 'support', 'settings']) {
      await openApp(page, host, route);
      await expect(page.getByRole('banner').getByRole('link', { name: w.help, exact: true })).toBeVisible();
    }
    await page.getByRole('banner').getByRole('link', { name: w.help, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: w.helpTitle })).toBeFocused();
    await expect(page.getByRole('heading', { level: 2 })).toHaveCount(5);
    const glossary = page.getByRole('region', { name: w.glossary });
    await expect(glossary.getByRole('term')).toHaveCount(8);
    await expect(glossary.getByRole('term').first()).toHaveText(w.anchored);
    await expectAccessible(page, `help (${lang})`);
    await snap(page, `help-${lang}`);
  });

  test(`Settings comes in parts with their own addresses (${lang})`, async ({ page, host }) => {
    await openDemo(page, host);
    if (lang === 'en') await switchToEnglish(page);
    await mainNav(page, w.nav).getByRole('link', { name: w.settings, exact: true }).click();
    await expect(page.getByRole('navigation', { name: w.parts }).getByRole('link')).toHaveCount(5);
    await settingsPart(page, w.support, w.parts);
    await expect(page).toHaveURL(/#\/settings\/support$/);
    await expect(page.getByRole('heading', { level: 2, name: w.sla })).toBeVisible();
    // Only the chosen part is on the page, so it stays short.
    await expect(page.getByRole('radio', { name: 'English' })).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('navigation', { name: w.parts }).getByRole('link', { name: w.support, exact: true })).toHaveAttribute('aria-current', 'page');
    await expectAccessible(page, `settings, support part (${lang})`);
  });

  test(`at 390 px the menu folds into a button and the chapter leader's screens fit (${lang})`, async ({ page, host }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openDemo(page, host);
    if (lang === 'en') await switchToEnglish(page);
    const menu = page.getByRole('button', { name: w.menu, exact: true });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(mainNav(page, w.nav)).toBeHidden();
    await menu.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(mainNav(page, w.nav)).toBeVisible();
    await expectAccessible(page, `menu open at 390 px (${lang})`);
    // Escape folds it again; choosing a screen folds it too.
    await mainNav(page, w.nav).getByRole('link').first().press('Escape');
    await expect(mainNav(page, w.nav)).toBeHidden();

    const unitId = await unitIdByCode(page, host, '1818');
    for (const [route, label] of [['support', 'login help'], [`organization/${unitId}`, 'unit card'], ['support-cases', 'cases']] as const) {
      await openApp(page, host, route);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoSidewaysScroll(page, `${label} (${lang})`);
      await expectAccessible(page, `${label} at 390 px (${lang})`);
      await snap(page, `phone-${label.replace(' ', '-')}-${lang}`);
    }
  });
}

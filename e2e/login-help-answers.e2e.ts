// Login help answers, then gets out of the way: an exact code opens its guide with
// other possible guides folded below; an unknown code is named honestly and only
// hints are offered, with the way to a case; the chosen chapter survives a reload.
import { expect, expectAccessible, snap, test } from './fixtures';
import { openApp, openDemo, problemTitleByCode, switchToEnglish } from './support';
import type { Host } from './fixtures';
import type { Page } from '@playwright/test';

const WORDS = {
  nb: {
    paste: 'Lim inn feilmeldingen eller koden',
    find: 'Finn hjelp',
    foundCode: 'Fant koden AADSTS50076',
    others: /^1 annen mulig veiledning$/,
    othersList: 'Andre mulige veiledninger',
    unknown: 'Fant ingen veiledning for AADSTS90099.',
    noAnswer: 'Ingen veiledning passer sikkert',
    hints: 'Nærmeste veiledninger, den nærmeste først',
    byWords: /^Har ordene «popup» og «bankid»/,
    openCase: 'Fikk ikke løst det – opprett sak',
    caseDialog: 'Opprett sak',
    unitSearch: 'Lokallag eller enhet (søk)',
    chosen: 'Valgt enhet: Herøy (1818)',
  },
  en: {
    paste: 'Paste the error message or code',
    find: 'Find help',
    foundCode: 'Found the code AADSTS50076',
    others: /^1 other possible guide$/,
    othersList: 'Other possible guides',
    unknown: 'Found no guide for AADSTS90099.',
    noAnswer: 'No guide is a sure match',
    hints: 'Closest guides, closest first',
    byWords: /^Has the words “popup” and “bankid”/,
    openCase: 'Could not solve it — open a case',
    caseDialog: 'Open a case',
    unitSearch: 'Chapter or unit (search)',
    chosen: 'Chosen unit: Herøy (1818)',
  },
} as const;
type Lang = keyof typeof WORDS;

async function lookUp(page: Page, lang: Lang, text: string): Promise<void> {
  const w = WORDS[lang];
  await page.getByRole('textbox', { name: w.paste }).fill(text);
  // Ctrl+Enter searches from the text area, so the keyboard never leaves it.
  await page.getByRole('textbox', { name: w.paste }).press('Control+Enter');
}

async function story(page: Page, host: Host, lang: Lang): Promise<void> {
  const w = WORDS[lang];
  await openDemo(page, host);
  await openApp(page, host, 'support');
  if (lang === 'en') await switchToEnglish(page);
  const mfa = await problemTitleByCode(page, host, 'AADSTS50076', lang);
  const locked = await problemTitleByCode(page, host, 'AADSTS50053', lang);

  // 1. An exact code: the guide is open and first; the phrase match waits folded below.
  await lookUp(page, lang, 'AADSTS50076: you must use multi-factor authentication. Your account is locked.');
  const guide = page.getByRole('article', { name: mfa });
  await expect(guide.getByRole('heading', { level: 2, name: mfa })).toBeFocused();
  await expect(page.getByText(w.foundCode, { exact: true })).toBeVisible();
  const others = page.locator('details.lookup-others');
  await expect(others.locator('summary')).toHaveText(w.others);
  await expect(others.getByRole('list', { name: w.othersList })).toBeHidden();
  await others.locator('summary').focus();
  await page.keyboard.press('Enter');
  const list = others.getByRole('list', { name: w.othersList });
  await expect(list.getByRole('button', { name: locked })).toBeVisible();
  await expectAccessible(page, `login help, a code hit (${lang})`);
  await snap(page, `login-help-code-${lang}`);
  await list.getByRole('button', { name: locked }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('article', { name: locked }).getByRole('heading', { level: 2 })).toBeFocused();

  // 2. A code the catalog does not know: said plainly, only hints, and the way to a case.
  await lookUp(page, lang, 'AADSTS90099 popup bankid');
  await expect(page.getByText(w.unknown, { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: w.noAnswer })).toBeVisible();
  const hints = page.getByRole('list', { name: w.hints });
  const items = hints.getByRole('listitem');
  expect(await items.count()).toBeLessThanOrEqual(3);
  await expect(items.first().locator('.match-why')).toHaveText(w.byWords);
  // No guide is opened for the user: a hint is not an answer.
  await expect(page.getByRole('article')).toHaveCount(0);
  await expectAccessible(page, `login help, an unknown code (${lang})`);
  await snap(page, `login-help-unknown-${lang}`);
  const toCase = page.getByRole('region', { name: w.noAnswer }).getByRole('button', { name: w.openCase });
  await toCase.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: w.caseDialog });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // 3. The chapter chosen once is still chosen after a reload.
  await page.getByRole('searchbox', { name: w.unitSearch }).fill('Herøy');
  await page.getByRole('radio', { name: /^Herøy 1818/ }).click();
  await expect(page.getByText(w.chosen)).toBeVisible();
  await page.reload();
  await expect(page.getByText(w.chosen)).toBeVisible();
}

test('login help answers a code, is honest about an unknown one, and remembers the chapter (nb)', async ({ page, host }) => {
  await story(page, host, 'nb');
});

test('the same in English', async ({ page, host }) => {
  await story(page, host, 'en');
});

import { expect, expectAccessible, snap, test } from './fixtures';
import { assignRole, callApi, factValue, mainNav, openDemo, problemTitleByCode, switchToEnglish, unitIdByCode } from './support';
import type { Host } from './fixtures';
import type { Locator, Page } from '@playwright/test';

/** The words the story needs, in each language. */
const WORDS = {
  nb: {
    nav: 'Hovedmeny',
    help: 'Innloggingshjelp',
    subnav: 'Innloggingsstøtte',
    paste: 'Lim inn feilmeldingen eller koden',
    find: 'Finn hjelp',
    foundCode: 'Fant koden AADSTS50053',
    unitSearch: 'Lokallag eller enhet (søk)',
    chosen: 'Valgt enhet: Herøy (1818)',
    path: 'Hvem du kontakter for Herøy, i rekkefølge',
    gapChapter: 'Ingen lokal supportkontakt i Herøy – gå videre til regionen',
    gapTechnical: 'Ingen teknisk ansvarlig i Landsforbundet – gå videre til leverandøren',
    targets: 'Første svar innen 4 t, løst innen 16 t (arbeidstid)',
    openCase: 'Fikk ikke løst det – opprett sak',
    caseDialog: 'Opprett sak',
    reporter: 'Ditt navn',
    contact: 'Telefon eller e-post',
    problem: 'Problem',
    description: 'Hva skjedde?',
    pasted: 'Feilmeldingen du limte inn',
    noProblem: 'Uten valgt problem',
    descriptionFact: 'Beskrivelse',
    submitCase: 'Opprett sak',
    caseName: (id: number) => `Sak ${id}`,
    caseOpened: (id: number) => `Sak ${id} er opprettet.`,
    escalate: 'Eskaler til regionen',
    escalateDialog: (id: number) => `Eskaler Sak ${id} til regionen`,
    reason: 'Begrunnelse',
    escalated: (id: number) => `Sak ${id} er eskalert til regionen.`,
    cases: 'Saker',
    tierFilter: 'Ligger hos',
    region: 'Region',
    caseTable: 'Saker',
    clock: 'Klokken hos regionen',
    notAnswered: /^Ikke besvart ennå – frist .+ \(mål: 4 t\)$/,
    used: /^Brukt \d+ (t|min)( \d+ min)? av 16 t \(arbeidstid\)/,
    respond: 'Svar gitt',
    respondDialog: (id: number) => `Første svar i Sak ${id}`,
    respondSubmit: 'Registrer svar',
    resolve: 'Løs',
    resolveDialog: (id: number) => `Løs Sak ${id}`,
    resolution: 'Løsning',
    resolveSubmit: 'Marker som løst',
    resolved: (id: number) => `Sak ${id} er løst.`,
    state: 'Status',
    stateResolved: 'Løst',
    metrics: 'Nøkkeltall',
    metricsTitle: 'Nøkkeltall for innloggingsstøtte',
    opened: 'Opprettet',
    resolvedCount: 'Løst',
    local: 'Løst lokalt',
    tierTable: 'Saker og brudd på tidsmål per ledd',
    showTable: 'Vis tallene for leddene som tabell',
  },
  en: {
    nav: 'Main menu',
    help: 'Login help',
    subnav: 'Login support',
    paste: 'Paste the error message or code',
    find: 'Find help',
    foundCode: 'Found the code AADSTS50053',
    unitSearch: 'Chapter or unit (search)',
    chosen: 'Chosen unit: Herøy (1818)',
    path: 'Whom to contact for Herøy, in order',
    gapChapter: 'No local support contact in Herøy — go on to the region',
    gapTechnical: 'No technical owner in Landsforbundet — go on to the vendor',
    targets: 'First response within 4 h, resolved within 16 h (business hours)',
    openCase: 'Could not solve it — open a case',
    caseDialog: 'Open a case',
    reporter: 'Your name',
    contact: 'Phone or e-mail',
    problem: 'Problem',
    description: 'What happened?',
    pasted: 'The error message you pasted',
    noProblem: 'No problem chosen',
    descriptionFact: 'Description',
    submitCase: 'Open case',
    caseName: (id: number) => `Case ${id}`,
    caseOpened: (id: number) => `Case ${id} has been opened.`,
    escalate: 'Escalate to the region',
    escalateDialog: (id: number) => `Escalate Case ${id} to the region`,
    reason: 'Reason',
    escalated: (id: number) => `Case ${id} has been escalated to the region.`,
    cases: 'Cases',
    tierFilter: 'Held by',
    region: 'Region',
    caseTable: 'Cases',
    clock: 'The clock at the region',
    notAnswered: /^Not answered yet — due .+ \(target: 4 h\)$/,
    used: /^\d+ (h|min)( \d+ min)? used of 16 h \(business hours\)/,
    respond: 'Response given',
    respondDialog: (id: number) => `First response in Case ${id}`,
    respondSubmit: 'Record the response',
    resolve: 'Resolve',
    resolveDialog: (id: number) => `Resolve Case ${id}`,
    resolution: 'Resolution',
    resolveSubmit: 'Mark as resolved',
    resolved: (id: number) => `Case ${id} is resolved.`,
    state: 'State',
    stateResolved: 'Resolved',
    metrics: 'Metrics',
    metricsTitle: 'Login support metrics',
    opened: 'Opened',
    resolvedCount: 'Resolved',
    local: 'Solved locally',
    tierTable: 'Cases and target breaches per tier',
    showTable: 'Show the figures for the tiers as a table',
  },
} as const;

type Lang = keyof typeof WORDS;
type Words = (typeof WORDS)[Lang];

const LOCKED_MESSAGE =
  'Sign in\nSorry, but we’re having trouble signing you in.\nAADSTS50053: The account is locked because the user tried to sign in too many times with an incorrect user ID or password.\nCorrelation ID: 4f1c2a9e-0b7d-4c43-9a51-2d8e6f3b7c10';

/** The ownership data behind the path: a super-user in Nordland, a functional owner nationally, no local support, the vendor. */
async function setUpPath(page: Page, host: Host): Promise<void> {
  await openDemo(page, host);
  await assignRole(page, host, { name: 'Siri Superbruker', email: 'siri@example.no', phone: '+47 912 34 567' }, 'super_user', '18');
  await assignRole(page, host, { name: 'Frode Fagansvarlig', email: 'frode@example.no', phone: '+47 22 33 44 55' }, 'functional_owner', 'NO');
  await callApi(page, host, 'settings.update', { vendorName: 'CRM-leverandøren AS', vendorEmail: 'support@crm.example', vendorPhone: '+47 800 12 345' });
}

async function openSupportPage(page: Page, w: Words, name: string, title: string): Promise<void> {
  await page.getByRole('navigation', { name: w.subnav }).getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeFocused();
}

async function metricFigures(page: Page, w: Words): Promise<{ opened: Locator; resolved: Locator; local: Locator }> {
  const local = page.getByRole('region', { name: w.local, exact: true });
  return { opened: factValue(local, w.opened), resolved: factValue(local, w.resolvedCount), local: local.locator('.big-figure') };
}

async function story(page: Page, host: Host, lang: Lang): Promise<void> {
  const w = WORDS[lang];
  await setUpPath(page, host);
  if (lang === 'en') await switchToEnglish(page);
  const title = await problemTitleByCode(page, host, 'AADSTS50053', lang);

  // Before: no cases in the period.
  await mainNav(page, w.nav).getByRole('link', { name: w.help, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: w.help })).toBeFocused();
  await openSupportPage(page, w, w.metrics, w.metricsTitle);
  const before = await metricFigures(page, w);
  await expect(before.opened).toHaveText('0');
  await expect(before.local).toHaveText('–');
  await openSupportPage(page, w, lang === 'en' ? 'Find help' : 'Finn hjelp', w.help);

  // 1. A chapter leader pastes the message and finds the guide by its code.
  await page.getByRole('textbox', { name: w.paste }).fill(LOCKED_MESSAGE);
  await page.getByRole('button', { name: w.find }).click();
  // An exact code: its guide opens at once, with why it matched.
  await expect(page.getByText(w.foundCode, { exact: true })).toBeVisible();
  const guide = page.getByRole('article', { name: title });
  await expect(guide.getByRole('heading', { level: 2, name: title })).toBeFocused();
  expect(await guide.getByRole('list').first().getByRole('listitem').count()).toBeGreaterThan(1);

  // 2. The leader chooses the chapter and sees the escalation path, gaps included.
  await page.getByRole('searchbox', { name: w.unitSearch }).fill('Herøy');
  // Choosing closes the search and remembers the unit for next time.
  await page.getByRole('radio', { name: /^Herøy 1818/ }).click();
  await expect(page.getByText(w.chosen)).toBeVisible();
  const path = page.getByRole('list', { name: w.path });
  // The steps are the list's own items; each holds a list of contacts.
  const steps = path.locator(':scope > li');
  await expect(steps).toHaveCount(5);
  await expect(steps.first()).toContainText(w.gapChapter);
  const region = steps.filter({ hasText: 'Siri Superbruker' });
  await expect(region.getByRole('link', { name: '+47 912 34 567' })).toHaveAttribute('href', 'tel:+4791234567');
  await expect(region.getByRole('link', { name: 'siri@example.no' })).toHaveAttribute('href', 'mailto:siri@example.no');
  await expect(region).toContainText(w.targets);
  await expect(path).toContainText(w.gapTechnical);
  await expect(steps.last()).toContainText('CRM-leverandøren AS');
  await expectAccessible(page, `login help with a guide (${lang})`);
  await snap(page, `support-help-${lang}`);

  // 3. The guide did not help: the leader opens a case, the problem already chosen.
  await page.getByRole('button', { name: w.openCase }).click();
  const dialog = page.getByRole('dialog', { name: w.caseDialog });
  await expect(dialog.getByRole('combobox', { name: w.problem })).toHaveValue(/\d+/);
  await expect(dialog.getByRole('combobox', { name: w.problem }).locator('option:checked')).toHaveText(title);
  await dialog.getByRole('textbox', { name: w.reporter }).fill('Lise Lagleder');
  await dialog.getByRole('textbox', { name: w.contact }).fill('lise@example.no');
  // The guide matched, so a problem must be named; the pasted error goes with the case.
  await expect(dialog.getByRole('combobox', { name: w.problem }).getByRole('option', { name: w.noProblem })).toHaveCount(0);
  await expect(dialog.getByRole('heading', { name: w.pasted })).toBeVisible();
  await expect(dialog.locator('pre')).toContainText('AADSTS50053: The account is locked');
  const tried = lang === 'en' ? 'Waited 15 minutes, still locked.' : 'Ventet 15 minutter, fortsatt låst.';
  await dialog.getByRole('textbox', { name: w.description }).fill(tried);
  await expectAccessible(page, `open case dialog (${lang})`);
  await dialog.getByRole('button', { name: w.submitCase }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/#\/support-case\/\d+$/);
  const caseId = Number(/support-case\/(\d+)$/.exec(page.url())?.[1]);
  await expect(page.getByRole('status')).toHaveText(w.caseOpened(caseId));
  await expect(page.getByRole('heading', { level: 1, name: `${w.caseName(caseId)}: Herøy` })).toBeVisible();
  const facts = page.getByRole('region', { name: lang === 'en' ? 'About the case' : 'Om saken' });
  await expect(factValue(facts, w.descriptionFact)).toContainText('AADSTS50053: The account is locked');
  await expect(factValue(facts, w.descriptionFact)).toContainText(tried);

  // ...and escalates it to the region.
  await page.getByRole('button', { name: w.escalate }).click();
  const escalate = page.getByRole('dialog', { name: w.escalateDialog(caseId) });
  await escalate.getByRole('textbox', { name: w.reason }).fill(lang === 'en' ? 'Nobody here can unlock accounts.' : 'Ingen her kan låse opp kontoer.');
  await escalate.getByRole('button', { name: w.escalate }).click();
  await expect(escalate).toBeHidden();
  await expect(page.getByRole('status')).toHaveText(w.escalated(caseId));

  // 4. Staff find the case at the region tier and see its clock.
  await openSupportPage(page, w, w.cases, w.cases);
  await page.getByRole('combobox', { name: w.tierFilter }).selectOption({ label: w.region });
  const row = page.getByRole('table', { name: w.caseTable }).getByRole('row').filter({ has: page.getByRole('link', { name: w.caseName(caseId), exact: true }) });
  await expect(row).toContainText('Herøy');
  await expect(row).toContainText(title);
  await expectAccessible(page, `case list (${lang})`);
  await snap(page, `support-cases-${lang}`);
  await row.getByRole('link', { name: w.caseName(caseId), exact: true }).click();
  const clock = page.getByRole('region', { name: w.clock });
  await expect(clock.getByRole('definition').first()).toHaveText(w.notAnswered);
  await expect(clock.getByRole('definition').nth(1)).toHaveText(w.used);
  await expect(clock.getByRole('table').getByRole('row')).toHaveCount(3);
  await expectAccessible(page, `case page at the region (${lang})`);
  await snap(page, `support-case-region-${lang}`);

  // 5. The region answers and resolves it.
  await page.getByRole('button', { name: w.respond, exact: true }).click();
  const respond = page.getByRole('dialog', { name: w.respondDialog(caseId) });
  await respond.getByRole('button', { name: w.respondSubmit }).click();
  await expect(respond).toBeHidden();
  await page.getByRole('button', { name: w.resolve, exact: true }).click();
  const resolve = page.getByRole('dialog', { name: w.resolveDialog(caseId) });
  await resolve.getByRole('textbox', { name: w.resolution }).fill(lang === 'en' ? 'Unlocked the account in Entra ID.' : 'Låste opp kontoen i Entra ID.');
  await resolve.getByRole('button', { name: w.resolveSubmit }).click();
  await expect(resolve).toBeHidden();
  await expect(page.getByRole('status')).toHaveText(w.resolved(caseId));
  await expect(factValue(page.getByRole('region', { name: lang === 'en' ? 'About the case' : 'Om saken' }), w.state)).toHaveText(w.stateResolved);
  await snap(page, `support-case-resolved-${lang}`);

  // 6. The metrics change: one case opened and resolved, none locally; then one solved in the chapter.
  await openSupportPage(page, w, w.metrics, w.metricsTitle);
  const after = await metricFigures(page, w);
  await expect(after.opened).toHaveText('1');
  await expect(after.resolved).toHaveText('1');
  await expect(after.local).toHaveText('0 %');
  const heroy = await unitIdByCode(page, host, '1818');
  const local = (await callApi(page, host, 'cases.open', { unitId: heroy, reporterName: 'Per Medlem' })) as { id: number };
  await callApi(page, host, 'cases.resolve', { id: local.id, resolution: lang === 'en' ? 'Followed the guide.' : 'Fulgte veiledningen.' });
  await page.reload();
  const later = await metricFigures(page, w);
  await expect(later.opened).toHaveText('2');
  await expect(later.resolved).toHaveText('2');
  await expect(later.local).toHaveText('50 %');
  await page.getByRole('button', { name: w.showTable }).click();
  const tiers = page.getByRole('table', { name: w.tierTable });
  await expect(tiers.getByRole('row')).toHaveCount(5);
  await expect(tiers.getByRole('row').nth(1).getByRole('cell').nth(1)).toHaveText('2');
  await expect(tiers.getByRole('row').nth(2).getByRole('cell').nth(1)).toHaveText('1');
  await expectAccessible(page, `metrics (${lang})`);
  await snap(page, `support-metrics-${lang}`);
}

test('a chapter leader pastes AADSTS50053, follows the guide, opens a case; the region resolves it; the metrics change (nb)', async ({ page, host }) => {
  await story(page, host, 'nb');
});

test('the same in English', async ({ page, host }) => {
  await story(page, host, 'en');
});

test('the unit card shows whom to call and prints the chapter card only', async ({ page, host }) => {
  await setUpPath(page, host);
  await page.getByRole('searchbox', { name: 'Søk etter enhet' }).fill('Herøy');
  await page.getByRole('list', { name: 'Søkeresultater' }).getByRole('button').filter({ hasText: '1818' }).click();
  const section = page.getByRole('region', { name: 'Hvem ringer jeg?' });
  await expect(section.getByRole('list', { name: WORDS.nb.path })).toContainText(WORDS.nb.gapChapter);
  await expect(section.getByRole('link', { name: 'siri@example.no' })).toBeVisible();
  await expectAccessible(page, 'unit card with the escalation path');
  await snap(page, 'support-unit-card');

  // Printing calls window.print(); the print stylesheet leaves only the card.
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await section.getByRole('button', { name: 'Skriv ut lagskortet' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('tree', { name: 'Organisasjonskart' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Hovedmeny' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Hvem eier hva' })).toBeVisible();
  await expect(section).toBeVisible();
  await expect(section.getByRole('button')).toBeHidden();
  await page.pdf({ path: test.info().outputPath('chapter-card.pdf'), format: 'A4' });
  await snap(page, 'support-unit-card-print');
});

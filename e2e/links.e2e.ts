// Links to e-learning and instruction videos (issue 14): an admin edits the hosts the app may
// open under Settings → Generelt, a guide gets a video link (https only), and the guide found by
// its code shows it as a link; a training type's links show in its table. nb and en, axe.
import { expect, expectAccessible, test } from './fixtures';
import { callApi, openApp, openDemo, problemTitleByCode, switchToEnglish } from './support';

const WORDS = {
  nb: {
    hosts: 'Verter (én per linje)', saveHosts: 'Lagre tillatte lenker', savedHosts: 'De tillatte lenkene er lagret.',
    badHost: 'Linje 2: «*.example.no» er ikke et vertsnavn (for eksempel kurs.example.no, uten * og https://).',
    fixed: 'Alltid tillatt: forankring.no, www.datatilsynet.no, uu.tilsynet.no.',
    edit: (name: string) => `Rediger ${name}`, dialog: (name: string) => `Rediger «${name}»`, save: 'Lagre',
    videos: 'Instruksjonsvideoer', badUrl: 'Linje 1: «http://video.example.no/laas-opp» er ikke en https-adresse.',
    saved: (name: string) => `«${name}» er lagret.`,
    paste: 'Lim inn feilmeldingen eller koden', find: 'Finn hjelp', linksTitle: 'E-læring og videoer', kind: '(video)',
    types: 'Opplæringstyper',
  },
  en: {
    hosts: 'Hosts (one a line)', saveHosts: 'Save allowed links', savedHosts: 'The allowed links are saved.',
    badHost: 'Line 2: «*.example.no» is not a host name (such as kurs.example.no, without * or https://).',
    fixed: 'Always allowed: forankring.no, www.datatilsynet.no, uu.tilsynet.no.',
    edit: (name: string) => `Edit ${name}`, dialog: (name: string) => `Edit “${name}”`, save: 'Save',
    videos: 'Instruction videos', badUrl: 'Line 1: «http://video.example.no/laas-opp» is not an https address.',
    saved: (name: string) => `“${name}” is saved.`,
    paste: 'Paste the error message or code', find: 'Find help', linksTitle: 'E-learning and videos', kind: '(video)',
    types: 'Training types',
  },
} as const;

for (const lang of ['nb', 'en'] as const) {
  const w = WORDS[lang];
  test(`an admin allows link hosts, and a guide shows its video link (${lang})`, async ({ page, host }) => {
    // Four screens and four axe checks: longer than the default minute on this shared machine.
    test.setTimeout(150_000);
    await openDemo(page, host);
    if (lang === 'en') await switchToEnglish(page);

    // The allow-list: a wildcard is refused, naming its line; host names are kept lower-case.
    await openApp(page, host, 'settings/general');
    const hosts = page.getByRole('textbox', { name: w.hosts });
    await expect(page.getByText(w.fixed)).toBeVisible();
    await hosts.fill('kurs.example.no\n*.example.no');
    await page.getByRole('button', { name: w.saveHosts }).click();
    await expect(page.getByText(w.badHost)).toBeVisible();
    await expect(hosts).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page, `link hosts refused (${lang})`);
    await hosts.fill('kurs.example.no\nVideo.Example.no');
    await page.getByRole('button', { name: w.saveHosts }).click();
    await expect(page.getByRole('status')).toHaveText(w.savedHosts);
    expect(await callApi(page, host, 'settings.get')).toMatchObject({ externalHosts: ['kurs.example.no', 'video.example.no'] });
    await expectAccessible(page, `link hosts saved (${lang})`);

    // A guide gets an instruction video: http is refused in words, https is saved.
    const title = await problemTitleByCode(page, host, 'AADSTS50053', lang);
    await openApp(page, host, 'settings/support');
    await page.getByRole('button', { name: w.edit(title), exact: true }).click();
    // The form is titled by the guide's Norwegian title in either language.
    const dialog = page.getByRole('dialog', { name: w.dialog(await problemTitleByCode(page, host, 'AADSTS50053', 'nb')) });
    const videos = dialog.getByRole('textbox', { name: w.videos });
    await videos.fill('Slik låser du opp kontoen | http://video.example.no/laas-opp');
    await dialog.getByRole('button', { name: w.save, exact: true }).click();
    await expect(dialog.getByText(w.badUrl)).toBeVisible();
    await expectAccessible(page, `guide form with a bad link (${lang})`);
    await videos.fill('Slik låser du opp kontoen | https://video.example.no/laas-opp');
    await dialog.getByRole('button', { name: w.save, exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status')).toHaveText(w.saved(title));

    // Found by its code, the guide shows the link, opening in the browser.
    await openApp(page, host, 'support');
    await page.getByRole('textbox', { name: w.paste }).fill('AADSTS50053');
    await page.getByRole('button', { name: w.find }).click();
    const guide = page.getByRole('article', { name: title });
    await expect(guide.getByRole('heading', { level: 3, name: w.linksTitle })).toBeVisible();
    const link = guide.getByRole('link', { name: 'Slik låser du opp kontoen' });
    await expect(link).toHaveAttribute('href', 'https://video.example.no/laas-opp');
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link.locator('xpath=..')).toContainText(w.kind);
    await expectAccessible(page, `guide with a video link (${lang})`);

    // A training type's e-learning shows in the types' table.
    const types = (await callApi(page, host, 'trainingTypes.list')) as Array<{ id: number; key: string | null }>;
    const basic = types.find((t) => t.key === 'basic');
    await callApi(page, host, 'trainingTypes.update', { id: basic?.id, links: [{ kind: 'elearning', label: 'Grunnkurs på nett', url: 'https://kurs.example.no/grunnkurs' }] });
    await openApp(page, host, 'settings/rollout');
    const table = page.getByRole('table', { name: w.types });
    await expect(table.getByRole('link', { name: 'Grunnkurs på nett' })).toHaveAttribute('href', 'https://kurs.example.no/grunnkurs');
    await expectAccessible(page, `training types with a link (${lang})`);
  });
}

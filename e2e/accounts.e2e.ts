// Accounts on the team server (npm run test:e2e:pg): the administrator invites a chapter
// leader, the leader chooses a password from the link and sees only their own chapter,
// signs in again on another device and signs it out; a wrong password is refused in
// words; closing the account ends the session at once. Keyboard and axe, nb and en.
import { expect, expectAccessible, test } from './fixtures';
import { callApi, createPerson, openApp, openDemo, roleIdByKey, unitIdByCode } from './support';

const ON_TEAM_SERVER = Boolean(process.env.FORANKRING_E2E_PG_URL);
const LEADER = { name: 'Lars Lagleder', email: 'lars@example.org', password: 'lars sitt lange passord' };

test.skip(!ON_TEAM_SERVER, 'accounts exist on the team server only');

test('an administrator invites a chapter leader, who signs in and sees only the own chapter', async ({ page, host, browser }) => {
  await openDemo(page, host);
  const heroy = await unitIdByCode(page, host, '1515');
  const leader = await createPerson(page, host, { name: LEADER.name, email: LEADER.email });
  await callApi(page, host, 'assignments.create', { personId: leader, roleId: await roleIdByKey(page, host, 'chapter_leader'), unitId: heroy, startDate: '2025-01-01' });

  // The administrator's users screen, from the menu.
  await page.getByRole('link', { name: 'Brukere', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Brukere' })).toBeFocused();
  await expect(page.getByRole('table', { name: '1 bruker' })).toContainText('Eva Admin');
  await expectAccessible(page, 'users');

  // Invite from the keyboard.
  await page.getByRole('button', { name: 'Inviter en person' }).click();
  const dialog = page.getByRole('dialog', { name: 'Inviter en person' });
  await page.keyboard.type('Lars Lag');
  await dialog.getByRole('radio', { name: /Lars Lagleder/ }).check();
  await expectAccessible(page, 'invite dialog');
  await dialog.getByRole('button', { name: 'Inviter', exact: true }).click();
  const issued = page.getByRole('dialog', { name: 'Invitasjon til Lars Lagleder' });
  await expect(issued).toContainText('Kopier lenken og gi den til Lars Lagleder');
  const link = await issued.getByLabel('Lenke').inputValue();
  expect(link).toMatch(/\/#\/invite\/[A-Za-z0-9_-]{43}$/);
  await expectAccessible(page, 'issued link');
  await issued.getByRole('button', { name: 'Lukk' }).click();
  await expect(page.getByRole('table', { name: '2 brukere' })).toContainText('Invitert');
  // Why Lars may do what he may: his role, from its first day.
  await page.getByRole('button', { name: 'Tilgangen til Lars Lagleder' }).click();
  const access = page.getByRole('dialog', { name: 'Tilgangen til Lars Lagleder' });
  await expect(access).toContainText('Lagleder i 1515 Herøy, fra 1. januar 2025: Redigere egen enhet, med eksport.');
  await expect(access).toContainText('Lars Lagleder kan i dag se 1 enhet, endre 1 og eksportere fra 1.');
  await access.getByRole('button', { name: 'Gi tilgang' }).click();
  await expectAccessible(page, 'access and grant form');
  // Access without a role, as staff get it: reading the region, with a reason.
  const grant = access.locator('form');
  await grant.getByRole('searchbox', { name: 'Enhet (med alt under)' }).fill('Nordland');
  await grant.getByRole('radio', { name: /^Nordland/ }).check();
  await grant.getByRole('textbox', { name: 'Hvorfor' }).fill('Regionkontoret');
  await grant.getByRole('button', { name: 'Gi tilgang' }).click();
  await expect(access).toContainText(/Tildelt tilgang i 18 Nordland \(Regionkontoret\), fra .*: Lese, (med|uten) eksport\./);
  await expect(access).not.toContainText('kan i dag se 1 enhet,');
  // Ended today, it gives nothing from today: back to the chapter alone.
  await access.getByRole('button', { name: 'Avslutt tilgangen i Nordland i dag' }).click();
  await expect(access).toContainText('Lars Lagleder kan i dag se 1 enhet, endre 1 og eksportere fra 1.');
  await access.getByRole('button', { name: 'Lukk' }).click();

  // The chapter leader, on a device of their own.
  const laptop = await browser.newContext({ locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
  const lars = await laptop.newPage();
  await lars.goto(link);
  await expect(lars.getByRole('heading', { level: 1, name: 'Velkommen til Forankring' })).toBeVisible();
  await expectAccessible(lars, 'accept invitation');
  await lars.getByLabel('Nytt passord').fill('for kort');
  await lars.getByLabel('Gjenta passordet').fill('for kort');
  await lars.getByRole('button', { name: 'Lagre passordet og logg inn' }).click();
  await expect(lars.getByText('Passordet har 8 tegn. Det må ha minst 12.')).toBeVisible();
  await lars.getByLabel('Nytt passord').fill(LEADER.password);
  await lars.getByLabel('Gjenta passordet').fill(LEADER.password);
  await lars.keyboard.press('Enter');

  // Signed in, on the own chapter first: the name in the top bar, no users screen, and only Herøy in the tree.
  await expect(lars.getByRole('button', { name: 'Logg ut' })).toBeVisible();
  await expect(lars).toHaveURL(new RegExp(`#/organization/${heroy}$`));
  await expect(lars.getByRole('heading', { level: 2, name: /Herøy/ }).first()).toBeVisible();
  await expect(lars.getByRole('link', { name: 'Lars Lagleder' })).toBeVisible();
  await expect(lars.getByRole('link', { name: 'Brukere', exact: true })).toHaveCount(0);
  await openApp(lars, host, 'organization');
  const tree = lars.getByRole('tree', { name: 'Organisasjonskart' });
  await expect(tree.getByRole('treeitem')).toHaveCount(1);
  await expect(tree.getByRole('treeitem').first()).toContainText('Herøy');

  // A second device: a wrong password is refused in words, the right one lets in.
  const phoneContext = await browser.newContext({ locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
  const phone = await phoneContext.newPage();
  await phone.goto(host.url);
  await expect(phone.getByRole('heading', { level: 1, name: 'Logg inn' })).toBeVisible();
  await expectAccessible(phone, 'sign in');
  await phone.getByLabel('E-postadresse').fill(LEADER.email);
  await phone.getByLabel('Passord', { exact: true }).fill('feil passord her');
  await phone.keyboard.press('Enter');
  await expect(phone.getByText(/Innloggingen ble avvist/)).toBeVisible();
  await phone.getByLabel('Passord', { exact: true }).fill(LEADER.password);
  await phone.keyboard.press('Enter');
  await expect(phone.getByRole('button', { name: 'Logg ut' })).toBeVisible();

  // From the laptop: my account lists both devices; the phone is signed out from here.
  await lars.getByRole('link', { name: 'Min konto', exact: true }).click();
  await expect(lars.getByRole('heading', { level: 1, name: 'Min konto' })).toBeFocused();
  const sessions = lars.getByRole('table', { name: 'Innloggede enheter' });
  await expect(sessions.getByRole('row')).toHaveCount(3);
  await expect(sessions).toContainText('(denne enheten)');
  await expect(lars.getByRole('link', { name: 'Lagleder i 1515 Herøy' })).toBeVisible();
  await expectAccessible(lars, 'my account');
  await sessions.getByRole('button', { name: /^Logg ut / }).click();
  await expect(sessions.getByRole('row')).toHaveCount(2);
  await phone.reload();
  await expect(phone.getByRole('heading', { level: 1, name: 'Logg inn' })).toBeVisible();

  // The administrator closes the account: the laptop's next call shows the sign-in page.
  await page.reload();
  await page.getByRole('button', { name: 'Steng kontoen til Lars Lagleder' }).click();
  await page.getByRole('dialog', { name: 'Stenge kontoen til Lars Lagleder?' }).getByRole('button', { name: 'Steng kontoen' }).click();
  await expect(page.getByRole('table', { name: '2 brukere' })).toContainText('Stengt');
  await openApp(lars, host, 'people');
  await expect(lars.getByRole('heading', { level: 1, name: 'Logg inn' })).toBeVisible();

  // The access change is in the audit trail, by the administrator.
  await openApp(page, host, 'audit');
  await page.getByLabel('Område').selectOption('users');
  await expect(page.getByRole('table', { name: 'Endringer' }).getByRole('row').nth(1)).toContainText('users.deactivate');
  await expect(page.getByRole('table', { name: 'Endringer' }).getByRole('row').nth(1)).toContainText('Eva Admin');

  // In English: the sign-in page and the users screen.
  await phone.getByRole('group', { name: 'Språk' }).getByRole('button', { name: 'English' }).click();
  await expect(phone.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expectAccessible(phone, 'sign in (en)');
  await page.getByRole('group', { name: 'Språk' }).getByRole('button', { name: 'English' }).click();
  await page.getByRole('link', { name: 'Users', exact: true }).click();
  await expect(page.getByRole('table', { name: '2 users' })).toContainText('Closed');
  await expectAccessible(page, 'users (en)');
  await laptop.close();
  await phoneContext.close();
});

// Settings → Teamserver, as the desktop app shows it. Electron cannot run here, so the page
// gets a stand-in for the preload's bridge: calls go to the test's host as the bridge would
// send them to the main process, and the connection answers as src/main/team-connection.ts
// does on Linux without a keyring (its own behaviour is tested in tests/bundle/team-client).
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { openApp } from './support';

const ON_TEAM_SERVER = Boolean(process.env.FORANKRING_E2E_PG_URL);
test.skip(ON_TEAM_SERVER, 'the desktop app connects from its own file');

const SERVER = 'https://forankring.example.no';

async function withDesktopBridge(page: Page): Promise<void> {
  await page.addInitScript((server) => {
    const token = new URLSearchParams(location.search).get('token') ?? '';
    const saved = () => JSON.parse(sessionStorage.getItem('e2e-connection') ?? '{"connected":false}') as { connected: boolean };
    const bridge = {
      call: async (method: string, input: unknown) => {
        // Connected but out of reach, the main process answers who one is from its last answer.
        if (saved().connected && method === 'auth.me') {
          return { ok: true, value: { kind: 'user', userId: 1, personId: 1, name: 'Kari Nordmann', email: 'kari@example.no', admin: true, administers: true, national: true, units: [] } };
        }
        const response = await fetch(`/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify(input ?? {}) });
        return response.json() as Promise<unknown>;
      },
      // The main process drops a cancelled read; this stand-in simply answers every call.
      cancel: () => undefined,
      saveFile: async () => null,
      onMenu: () => () => undefined,
      connection: {
        get: async () => saved(),
        connect: async ({ url, allowPlainStorage }: { url: string; allowPlainStorage: boolean }) => {
          if (!url.startsWith('https://')) return { invalid: 'url' };
          if (!allowPlainStorage) return { needsConsent: 'plainStorage' };
          const state = { connected: true, server, signedIn: true, online: false, encrypted: false };
          sessionStorage.setItem('e2e-connection', JSON.stringify(state));
          return state;
        },
        disconnect: async () => {
          sessionStorage.removeItem('e2e-connection');
          return { connected: false };
        },
      },
    };
    Object.defineProperty(window, 'forankring', { value: bridge });
  }, SERVER);
}

test('the desktop app connects to a team server after asking about the keyring, says when it is out of reach, and disconnects', async ({ page, host }) => {
  await withDesktopBridge(page);
  await openApp(page, host, 'settings');
  const section = page.getByRole('region', { name: 'Teamserver' });
  const address = section.getByRole('textbox', { name: 'Adressen til teamserveren' });
  await address.fill('http://forankring.example.no');
  await section.getByRole('button', { name: 'Koble til' }).click();
  await expect(section.getByText('Skriv adressen med https://')).toBeVisible();
  await address.fill(SERVER);
  await address.press('Enter');
  await expect(section.getByRole('alert')).toContainText('ingen nøkkelring');
  await expectAccessible(page, 'settings, team server without a keyring');
  await section.getByRole('button', { name: 'Lagre innloggingen likevel' }).click();

  // The app starts again as the server's client, which does not answer just now.
  await expect(page.getByRole('alert').filter({ hasText: `Ingen kontakt med teamserveren ${SERVER}` })).toBeVisible();
  await openApp(page, host, 'settings');
  await expect(section).toContainText(`Appen er koblet til ${SERVER}, men får ikke kontakt nå.`);
  await expect(section).toContainText('lagret uten kryptering');
  await expectAccessible(page, 'settings, connected and offline');
  // As on a team server, the language is the person's own here (kept in the app, not the file).
  await page.getByRole('group', { name: 'Språk' }).getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const english = page.getByRole('region', { name: 'Team server' });
  await expect(english).toContainText(`The app is connected to ${SERVER}, but cannot reach it now.`);
  await english.getByRole('button', { name: 'Disconnect and use the file on this computer' }).click();
  // Back on the file, in the file's own language.
  await expect(section.getByRole('textbox', { name: 'Adressen til teamserveren' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Ingen kontakt' })).toHaveCount(0);
});

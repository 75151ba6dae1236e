// The page may only ever be our own renderer. Everything else (navigation,
// new windows, webviews, permissions) is refused; a few https links open in
// the user's browser instead.
import type { App, Session, Shell, WebContents } from 'electron';
import { FIXED_EXTERNAL_HOSTS, isHostName } from '../shared/links';
import { APP_HOST, APP_SCHEME } from './paths';

/**
 * Hosts whose https links the UI may open in the system browser: the product's
 * site and the Norwegian authorities the help texts refer to (Datatilsynet on
 * member data, Tilsynet for universell utforming on accessibility), always; and
 * the exact hosts an admin added in Settings for e-learning and videos, which
 * main reads from the core (setExtraHosts) at start and after every change. The
 * page never decides: a compromised page cannot use the app to launch arbitrary URLs.
 */
export const EXTERNAL_HOSTS: readonly string[] = FIXED_EXTERNAL_HOSTS;

let extraHosts: ReadonlySet<string> = new Set();

/** Replaces the admin's hosts; anything that is not a plain host name (a wildcard, say) is dropped. */
export function setExtraHosts(hosts: readonly string[]): void {
  extraHosts = new Set(hosts.filter(isHostName));
}

export type UrlCheck = (url: string) => boolean;

/**
 * True for our renderer's own URLs: app://forankring/..., or the dev server's
 * origin when running under electron-vite dev. Compares protocol and host by
 * hand because WHATWG URL gives non-special schemes such as app: an opaque origin.
 */
export function appUrlCheck(devUrl: string | null): UrlCheck {
  const devOrigin = devUrl ? new URL(devUrl).origin : null;
  return (url) => {
    const parsed = parse(url);
    if (!parsed) return false;
    if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
    return devOrigin !== null && parsed.origin === devOrigin;
  };
}

export function isAllowedExternal(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '' &&
    (EXTERNAL_HOSTS.includes(parsed.hostname) || extraHosts.has(parsed.hostname));
}

/** Applied to every web contents Electron creates, before it can load anything. */
export function guardWebContents(contents: WebContents, isAppUrl: UrlCheck, shell: Pick<Shell, 'openExternal'>): void {
  const stayHome = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-redirect', stayHome);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternal(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

export function installSecurity(app: App, session: Session, isAppUrl: UrlCheck, shell: Pick<Shell, 'openExternal'>): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, isAppUrl, shell));
  // The app needs no camera, notifications, clipboard-read or the like.
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

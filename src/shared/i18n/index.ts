// i18next resources for every surface (renderer, CLI, reports). Namespaces are
// split by owner so files stay small: common (shared words), errors (contract
// error codes and import issues), ui (the renderer), cli (terminal output),
// menu (the Electron menu and dialogs).
import i18next, { type i18n as I18n } from 'i18next';
import enCli from './locales/en/cli.json';
import enCommon from './locales/en/common.json';
import enErrors from './locales/en/errors.json';
import enMenu from './locales/en/menu.json';
import enUi from './locales/en/ui.json';
import nbCli from './locales/nb/cli.json';
import nbCommon from './locales/nb/common.json';
import nbErrors from './locales/nb/errors.json';
import nbMenu from './locales/nb/menu.json';
import nbUi from './locales/nb/ui.json';
import type { Lang } from '../types';

export const LANGS: readonly Lang[] = ['nb', 'en'];
export const NAMESPACES = ['common', 'errors', 'ui', 'cli', 'menu'] as const;

export const resources = {
  nb: { common: nbCommon, errors: nbErrors, ui: nbUi, cli: nbCli, menu: nbMenu },
  en: { common: enCommon, errors: enErrors, ui: enUi, cli: enCli, menu: enMenu },
} as const;

/** Locale tags for Intl: dates and numbers follow the language, time zone Europe/Oslo. */
export const LOCALE_TAG: Record<Lang, string> = { nb: 'nb-NO', en: 'en-GB' };
export { ORG_TIME_ZONE as TIME_ZONE } from '../dates';

/** A standalone i18next instance (the renderer adds react-i18next on top of its own). */
export async function createI18n(lang: Lang, init?: (i: I18n) => I18n): Promise<I18n> {
  const instance = i18next.createInstance();
  await (init ? init(instance) : instance).init({
    lng: lang,
    fallbackLng: false,
    supportedLngs: [...LANGS],
    ns: [...NAMESPACES],
    defaultNS: 'ui',
    resources,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

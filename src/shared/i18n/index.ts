// i18next resources for every surface (renderer, CLI, reports). Namespaces are
// split by owner so files stay small: common (shared words), errors (contract
// error codes and import issues), ui (the renderer), cli (terminal output),
// menu (the Electron menu and dialogs), report (status reports' own words),
// feedback («Innspill»: its screen, statuses and kinds), usage («Bruk»: measured use),
// messages (stage and wave messages: the screen and the words filled into them).
import i18next, { type i18n as I18n } from 'i18next';
import enCli from './locales/en/cli.json';
import enCommon from './locales/en/common.json';
import enErrors from './locales/en/errors.json';
import enFeedback from './locales/en/feedback.json';
import enMenu from './locales/en/menu.json';
import enMessages from './locales/en/messages.json';
import enReport from './locales/en/report.json';
import enUi from './locales/en/ui.json';
import enUsage from './locales/en/usage.json';
import nbCli from './locales/nb/cli.json';
import nbCommon from './locales/nb/common.json';
import nbErrors from './locales/nb/errors.json';
import nbFeedback from './locales/nb/feedback.json';
import nbMenu from './locales/nb/menu.json';
import nbMessages from './locales/nb/messages.json';
import nbReport from './locales/nb/report.json';
import nbUi from './locales/nb/ui.json';
import nbUsage from './locales/nb/usage.json';
import { LANGS, type Lang } from '../types';

export { LANGS };
export const NAMESPACES = ['common', 'errors', 'ui', 'cli', 'menu', 'report', 'feedback', 'usage', 'messages'] as const;

export const resources = {
  nb: { common: nbCommon, errors: nbErrors, ui: nbUi, cli: nbCli, menu: nbMenu, report: nbReport, feedback: nbFeedback, usage: nbUsage, messages: nbMessages },
  en: { common: enCommon, errors: enErrors, ui: enUi, cli: enCli, menu: enMenu, report: enReport, feedback: enFeedback, usage: enUsage, messages: enMessages },
} as const;

export { LOCALE_TAG, TIME_ZONE } from './locale';

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

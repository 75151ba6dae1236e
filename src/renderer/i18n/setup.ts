import type { i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { createI18n } from '../../shared/i18n';
import type { Lang } from '../../shared/types';

/** The shared i18next setup with the React binding, keeping <html lang> in step with the language. */
export async function createRendererI18n(lang: Lang): Promise<I18n> {
  const i18n = await createI18n(lang, (instance) => instance.use(initReactI18next));
  document.documentElement.lang = lang;
  i18n.on('languageChanged', (next: string) => {
    document.documentElement.lang = next;
  });
  return i18n;
}

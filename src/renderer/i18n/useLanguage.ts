import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGS } from '../../shared/i18n';
import type { Lang } from '../../shared/types';
import { useClient } from '../api/ClientContext';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The current language and a setter that also remembers the choice across restarts. */
export function useLanguage(): { lang: Lang; setLang: (lang: Lang) => Promise<void> } {
  const { i18n } = useTranslation();
  const client = useClient();
  const lang: Lang = isLang(i18n.language) ? i18n.language : 'nb';
  const setLang = useCallback(
    async (next: Lang) => {
      await i18n.changeLanguage(next);
      await client.call('settings.update', { language: next });
    },
    [i18n, client],
  );
  return { lang, setLang };
}

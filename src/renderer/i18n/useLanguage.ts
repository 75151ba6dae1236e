import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGS } from '../../shared/i18n';
import type { Lang } from '../../shared/types';
import { useClient } from '../api/ClientContext';
import { isTeamServer } from '../api/transport';

const STORED = 'forankring.language';

/**
 * On a team server the language is each person's, kept in this browser (the
 * organization's setting is the administrators'); on the desktop it is the setting.
 */
export function storedLanguage(): Lang | null {
  if (!isTeamServer()) return null;
  try {
    const value = window.localStorage.getItem(STORED);
    return isLang(value) ? value : null;
  } catch {
    return null;
  }
}

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
      if (isTeamServer()) {
        try {
          window.localStorage.setItem(STORED, next);
        } catch {
          // Private browsing without storage: the choice lasts until the page is closed.
        }
        return;
      }
      await client.call('settings.update', { language: next });
    },
    [i18n, client],
  );
  return { lang, setLang };
}

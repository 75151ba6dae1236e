import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../shared/types';
import { useQuery } from '../../api/useQuery';
import { isTeamServer } from '../../api/transport';
import { useLanguage } from '../../i18n/useLanguage';

/**
 * The words for a person's language for messages. Unknown (null) means the
 * organization's language, named so nobody has to look it up under Settings.
 */
export function useMessageLanguage(): (language: Lang | null) => string {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  // On the desktop the app's language is the organization's (the switch saves the setting), so it
  // follows the switch at once; on a team server the switch is this browser's, and the setting the administrators'.
  const team = isTeamServer();
  const settings = useQuery('settings.get', team ? {} : null);
  const org = team ? settings.data?.language : lang;
  const orgLabel = org ? t(`people.orgLanguage.${org}`) : t('people.orgLanguage.unknown');
  // Each language is named in itself, as in the language switch.
  return (language) => (language === null ? orgLabel : t(`common:lang.${language}`, { lng: language }));
}

import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../shared/types';

interface Named {
  nameNb: string;
  nameEn: string;
}

interface Described {
  descriptionNb: string;
  descriptionEn: string;
}

export interface OwnershipText {
  lang: Lang;
  /** A role's name in the UI language (roles carry both). */
  roleName: (role: Named) => string;
  roleDescription: (role: Described) => string;
  /** A person's name, or "erased person" where it was anonymized. */
  personName: (name: string) => string;
}

export function useOwnershipText(): OwnershipText {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'nb';
  return {
    lang,
    roleName: (role) => (lang === 'en' ? role.nameEn : role.nameNb),
    roleDescription: (role) => (lang === 'en' ? role.descriptionEn : role.descriptionNb),
    personName: (name) => name || t('people.erasedName'),
  };
}

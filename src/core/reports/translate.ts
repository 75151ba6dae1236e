// One i18next instance per language for report text, made once: a weekly
// export and a progress-polling UI should not rebuild the resources each time.
import type { TFunction } from 'i18next';
import { createI18n } from '../../shared/i18n';
import type { Lang } from '../../shared/types';

const instances = new Map<Lang, Promise<TFunction>>();

/** t for the report's language, with 'report' as the default namespace. */
export function reportT(lang: Lang): Promise<TFunction> {
  let t = instances.get(lang);
  if (!t) {
    t = createI18n(lang).then((i) => i.getFixedT(lang, 'report'));
    instances.set(lang, t);
  }
  return t;
}

import type { Lang } from '../../shared/types';

/**
 * A catalog row's name in the UI language first, and the other language's below it,
 * for whoever edits the catalog. Each carries its own lang for screen readers.
 */
export function BilingualName({ lang, item }: { lang: Lang; item: { nameNb: string; nameEn: string } }) {
  return (
    <>
      <span lang={lang} className="role-name">{lang === 'en' ? item.nameEn : item.nameNb}</span>
      <span lang={lang === 'en' ? 'nb' : 'en'} className="role-name-other">
        {lang === 'en' ? item.nameNb : item.nameEn}
      </span>
    </>
  );
}

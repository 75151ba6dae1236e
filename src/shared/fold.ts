// One folding for every search: the stored text and the query go through the
// same function, so «heroy», «Herøy» and «HEROEY» meet in one form, and «aa»
// meets «å» (as Norwegians type on foreign keyboards).

/** Letters that NFD does not take apart; the rest of the Latin diacritics fall off as combining marks. */
const LETTERS: Record<string, string> = { æ: 'a', ø: 'o', œ: 'o', ß: 'ss', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i' };

/**
 * Lower-case, diacritics stripped, æ ø å to a o a, and the two-letter spellings
 * (aa, ae, oe) to the same one letter, so every spelling of a name folds alike.
 * Anything that is not a letter or a digit becomes a single space.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .toLocaleLowerCase('nb')
    .replace(/\p{M}+/gu, '')
    .replace(/[æøœßđðþłı]/g, (c) => LETTERS[c] ?? c)
    .replace(/aa|ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The query's words, folded; empty when it has none. */
export function foldWords(query: string): string[] {
  const folded = foldText(query);
  return folded === '' ? [] : [...new Set(folded.split(' '))];
}

/**
 * True when every word of the query starts a word of one of the texts, in any
 * order; an empty query matches. Word starts rather than any substring, so
 * «våler» does not find «Hvaler» once the diacritics are gone. The core's SQL
 * follows the same rule (`(' ' || search_text) LIKE '% word%'`).
 */
export function matchesQuery(query: string, ...texts: ReadonlyArray<string | null | undefined>): boolean {
  const words = foldWords(query);
  if (words.length === 0) return true;
  const hay = ` ${texts.filter((t): t is string => !!t).map(foldText).join(' ')}`;
  return words.every((w) => hay.includes(` ${w}`));
}

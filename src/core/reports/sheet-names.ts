// Worksheet names as Excel accepts them: at most 31 characters, none of
// []:*?/\, not starting or ending with an apostrophe, not "History" (Excel
// keeps that name for its change log), and unique without regard to case.
const MAX_LENGTH = 31;
const FORBIDDEN = /[[\]:*?/\\]/g;

/** Line breaks and other control characters have no place on a sheet tab. */
function printable(text: string): string {
  return Array.from(text, (ch) => (ch.charCodeAt(0) < 32 ? ' ' : ch)).join('');
}

/** Cuts to at most `max` UTF-16 units without splitting a letter made of two (an emoji, say). */
function cut(text: string, max: number): string {
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

/**
 * Cuts to at most `max` units at the end of a word, so a tab reads "Utrulling per
 * region alle" rather than "… alle enhet". A first word longer than `max` is cut where it must be.
 */
function cutAtWord(text: string, max: number): string {
  const head = cut(text, max);
  if (head.length === text.length || /\s/.test(text.charAt(head.length))) return head.trimEnd();
  const lastSpace = head.search(/\s\S*$/);
  return lastSpace > 0 ? head.slice(0, lastSpace).replace(/[\s,;.\-–]+$/, '') : head;
}

function clean(title: string, fallback: string): string {
  const name = cutAtWord(printable(title).replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim(), MAX_LENGTH)
    .replace(/^'+|'+$/g, '')
    .trim();
  return name === '' || name.toLowerCase() === 'history' ? fallback : name;
}

/**
 * One valid, distinct sheet name per title, in order. A repeated name gets " (2)",
 * " (3)" … at its end, cutting the title to make room.
 */
export function sheetNames(titles: ReadonlyArray<{ title: string; fallback: string }>): string[] {
  const taken = new Set<string>();
  return titles.map(({ title, fallback }) => {
    const base = clean(title, clean(fallback, 'Sheet'));
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = `${cutAtWord(base, MAX_LENGTH - suffix.length)}${suffix}`;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}

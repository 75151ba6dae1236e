/** Search key for names: Norwegian lower-casing, since SQLite's LIKE folds only ASCII. */
export function searchKey(text: string): string {
  return text.normalize('NFC').trim().toLocaleLowerCase('nb');
}

/** Escapes % and _ for a LIKE pattern used with ESCAPE '\'. */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * An ORDER BY expression that sorts a lower-cased search key in Norwegian order. SQLite
 * compares bytes, which puts å (C3 A5) before æ and ø; '{' follows 'z', so æ/ä, ø/ö and å
 * stand in as '{0', '{1' and '{2' for the comparison only. node-sqlite3 cannot register a
 * collation, and the search keys are already lower case (searchKey).
 */
export function norwegianOrder(column: string): string {
  const pairs: ReadonlyArray<[string, string]> = [['æ', '{0'], ['ä', '{0'], ['ø', '{1'], ['ö', '{1'], ['å', '{2']];
  return pairs.reduce((sql, [from, to]) => `replace(${sql}, '${from}', '${to}')`, column);
}

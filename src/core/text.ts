/** Search key for names: Norwegian lower-casing, since SQLite's LIKE folds only ASCII. */
export function searchKey(text: string): string {
  return text.normalize('NFC').trim().toLocaleLowerCase('nb');
}

/** Escapes % and _ for a LIKE pattern used with ESCAPE '\'. */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

import { foldText } from '../shared/fold';

/** Search key for names: Norwegian lower-casing, since SQLite's LIKE folds only ASCII. */
export function searchKey(text: string): string {
  return text.normalize('NFC').trim().toLocaleLowerCase('nb');
}

/** Escapes % and _ for a LIKE pattern used with ESCAPE '\'. */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The folded text a unit is found by (shared/fold.ts); the search adds its parent's and grandparent's. */
export function unitSearchText(name: string, code: string): string {
  return foldText(`${name} ${code}`);
}

/** The folded text a person is found by; the search adds the home unit's. */
export function personSearchText(name: string, email: string | null): string {
  return foldText(`${name} ${email ?? ''}`);
}

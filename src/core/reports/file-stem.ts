// File name stems for the reports: ASCII only, so a
// Norwegian file name travels through e-mail, zip files and shells unharmed.

const NORWEGIAN: Readonly<Record<string, string>> = { æ: 'ae', ø: 'o', å: 'a' };

/** "Etappestatus – Etappe 1" → "etappestatus-etappe-1": lower case, æ→ae ø→o å→a, anything else not a-z0-9 → '-'. */
export function asciiStem(text: string): string {
  return text
    .toLocaleLowerCase('nb')
    .replace(/[æøå]/g, (c) => NORWEGIAN[c] ?? c)
    // Other accents lose their mark (é → e) instead of becoming a dash.
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

// Whole, non-negative counts as Norwegian Excel writes them: "1 234", with a
// space or a no-break space (U+00A0, U+202F) between thousands.
const GROUPED = /^\d{1,3}(?:[ \u00a0\u202f]\d{3})+$/;
const PLAIN = /^\d+$/;

export const MAX_COUNT = 100_000_000;

/** null for an empty cell, undefined for text that is not such a count. */
export function parseCount(text: string): number | null | undefined {
  const t = text.trim();
  if (t === '') return null;
  if (!PLAIN.test(t) && !GROUPED.test(t)) return undefined;
  const n = Number(t.replace(/[ \u00a0\u202f]/g, ''));
  return Number.isSafeInteger(n) && n <= MAX_COUNT ? n : undefined;
}

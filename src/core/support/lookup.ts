// Error lookup: a chapter leader pastes whatever the member sees (a code, a
// message, or a few words) and gets the matching guides, best first.
// Codes beat message fragments, which beat loose words in titles and symptoms.
import type { EntityManager } from 'typeorm';
import type { ProblemDto, ProblemMatch } from '../../shared/types-support';
import { foldText } from '../../shared/fold';
import { searchKey } from '../text';
import { listProblems } from './problems';

export const LOOKUP_LIMIT = 10;

/** Words too common to say anything about a problem, in both languages. */
const STOP_WORDS = new Set([
  'the', 'and', 'for', 'you', 'your', 'not', 'with', 'this', 'that', 'are', 'was', 'has', 'have', 'can', 'cannot',
  'from', 'when', 'what', 'get', 'got', 'our', 'but', 'all', 'any', 'its', 'please', 'try', 'again', 'error', 'code',
  'og', 'det', 'den', 'som', 'med', 'har', 'ikke', 'kan', 'jeg', 'meg', 'min', 'mitt', 'mine', 'til', 'fra', 'seg',
  'sin', 'når', 'hva', 'men', 'vil', 'skal', 'får', 'fikk', 'eller', 'deg', 'din', 'ditt', 'dine', 'oss', 'feilkode',
]);

/** Lower-cased the Norwegian way, typographic apostrophes folded, whitespace collapsed. */
function fold(text: string): string {
  return searchKey(text.normalize('NFKC')).replace(/[\u2018\u2019\u02bc]/g, "'").replace(/\s+/g, ' ');
}

const FOLDED_STOP_WORDS = new Set([...STOP_WORDS].map(foldText));

/** The words of a text folded as every search folds them (shared/fold.ts), so «pålogging» and «palogging» meet. */
function words(text: string): string[] {
  return foldText(text).split(' ').filter((w) => w.length >= 3 && !FOLDED_STOP_WORDS.has(w));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The ways a code is written in real messages: as stored, with a space or
 * nothing for the hyphen ("BID 1439"), and an Entra code's bare number, since
 * the sign-in log and "More details" show "Error Code: 50053".
 */
function codeVariants(code: string): string[] {
  const variants = [code];
  const hyphen = /^([A-Z]+)-(.+)$/.exec(code);
  if (hyphen) variants.push(`${hyphen[1]} ${hyphen[2]}`, `${hyphen[1]}${hyphen[2]}`);
  const entra = /^AADSTS(\d{5,})$/.exec(code);
  if (entra?.[1]) variants.push(entra[1]);
  return variants;
}

/** Where the code first occurs as a whole token (AADSTS50053 is not in AADSTS500530), or -1. */
function codePosition(upperText: string, code: string): number {
  let first = -1;
  for (const variant of codeVariants(code)) {
    const found = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(variant)}(?![\\p{L}\\p{N}])`, 'u').exec(upperText);
    if (found && (first < 0 || found.index < first)) first = found.index;
  }
  return first;
}

/** How many of the query's words appear in the problem's titles and symptoms, in either language. */
function wordScore(queryWords: string[], problem: ProblemDto): number {
  const hay = new Set(words([problem.titleNb, problem.titleEn, problem.symptomsNb, problem.symptomsEn].join(' ')));
  let score = 0;
  for (const word of new Set(queryWords)) {
    // Prefixes either way stand in for stemming: "passord" finds "passordet", "kontoen" finds "konto".
    for (const h of hay) {
      if (h.startsWith(word) || (h.length >= 4 && word.startsWith(h))) {
        score += 1;
        break;
      }
    }
  }
  return score;
}

/** The matches in ranking order: codes by where they occur, fragments longest first, words by how many match. */
export function matchProblems(problems: ProblemDto[], text: string, limit = LOOKUP_LIMIT): ProblemMatch[] {
  const upper = text.normalize('NFKC').toUpperCase();
  const folded = fold(text);
  const byCode: Array<{ match: ProblemMatch; at: number }> = [];
  const byFragment: Array<{ match: ProblemMatch; length: number }> = [];
  const byText: Array<{ match: ProblemMatch; score: number }> = [];
  const queryWords = words(text);

  for (const problem of problems) {
    const codes = problem.codes
      .map((code) => ({ code, at: codePosition(upper, code) }))
      .filter((c) => c.at >= 0)
      .sort((a, b) => a.at - b.at);
    if (codes[0]) {
      byCode.push({ match: { problem, matchedBy: 'code', matched: codes[0].code }, at: codes[0].at });
      continue;
    }
    const fragment = problem.fragments
      .filter((f) => f.length > 0 && folded.includes(fold(f)))
      .sort((a, b) => b.length - a.length)[0];
    if (fragment !== undefined) {
      byFragment.push({ match: { problem, matchedBy: 'fragment', matched: fragment }, length: fragment.length });
      continue;
    }
    const score = wordScore(queryWords, problem);
    if (score > 0) byText.push({ match: { problem, matchedBy: 'text', matched: null }, score });
  }

  // Array.prototype.sort is stable, so ties keep the catalog order.
  return [
    ...byCode.sort((a, b) => a.at - b.at).map((m) => m.match),
    ...byFragment.sort((a, b) => b.length - a.length).map((m) => m.match),
    ...byText.sort((a, b) => b.score - a.score).map((m) => m.match),
  ].slice(0, limit);
}

export async function lookupProblems(em: EntityManager, text: string): Promise<ProblemMatch[]> {
  return matchProblems(await listProblems(em), text);
}

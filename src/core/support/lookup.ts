// Error lookup: a chapter leader pastes whatever the member sees (a code, a
// message, or a few words) and gets the matching guides, best first.
// Codes beat message phrases, which beat loose words in titles and symptoms;
// only a code or phrase is a confident answer (answerLookup).
import type { EntityManager } from 'typeorm';
import type { LookupAnswer, ProblemDto, ProblemMatch } from '../../shared/types-support';
import { foldText } from '../../shared/fold';
import { searchKey } from '../text';
import { listProblems } from './problems';

export const LOOKUP_LIMIT = 10;
/** A word match is a hint, not an answer: offer only the closest few. */
export const WORD_HINT_LIMIT = 3;

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

/** The query's words (folded) that appear in the problem's titles and symptoms, in either language. */
function wordHits(queryWords: string[], problem: ProblemDto): string[] {
  const hay = new Set(words([problem.titleNb, problem.titleEn, problem.symptomsNb, problem.symptomsEn].join(' ')));
  const hits: string[] = [];
  for (const word of new Set(queryWords)) {
    // Prefixes either way stand in for stemming: "passord" finds "passordet", "kontoen" finds "konto".
    for (const h of hay) {
      if (h.startsWith(word) || (h.length >= 4 && word.startsWith(h))) {
        hits.push(word);
        break;
      }
    }
  }
  return hits;
}

/** The words as the user typed them whose folded form is among the hits, once each, in the order typed. */
function typedWords(text: string, hits: string[]): string[] {
  const wanted = new Set(hits);
  const typed: string[] = [];
  for (const token of text.split(/[^\p{L}\p{N}]+/u)) {
    const folded = foldText(token);
    if (wanted.has(folded)) {
      typed.push(token);
      wanted.delete(folded);
    }
  }
  return typed;
}

/** Every match in ranking order: codes by where they occur, phrases longest first, words by how many match. */
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
      byCode.push({ match: { problem, matchedBy: 'code', matched: codes[0].code, words: [] }, at: codes[0].at });
      continue;
    }
    const fragment = problem.fragments
      .filter((f) => f.length > 0 && folded.includes(fold(f)))
      .sort((a, b) => b.length - a.length)[0];
    if (fragment !== undefined) {
      byFragment.push({ match: { problem, matchedBy: 'phrase', matched: fragment, words: [] }, length: fragment.length });
      continue;
    }
    const hits = wordHits(queryWords, problem);
    if (hits.length > 0) {
      byText.push({ match: { problem, matchedBy: 'words', matched: null, words: typedWords(text, hits) }, score: hits.length });
    }
  }

  // Array.prototype.sort is stable, so ties keep the catalog order.
  return [
    ...byCode.sort((a, b) => a.at - b.at).map((m) => m.match),
    ...byFragment.sort((a, b) => b.length - a.length).map((m) => m.match),
    ...byText.sort((a, b) => b.score - a.score).map((m) => m.match),
  ].slice(0, limit);
}

/** The prefixes the catalog's codes start with (AADSTS, BID), and whether the catalog writes a hyphen after it. */
function codePrefixes(problems: ProblemDto[]): Map<string, boolean> {
  const prefixes = new Map<string, boolean>();
  for (const code of problems.flatMap((p) => p.codes)) {
    const found = /^([A-Z]{2,})(-?)/.exec(code);
    if (found?.[1]) prefixes.set(found[1], (prefixes.get(found[1]) ?? false) || found[2] === '-');
  }
  return prefixes;
}

/** The codes in the text written like the catalog's (its prefix, then letters and digits with a digit among them), in stored form. */
function codesInText(problems: ProblemDto[], upperText: string): string[] {
  const found: string[] = [];
  for (const [prefix, hyphen] of codePrefixes(problems)) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(prefix)}[- ]?((?=[A-Z0-9]*\\d)[A-Z0-9]{2,})(?![\\p{L}\\p{N}])`, 'gu');
    for (const hit of upperText.matchAll(pattern)) {
      const stored = `${prefix}${hyphen ? '-' : ''}${hit[1] ?? ''}`;
      if (!found.includes(stored)) found.push(stored);
    }
  }
  return found;
}

/**
 * The answer the chapter leader sees: after a code or phrase hit, those guides (the first is
 * the answer, the rest other possibilities); otherwise the closest few word matches as hints.
 * Codes written like the catalog's that no guide knows are named, so the screen can say so.
 */
export function answerLookup(problems: ProblemDto[], text: string): LookupAnswer {
  const all = matchProblems(problems, text, problems.length);
  const known = new Set(problems.flatMap((p) => p.codes));
  const unknownCodes = codesInText(problems, text.normalize('NFKC').toUpperCase()).filter((c) => !known.has(c));
  const confident = all.filter((m) => m.matchedBy !== 'words');
  if (confident[0]) return { match: confident[0].matchedBy, unknownCodes, guides: confident.slice(0, LOOKUP_LIMIT) };
  const hints = all.filter((m) => m.matchedBy === 'words');
  const best = hints[0]?.words.length ?? 0;
  // Only the closest: a guide that shares far fewer words than the best is noise.
  const closest = hints.filter((m) => m.words.length * 2 >= best).slice(0, WORD_HINT_LIMIT);
  return { match: closest[0] ? 'words' : 'none', unknownCodes, guides: closest };
}

export async function lookupProblems(em: EntityManager, text: string): Promise<ProblemMatch[]> {
  return matchProblems(await listProblems(em), text);
}

export async function lookupAnswer(em: EntityManager, text: string): Promise<LookupAnswer> {
  return answerLookup(await listProblems(em), text);
}

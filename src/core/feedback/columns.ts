// The «Innspill» file's columns: the header names the import recognizes and the export
// writes, and the words in its cells. Part of the file format (an exported file imports
// again), so they live here, not in the UI's translations.
import type { Lang } from '../../shared/types';
import { FEEDBACK_KINDS, type FeedbackImportField, type FeedbackKind, type FeedbackStatus } from '../../shared/types-feedback';
import { searchKey } from '../text';
import { matchHeaders } from '../transfer/unit-columns';

export const FEEDBACK_IMPORT_FIELDS: readonly FeedbackImportField[] = ['unit', 'kind', 'title', 'description', 'raisedBy', 'stage', 'date'];

const ALIASES: Record<FeedbackImportField, readonly string[]> = {
  unit: ['enhet', 'unit', 'enhetskode', 'unit code', 'lag', 'chapter'],
  kind: ['type', 'kind', 'art', 'kategori', 'category'],
  title: ['tittel', 'title', 'overskrift', 'emne', 'subject'],
  description: ['beskrivelse', 'description', 'tekst', 'text', 'kommentar', 'comment', 'svar på undersøkelsen'],
  raisedBy: ['e-post', 'epost', 'email', 'e-mail', 'meldt av e-post', 'raised by email'],
  stage: ['steg', 'stage'],
  date: ['dato', 'date', 'meldt inn', 'raised', 'innsendt', 'submitted'],
};

export function guessFeedbackMapping(headers: readonly string[]): Record<FeedbackImportField, number | null> {
  return matchHeaders(headers, FEEDBACK_IMPORT_FIELDS, ALIASES);
}

export const KIND_LABELS: Record<Lang, Record<FeedbackKind, string>> = {
  nb: { need: 'behov', problem: 'problem med nytt system', worry: 'bekymring eller innvending', idea: 'idé' },
  en: { need: 'need', problem: 'problem with the new system', worry: 'worry or objection', idea: 'idea' },
};

export const STATUS_LABELS: Record<Lang, Record<FeedbackStatus, string>> = {
  nb: { new: 'ny', under_review: 'under vurdering', planned: 'planlagt', done: 'gjennomført', declined: 'avslått' },
  en: { new: 'new', under_review: 'under review', planned: 'planned', done: 'done', declined: 'declined' },
};

/** The words a survey tool may use for a kind, besides the labels above. */
const KIND_WORDS: Record<FeedbackKind, readonly string[]> = {
  need: ['behov', 'need', 'ønske', 'wish'],
  problem: ['problem', 'feil', 'bug', 'issue'],
  worry: ['bekymring', 'innvending', 'worry', 'objection', 'concern'],
  idea: ['idé', 'ide', 'idea', 'forslag', 'suggestion'],
};

const KINDS = new Map<string, FeedbackKind>(
  FEEDBACK_KINDS.flatMap((k) => [k, KIND_LABELS.nb[k], KIND_LABELS.en[k], ...KIND_WORDS[k]].map((w) => [searchKey(w), k] as const)),
);

export function kindOf(cell: string): FeedbackKind | null {
  return KINDS.get(searchKey(cell)) ?? null;
}

export const FEEDBACK_HEADERS: Record<Lang, readonly string[]> = {
  nb: ['nr', 'enhet', 'enhetsnavn', 'region', 'type', 'tittel', 'beskrivelse', 'meldt av', 'e-post', 'steg', 'status', 'dato', 'svar', 'svart', 'signert av', 'stemmer', 'duplikat av'],
  en: ['no', 'unit', 'unit name', 'region', 'kind', 'title', 'description', 'raised by', 'email', 'stage', 'status', 'date', 'answer', 'answered', 'signed by', 'votes', 'duplicate of'],
};

export const ANONYMOUS: Record<Lang, string> = { nb: 'anonym', en: 'anonymous' };

export const FEEDBACK_STEM: Record<Lang, string> = { nb: 'innspill', en: 'feedback' };

// Result types for «Innspill»: needs, problems, worries and ideas raised for a unit,
// answered by the faggruppe (src/core/feedback).
export const FEEDBACK_KINDS = ['need', 'problem', 'worry', 'idea'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

export const FEEDBACK_STATUSES = ['new', 'under_review', 'planned', 'done', 'declined'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

/** Statuses that close an entry; moving to one needs an answer. */
export const CLOSING_STATUSES: readonly FeedbackStatus[] = ['done', 'declined'];

export interface FeedbackAnswer {
  text: string;
  /** ISO instant the answer was last written. */
  at: string;
  /** The role the answer is signed by, e.g. «Faggruppen». */
  signedAs: string;
}

export interface FeedbackEntry {
  id: number;
  unitId: number;
  unitCode: string;
  unitName: string;
  regionId: number | null;
  regionName: string | null;
  kind: FeedbackKind;
  title: string;
  description: string;
  /** The person who raised it; null when anonymous or when the person was erased. */
  raisedBy: { id: number; name: string } | null;
  anonymous: boolean;
  stageId: number | null;
  stageNameNb: string | null;
  stageNameEn: string | null;
  status: FeedbackStatus;
  answer: FeedbackAnswer | null;
  /** ISO instant. */
  createdAt: string;
  /** The entry's own votes (1 when raised; merged duplicates add theirs). */
  votes: number;
  /** Its own votes and those of the duplicates linked to it. */
  totalVotes: number;
  /** The entry this one is a duplicate of (linked or merged); its status and answer are the ones that count. */
  duplicateOf: { id: number; title: string; status: FeedbackStatus; answer: FeedbackAnswer | null } | null;
  /** Merged into duplicateOf: its votes moved there and it leaves the faggruppe's list. */
  merged: boolean;
}

export type FeedbackImportField = 'unit' | 'kind' | 'title' | 'description' | 'raisedBy' | 'stage' | 'date';

export interface FeedbackImportPreview {
  encoding: 'utf-8' | 'windows-1252' | 'utf-16';
  separator: ',' | ';' | '\t' | null;
  format: 'csv' | 'xlsx';
  headers: string[];
  mapping: Record<FeedbackImportField, number | null>;
  sampleRows: string[][];
  rowCount: number;
}

export interface FeedbackTheme {
  title: string;
  votes: number;
}

export interface FeedbackRegionFigures {
  /** null: units outside any region (the national office itself). */
  regionId: number | null;
  regionName: string | null;
  /** Entries not done or declined. */
  open: number;
  /** Entries raised at least N days ago, or already answered: the ones the share is taken over. */
  due: number;
  /** Of `due`, those answered within N days. */
  answeredInTime: number;
  /** answeredInTime / due, or null when nothing is due yet. */
  share: number | null;
  themes: FeedbackTheme[];
}

export interface FeedbackSummary {
  /** N: the setting feedbackAnswerDays. */
  days: number;
  regions: FeedbackRegionFigures[];
  total: FeedbackRegionFigures;
}

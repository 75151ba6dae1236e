// Shapes for login support: the problem catalog, the escalation path, cases and metrics.
// Instants are ISO strings; minutes are counted as each tier's policy says.
import type { LearningLink } from './links';

export type SupportTier = 'chapter' | 'region' | 'national' | 'vendor';
export const SUPPORT_TIERS: readonly SupportTier[] = ['chapter', 'region', 'national', 'vendor'];
export type CaseState = 'open' | 'waiting' | 'resolved';
export type CaseEventKind = 'opened' | 'first_response' | 'escalated' | 'waiting' | 'resumed' | 'resolved' | 'reopened' | 'corrected';

export interface ProblemDto {
  id: number;
  key: string | null;
  titleNb: string;
  titleEn: string;
  symptomsNb: string;
  symptomsEn: string;
  stepsNb: string[];
  stepsEn: string[];
  resolveTier: SupportTier;
  needsNb: string;
  needsEn: string;
  codes: string[];
  fragments: string[];
  sortOrder: number;
  caseCount: number;
  links: LearningLink[];
}

/** How a guide was found: a code in the text, a known phrase of the message, or only words of its title and symptoms. */
export type MatchKind = 'code' | 'phrase' | 'words';

export interface ProblemMatch {
  problem: ProblemDto;
  matchedBy: MatchKind;
  /** The code or phrase found; null for a word match. */
  matched: string | null;
  /** For a word match, the pasted words (as typed) that the guide's title or symptoms contain; empty otherwise. */
  words: string[];
}

/**
 * The lookup's answer. A code or phrase hit is confident: the first guide is the
 * answer and the rest are other possible guides. A word match is only a hint:
 * the closest few guides, none of them offered as the answer.
 */
export interface LookupAnswer {
  /** How the best guide was found; 'none' when no guide matched. */
  match: MatchKind | 'none';
  /** Codes in the text, written like the catalog's codes, that no guide knows («AADSTS90099»), as stored form. */
  unknownCodes: string[];
  /** Best first. After a code or phrase hit, only code and phrase matches; word matches come only without one. */
  guides: ProblemMatch[];
}

export interface SlaPolicyDto {
  tier: SupportTier;
  firstResponseMinutes: number;
  resolutionMinutes: number;
  businessHours: boolean;
}

export interface PathContact {
  personId: number;
  name: string;
  email: string | null;
  phone: string | null;
}

/** One step of the escalation path for a unit. A missing step is kept, marked as a gap. */
export interface PathStep {
  tier: SupportTier;
  /** The role asked for at this step (null for the vendor). */
  roleKey: string | null;
  roleNameNb: string | null;
  roleNameEn: string | null;
  /** The unit the step belongs to (the chapter, its region, the national unit); null for the vendor. */
  unitId: number | null;
  unitName: string | null;
  contacts: PathContact[];
  /** For the vendor step: the contact from the settings. */
  vendor: { name: string; email: string; phone: string } | null;
  gap: boolean;
  sla: SlaPolicyDto;
}

export interface EscalationPath {
  unitId: number;
  /** The unit is at chapter level, so its card prints as the chapter card. */
  chapterLevel: boolean;
  steps: PathStep[];
}

export interface TierClockDto {
  tier: SupportTier;
  arrivedAt: string;
  responseMinutes: number | null;
  heldMinutes: number;
  responseBreached: boolean;
  resolutionBreached: boolean;
  /** For the tier holding an open case: when its first response, and its resolution, fall due. */
  responseDueAt: string | null;
  resolutionDueAt: string | null;
}

export interface CaseRow {
  id: number;
  unitId: number;
  unitCode: string;
  unitName: string;
  regionName: string | null;
  reporterName: string;
  problemId: number | null;
  problemTitleNb: string | null;
  problemTitleEn: string | null;
  tier: SupportTier;
  state: CaseState;
  openedAt: string;
  resolvedAt: string | null;
  /** The holding tier's target has passed (response or resolution) and the case is not resolved. */
  overdue: boolean;
  /** When overdue: the next tier to escalate to (null at the vendor). */
  proposedTier: SupportTier | null;
  /**
   * The holding tier's next target: its first response until it has answered, then resolution;
   * null for a resolved case.
   */
  dueTarget: 'response' | 'resolution' | null;
  /** When that target falls (or fell) due; null while the case waits for the user short of it, or when resolved. */
  dueAt: string | null;
  /** Minutes left of that target, counted as the tier's policy says; negative = overdue by that much. */
  minutesLeft: number | null;
}

/** A problem, a unit or the description as it was before or after a correction. */
export type CaseChange =
  | { field: 'problem'; before: CaseProblemRef | null; after: CaseProblemRef | null }
  | { field: 'unit'; before: CaseUnitRef; after: CaseUnitRef }
  | { field: 'description'; before: string; after: string };

export interface CaseProblemRef {
  id: number;
  titleNb: string;
  titleEn: string;
}

export interface CaseUnitRef {
  id: number;
  code: string;
  name: string;
}

export interface CaseEventDto {
  id: number;
  at: string;
  kind: CaseEventKind;
  fromTier: SupportTier | null;
  toTier: SupportTier | null;
  note: string;
  actor: string;
  /** For a correction: what changed, field by field (titles and names as they were then). */
  changes: CaseChange[];
}

export interface CaseDetail extends CaseRow {
  reporterContact: string;
  description: string;
  resolution: string;
  resolvedTier: SupportTier | null;
  events: CaseEventDto[];
  clocks: TierClockDto[];
  path: EscalationPath;
}

export interface DurationStats {
  count: number;
  medianMinutes: number | null;
  p90Minutes: number | null;
}

export interface SupportMetrics {
  from: string;
  to: string;
  opened: number;
  resolved: number;
  /** Resolved at the chapter tier / resolved, 0..1. The goal is to solve locally. */
  solvedLocallyShare: number | null;
  firstResponse: DurationStats;
  resolution: DurationStats;
  topProblems: Array<{ problemId: number | null; titleNb: string | null; titleEn: string | null; cases: number }>;
  byTier: Array<{ tier: SupportTier; cases: number; responseBreaches: number; resolutionBreaches: number; firstResponse: DurationStats }>;
  byRegion: Array<{ regionId: number | null; name: string | null; opened: number; resolved: number; solvedLocallyShare: number | null; breaches: number }>;
}

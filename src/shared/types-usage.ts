// «Bruk»: measured use of the new system, imported from the CRM's own usage export,
// against the targets (måltall) the functional owner sets per level.

export type UsageImportField = 'unit' | 'person' | 'month' | 'activeUsers' | 'signIns';

export interface UsageImportPreview {
  encoding: 'utf-8' | 'windows-1252' | 'utf-16';
  separator: ',' | ';' | '\t' | null;
  format: 'csv' | 'xlsx';
  headers: string[];
  mapping: Record<UsageImportField, number | null>;
  sampleRows: string[][];
  rowCount: number;
}

export interface UsageImportResult {
  /** Unit-months written (a person file is rolled up by home unit first). */
  rows: number;
  units: number;
  /** The months the file held, YYYY-MM, oldest first; each replaced for the file's units. */
  months: string[];
}

/** A level's targets; null where the level has none of that kind. */
export interface UsageTarget {
  levelId: number;
  levelName: string;
  rank: number;
  /** Share of the unit's role holders active in a month, 1–100. */
  activePercent: number | null;
  /** Sign-ins per member in a month, up to two decimals. */
  signInsPerMember: number | null;
}

/** One unit's (or a roll-up's) use in a month, measured against its level's targets. */
export interface UsageFigures {
  activeUsers: number;
  signIns: number;
  /** Role holders today, the base of the active share. */
  holders: number;
  /** Members as the unit register has them (units without a count are left out). */
  members: number;
  /** activeUsers / holders, 0..1 (capped at 1); null without holders. */
  activeShare: number | null;
  /** signIns / members; null without members. */
  signInsPerMember: number | null;
  targetPercent: number | null;
  targetSignIns: number | null;
  /** The worst of actual / target over the targets set, 0..; null without a target that applies. */
  attainment: number | null;
  /** Below a target that applies. */
  below: boolean;
}

export interface UsageRow {
  unitId: number;
  code: string;
  name: string;
  levelName: string;
  figures: UsageFigures;
}

export interface UsageTrendPoint {
  month: string;
  figures: UsageFigures;
}

/** A unit whose stage «I drift» is done and whose use was below target two months running. */
export interface UnusedUnit {
  unitId: number;
  code: string;
  name: string;
  regionName: string | null;
  /** The two months, older first. */
  months: [string, string];
  attainment: number | null;
}

export interface Adoption {
  /** The month the figures are for (the newest imported, or the one asked for); null before any import. */
  month: string | null;
  /** The unit (a region or chapter), or null for the nation. */
  subject: UsageRow | null;
  /** This month: the nation's or unit's own roll-up. */
  total: UsageFigures;
  /** The units directly below (regions for the nation), each with everything below it. */
  rows: UsageRow[];
  /** The 12 months up to `month`, oldest first. */
  trend: UsageTrendPoint[];
  /** Units with a target that applies, lowest attainment first (at most 10). */
  furthestBelow: UsageRow[];
  unused: UnusedUnit[];
}

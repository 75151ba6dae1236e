// Plain data shapes that cross the contract. No classes, no Dates: everything is JSON.
// Dates are ISO strings (YYYY-MM-DD for calendar dates, full ISO for instants).

import type { DbState } from './types-backup';
/** The app's two languages, bokmål first: the UI, reports, exports and a person's messages. */
export const LANGS = ['nb', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export interface Level {
  id: number;
  name: string;
  /** 0 = the top (national); higher ranks sit further down the tree. */
  rank: number;
  /** Active units at this level. */
  unitCount: number;
  /** Archived units at this level; a level is deletable only when both counts are 0. */
  archivedCount: number;
}

export interface UnitRow {
  id: number;
  code: string;
  name: string;
  levelId: number;
  parentId: number | null;
  members: number | null;
  archived: boolean;
}

export interface UnitDetail extends UnitRow {
  contactNotes: string;
  levelName: string;
  /** From the top down to the direct parent. */
  ancestors: Array<Pick<UnitRow, 'id' | 'code' | 'name'>>;
  childCount: number;
  /** Members of this unit plus every active unit below it. */
  membersTotal: number;
  createdAt: string;
  updatedAt: string;
}

/** A region for a picker: an active unit at the level of rank 1, and no more than a list of them needs. */
export type RegionOption = Pick<UnitRow, 'id' | 'code' | 'name'>;

/** A unit whose level is not below its parent's (stored before the rule existed); Settings lists them. */
export interface LevelProblem {
  unitId: number;
  code: string;
  name: string;
  levelName: string;
  parentId: number;
  parentCode: string;
  parentName: string;
  parentLevelName: string;
}

export interface UnitSearchHit extends UnitRow {
  levelName: string;
  /** Names from the top down to the direct parent, for telling Herøy from Herøy. */
  path: string[];
}

export interface OrgStatus {
  unitCount: number;
  levelCount: number;
  /** True until the user has loaded the demo, imported, or declined. */
  offerDemo: boolean;
  dbPath: string;
  version: string;
  /** Whether the database accepts writes, and why not. */
  db: DbState;
  /** A team server's PostgreSQL database (dbPath is then its address, without the password) rather than a SQLite file. */
  teamServer: boolean;
}

export interface AppSettings {
  language: Lang;
  demoDeclined: boolean;
  /** An assignment ending within this many days counts as "expiring". */
  expiryDays: number;
  /** More required roles than this, or one role in more units than this, flags a person as overloaded. */
  overloadLimit: number;
  /** The share (percent) of a unit's role holders with valid basic training that completes the basic-training stage. */
  basicTrainingPercent: number;
  /** A unit is at risk when its wave ends within this many days and it is below atRiskPercent done. */
  atRiskDays: number;
  atRiskPercent: number;
  /** Holders assigned within this many days count as newcomers. */
  newcomerDays: number;
  /** Recorded as "who changed it" in the activity log; empty = the computer's user name. */
  actorName: string;
  /** The vendor's support contact: the last step of every escalation path. */
  vendorName: string;
  vendorEmail: string;
  vendorPhone: string;
  /** How many rolling daily backups the desktop app keeps in its data folder. */
  backupKeep: number;
  /** «Innspill» may be raised anonymously. */
  feedbackAnonymous: boolean;
  /** The share of entries answered within this many days is shown per region. */
  feedbackAnswerDays: number;
  /** Hosts an admin allowed for https links (e-learning, videos), beside the fixed ones in shared/links.ts. */
  externalHosts: string[];
}

export type ImportField = 'code' | 'name' | 'parent' | 'level' | 'members' | 'contactNotes';

export interface ImportPreview {
  encoding: 'utf-8' | 'windows-1252' | 'utf-16';
  separator: ',' | ';' | '\t' | null;
  format: 'csv' | 'xlsx';
  headers: string[];
  /** Column index per field, as guessed from nb/en header names; null when not found. */
  mapping: Record<ImportField, number | null>;
  sampleRows: string[][];
  rowCount: number;
  /** Level names in the file, each with the existing level it matches (null = will be created). */
  levels: Array<{ name: string; levelId: number | null; count: number }>;
}

export interface ImportResult {
  created: number;
  updated: number;
  levelsCreated: string[];
}

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  /** File content, base64-encoded so it survives JSON and structured clone alike. */
  base64: string;
}

/** The organization's logo, on every report and the printed chapter card (PNG or JPEG, at most LOGO_MAX_BYTES). */
export interface OrganizationLogo {
  mime: 'image/png' | 'image/jpeg';
  base64: string;
}

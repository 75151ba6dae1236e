// Shapes for ownership: people, the role catalog, assignments, coverage and gaps.
// Dates are calendar dates (YYYY-MM-DD, Europe/Oslo). Assignment end dates are
// exclusive: a role is held while startDate <= today < endDate. People see and
// type the last day held instead (lastDayHeld / exclusiveEnd in ./dates).
import type { AccessLevel } from './access';
import type { Lang } from './types';

export interface PersonRow {
  id: number;
  /** Empty when erased; the UI shows "erased person". */
  name: string;
  email: string | null;
  phone: string | null;
  homeUnitId: number | null;
  homeUnitCode: string | null;
  homeUnitName: string | null;
  active: boolean;
  erased: boolean;
  /** Roles held today. */
  currentRoles: number;
}

export interface PersonDetail extends PersonRow {
  note: string;
  /** The language messages go out in; null means the organization's language. */
  language: Lang | null;
  createdAt: string;
  updatedAt: string;
  /** Current and past, newest first. */
  assignments: AssignmentRow[];
}

export interface PeoplePage {
  rows: PersonRow[];
  total: number;
}

export interface RoleRequirementDto {
  /** 0 national, 1 region, 2 chapter ... (the level's rank). */
  levelRank: number;
  /** Holders each unit at that level needs; 0 = allowed but not required. */
  minimum: number;
}

export interface RoleDto {
  id: number;
  key: string | null;
  nameNb: string;
  nameEn: string;
  descriptionNb: string;
  descriptionEn: string;
  /** Elected at the annual meeting: «Bytt styre» ends it; appointed roles stay. */
  board: boolean;
  /** What holding the role gives over its unit and everything below it. */
  accessLevel: AccessLevel;
  /** Whether holding the role lets one export files over the same units. */
  canExport: boolean;
  sortOrder: number;
  requirements: RoleRequirementDto[];
  /** Assignments held today, across all units. */
  currentAssignments: number;
}

export interface AssignmentRow {
  id: number;
  personId: number;
  personName: string;
  personErased: boolean;
  roleId: number;
  roleNameNb: string;
  roleNameEn: string;
  unitId: number;
  unitCode: string;
  unitName: string;
  startDate: string;
  endDate: string | null;
  /** Held today. */
  current: boolean;
}

export type CoverageState = 'filled' | 'missing' | 'expiring' | 'vacant';

/** One required role at one unit. */
export interface CoverageRow {
  unitId: number;
  unitCode: string;
  unitName: string;
  levelRank: number;
  levelName: string;
  /** The unit's ancestor at rank 1 (itself if it is a region); null at the national level. */
  regionId: number | null;
  regionName: string | null;
  roleId: number;
  roleNameNb: string;
  roleNameEn: string;
  minimum: number;
  /** Holders today. */
  holders: number;
  state: CoverageState;
  /** For 'vacant': the day the last holder's assignment ended. */
  vacantSince: string | null;
  /** For 'expiring': the earliest end date that takes the unit below its minimum. */
  expiresOn: string | null;
}

export interface GapCounts {
  missing: number;
  expiring: number;
  vacant: number;
  /** missing + expiring + vacant */
  total: number;
}

export interface GapReport {
  /**
   * One page of the role requirements that are not filled, after the filters and the text query.
   * Unsorted, they come down the tree: by unit code, then the role catalog's order (sort order, id).
   * A sort (gap-order.ts) keeps each region's and each unit's rows together.
   */
  rows: CoverageRow[];
  /** The rows after the filters and the text query, before paging. */
  total: number;
  /** The counts are over every row under the filters (not the text query, not the page). */
  byRegion: Array<GapCounts & { regionId: number | null; regionCode: string | null; regionName: string | null }>;
  national: GapCounts;
  /**
   * How many role requirements (a role at a unit) were checked, after the filters. 0 means
   * there was nothing to check (no units, or no role required where they are), which is not "no gaps".
   */
  checked: number;
  /** The date the report was computed for, and the expiry window in days. */
  today: string;
  expiryDays: number;
}

/** coverage.gapCounts: what the Overview shows of the gap list. */
export type GapTotals = Pick<GapReport, 'national' | 'checked'>;

export interface OverloadRow {
  personId: number;
  name: string;
  email: string | null;
  phone: string | null;
  /** Current assignments to roles that the unit's level requires. */
  requiredRoles: number;
  /** The role this person holds in the most units, and in how many. */
  busiestRoleNameNb: string;
  busiestRoleNameEn: string;
  busiestRoleUnits: number;
  /** Why they are listed: 'roles' (too many required roles), 'units' (one role in too many units), or both. */
  reasons: Array<'roles' | 'units'>;
}

export interface CardHolder {
  personId: number;
  name: string;
  email: string | null;
  phone: string | null;
  startDate: string;
  endDate: string | null;
}

export interface CardRole {
  roleId: number;
  roleKey: string | null;
  nameNb: string;
  nameEn: string;
  minimum: number;
  state: CoverageState;
  vacantSince: string | null;
  expiresOn: string | null;
  holders: CardHolder[];
}

/** Who owns what at one unit. */
export interface CardLevel {
  unitId: number;
  code: string;
  name: string;
  levelName: string;
  levelRank: number;
  roles: CardRole[];
}

/** The unit's own level first, then each level above it up to the national unit. */
export interface UnitCard {
  levels: CardLevel[];
  today: string;
}

/** The columns a people file can hold, in the order the mapping step offers them. */
export const PEOPLE_IMPORT_FIELDS = [
  'name', 'email', 'phone', 'homeUnit', 'note', 'language', 'role', 'unit', 'startDate', 'endDate',
] as const;
export type PeopleImportField = (typeof PEOPLE_IMPORT_FIELDS)[number];

export interface PeopleImportPreview {
  encoding: 'utf-8' | 'windows-1252' | 'utf-16';
  separator: ',' | ';' | '\t' | null;
  format: 'csv' | 'xlsx';
  headers: string[];
  mapping: Record<PeopleImportField, number | null>;
  sampleRows: string[][];
  rowCount: number;
}

export interface PeopleImportResult {
  peopleCreated: number;
  peopleUpdated: number;
  assignmentsCreated: number;
}

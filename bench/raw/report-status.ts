// The national status report's tables, computed by hand: the dashboard's
// figures (raw/rollout.ts), the gap list's unfilled slots (raw/coverage.ts)
// tallied by region and role, one statement for the units that went live and
// one for support per region; then written to a plain exceljs workbook, one
// sheet per table with a header row and a totals row. JS only assembles rows.
// The region report's tables (a row per unit) are in raw/report-region.ts and
// share the support statement and the table layout from here.
// Stage and role names are the Norwegian ones: the bench asks for an nb report.
import { TZDate } from '@date-fns/tz';
import ExcelJS from 'exceljs';
import type { TrainingFigures } from '../../src/shared/types-rollout';
import type { RawDb } from '../support/raw-sqlite';
import { rawGapReport } from './coverage';
import { rawDashboard, TREE, type RawDashboardSettings } from './rollout';

export type RawCell = string | number | null;

export interface RawTable {
  title: string;
  header: string[];
  rows: RawCell[][];
  totals: RawCell[];
}

export interface RawStatusSettings extends RawDashboardSettings {
  expiryDays: number;
}

/**
 * The report's own words, by key in its 'report' namespace (status.column.units, national.total …):
 * the labels are translations, the same for both sides; the figures are what is compared.
 */
export type ReportLabel = (key: string, values?: Record<string, string>) => string;


// Active units whose 'live' stage is done, per region (0 for the national level).
const LIVE_SQL = `
WITH RECURSIVE ${TREE}
SELECT COALESCE(t.region_id, 0) AS g, COUNT(*) AS live
FROM stage_progress p JOIN unit u ON u.id = p.unit_id JOIN tree t ON t.id = u.id
WHERE p.stage_id = ?1 AND p.state = 'done' AND u.archived = 0
GROUP BY 1`;

/**
 * Support per unit, archived ones too: open now (any time), and opened, resolved, solved locally and
 * breaches in the period ?1..?2. Grouped by region here, and by unit in raw/report-region.ts.
 */
export const SUPPORT_CTES = `
WITH RECURSIVE ${TREE},
per_unit AS (
  SELECT unit_id, SUM(state <> 'resolved') AS open_now,
         SUM(opened_at >= ?1 AND opened_at < ?2) AS opened,
         SUM(opened_at >= ?1 AND opened_at < ?2 AND state = 'resolved') AS resolved,
         SUM(opened_at >= ?1 AND opened_at < ?2 AND resolved_tier = 'chapter') AS local
  FROM support_case NOT INDEXED GROUP BY unit_id
),
breach AS (
  SELECT c.unit_id AS unit_id, SUM(k.response_breached) + SUM(k.resolution_breached) AS breaches
  FROM support_case c JOIN case_tier_clock k ON k.case_id = c.id
  WHERE c.opened_at >= ?1 AND c.opened_at < ?2 GROUP BY c.unit_id
)`;

const SUPPORT_SQL = `${SUPPORT_CTES}
SELECT COALESCE(t.region_id, 0) AS g, SUM(p.open_now) AS openNow, SUM(p.opened) AS opened, SUM(p.resolved) AS resolved,
       SUM(p.local) AS local, COALESCE(SUM(b.breaches), 0) AS breaches
FROM per_unit p JOIN tree t ON t.id = p.unit_id LEFT JOIN breach b ON b.unit_id = p.unit_id
GROUP BY 1`;

/** Oslo midnight at the start of a date, in the stored UTC format. */
function bound(date: string, plusDays = 0): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d + plusDays, 0, 0, 'Europe/Oslo').getTime()).toISOString().replace('T', ' ').replace('Z', '');
}

/** The period's bounds as SUPPORT_CTES takes them (?1, ?2): Oslo midnights, the end exclusive. */
export const periodBounds = (period: { from: string; to: string }): [string, string] => [bound(period.from), bound(period.to, 1)];

const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

export interface SupportRow { g: number; openNow: number; opened: number; resolved: number; local: number; breaches: number }

export const noSupport = (g: number): SupportRow => ({ g, openNow: 0, opened: 0, resolved: 0, local: 0, breaches: 0 });

/** One row's figures, whatever it stands for (a region, a unit, the whole). */
export interface RawFigures {
  units: number;
  /** Units not planned, not started, then done through each stage in checklist order. */
  positions: number[];
  /** Units with a stage ready to confirm. */
  ready: number;
  live: number;
  /** Done stages over all stages of the units, 0..1. */
  shareDone: number;
  late: number;
  blocked: number;
  atRisk: number;
  /** Unfilled required slots per role, in the roles' order. */
  gaps: number[];
  training: TrainingFigures;
  support: SupportRow;
}

export interface RawRow { code: RawCell; name: string; f: RawFigures }

export interface StatusCatalog {
  stages: Array<{ id: number; key: string; name: string }>;
  /** Roles that some level requires, in the catalog's order. */
  roles: Array<{ id: number; name: string }>;
  /** The stage whose completion means "live": 'live', or the last one. */
  live: { id: number } | undefined;
}

export async function statusCatalog(db: RawDb): Promise<StatusCatalog> {
  const stages = await db.all<{ id: number; key: string; name: string }>('SELECT id, key, name_nb AS name FROM stage ORDER BY sort_order, id');
  const roles = await db.all<{ id: number; name: string }>(
    'SELECT id, name_nb AS name FROM role WHERE id IN (SELECT role_id FROM role_requirement WHERE minimum >= 1) ORDER BY sort_order, id',
  );
  return { stages, roles, live: stages.find((s) => s.key === 'live') ?? stages[stages.length - 1] };
}

/** The progress buckets' headings: not planned, not started, done through each stage, the last one "all stages done". */
function positionLabels(catalog: StatusCatalog, label: ReportLabel): string[] {
  const last = catalog.stages.length - 1;
  return [
    label('common:progress.notPlanned'), label('common:progress.notStarted'),
    ...catalog.stages.map((s, i) => (i === last ? label('common:progress.complete') : label('common:progress.doneThrough', { stage: s.name }))),
  ];
}

/** The four theme tables: header, a row each, and the totals row. `nameColumn` heads the name column. */
export function rawStatusTables(
  catalog: StatusCatalog, label: ReportLabel, nameColumn: 'region' | 'unit', rows: readonly RawRow[], total: RawRow,
): RawTable[] {
  const rollout = ({ code, name, f }: RawRow): RawCell[] => [
    code, name, f.units, ...f.positions, share(f.live, f.units), f.units === 0 ? null : f.shareDone, f.ready, f.late, f.blocked, f.atRisk,
  ];
  const gapCells = ({ code, name, f }: RawRow): RawCell[] => [code, name, ...f.gaps, f.gaps.reduce((a, b) => a + b, 0)];
  const training = ({ code, name, f }: RawRow): RawCell[] => {
    const tr = f.training;
    return [code, name, tr.holders, share(tr.basicValid, tr.holders), tr.superUsers, tr.superUsersAdvanced, tr.refresherOverdue, tr.newcomersUntrained];
  };
  const supportCells = ({ code, name, f }: RawRow): RawCell[] => {
    const s = f.support;
    return [code, name, s.openNow, s.opened, s.resolved, share(s.local, s.resolved), s.breaches];
  };
  const column = (...keys: string[]) => keys.map((key) => label(`status.column.${key}`));
  const table = (theme: string, header: string[], cells: (r: RawRow) => RawCell[]): RawTable =>
    ({ title: label(`status.${theme}.title`), header: [...column('code', nameColumn), ...header], rows: rows.map(cells), totals: cells(total) });
  return [
    table('rollout', [...column('units'), ...positionLabels(catalog, label), ...column('shareLive', 'shareDone', 'readyToConfirm', 'late', 'blocked', 'atRisk')], rollout),
    table('gaps', [...catalog.roles.map((r) => r.name), ...column('gapTotal')], gapCells),
    table('training', column('holders', 'basicShare', 'superUsers', 'superUsersAdvanced', 'refresherOverdue', 'newcomersUntrained'), training),
    table('support', column('openNow', 'opened', 'resolved', 'solvedLocally', 'breaches'), supportCells),
  ];
}

/** Unfilled slots per key and role id; `keyOf` returns null to leave a slot out. */
export function tallyGaps<T>(slots: Iterable<T>, keyOf: (slot: T) => number | null, roleOf: (slot: T) => number): Map<number, Map<number, number>> {
  const gaps = new Map<number, Map<number, number>>();
  for (const slot of slots) {
    const key = keyOf(slot);
    if (key === null) continue;
    const byRole = gaps.get(key) ?? new Map<number, number>();
    byRole.set(roleOf(slot), (byRole.get(roleOf(slot)) ?? 0) + 1);
    gaps.set(key, byRole);
  }
  return gaps;
}

/** The four tables of the national status, with the national level's row, a row per active region and the nation as totals. */
export async function rawNationalTables(
  db: RawDb, today: string, period: { from: string; to: string }, settings: RawStatusSettings, label: ReportLabel,
): Promise<RawTable[]> {
  const catalog = await statusCatalog(db);
  const dashboard = await rawDashboard(db, today, settings);
  const gapReport = await rawGapReport(db, today, settings.expiryDays);
  const liveBy = new Map((await db.all<{ g: number; live: number }>(LIVE_SQL, [catalog.live?.id ?? -1])).map((r) => [r.g, r.live]));
  const supportBy = new Map((await db.all<SupportRow>(SUPPORT_SQL, periodBounds(period))).map((r) => [r.g, r]));

  // Gaps by region and role, the national level under key 0; the total under key -1.
  const gaps = tallyGaps(gapReport.rows, (row) => row.regionId ?? 0, (row) => row.roleId);
  const all = tallyGaps(gapReport.rows, () => -1, (row) => row.roleId);
  const sum = (pick: (s: SupportRow) => number) => [...supportBy.values()].reduce((n, s) => n + pick(s), 0);
  const figures = (key: number, f: (typeof dashboard)['national']): RawFigures => ({
    units: f.units,
    positions: f.positions.map((c) => c.units),
    ready: f.readyToConfirm,
    live: key === -1 ? [...liveBy.values()].reduce((a, b) => a + b, 0) : (liveBy.get(key) ?? 0),
    shareDone: f.shareDone,
    late: f.late,
    blocked: f.blocked,
    atRisk: f.atRisk,
    gaps: catalog.roles.map((role) => (key === -1 ? all : gaps).get(key)?.get(role.id) ?? 0),
    training: f.training,
    support: key === -1
      ? { g: -1, openNow: sum((s) => s.openNow), opened: sum((s) => s.opened), resolved: sum((s) => s.resolved), local: sum((s) => s.local), breaches: sum((s) => s.breaches) }
      : (supportBy.get(key) ?? noSupport(key)),
  });

  const regions = dashboard.regions.map((r): RawRow => ({ code: r.code, name: r.name, f: figures(r.regionId, r) }));
  const [top] = await db.all<{ code: string }>('SELECT u.code AS code FROM unit u JOIN level l ON l.id = u.level_id WHERE l.rank = 0 ORDER BY u.code LIMIT 1');
  const level: RawRow[] = dashboard.nationalLevel.units > 0
    ? [{ code: top?.code ?? '', name: label('national.nationalLevel'), f: figures(0, dashboard.nationalLevel) }]
    : [];
  return rawStatusTables(catalog, label, 'region', [...level, ...regions], { code: null, name: label('national.total'), f: figures(-1, dashboard.national) });
}

/** The tables as a plain workbook: one sheet each, header, rows, totals. */
export async function rawWorkbook(tables: readonly RawTable[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const t of tables) {
    const sheet = workbook.addWorksheet(t.title);
    sheet.addRow(t.header);
    sheet.addRows(t.rows);
    sheet.addRow(t.totals);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// The national status report's tables, computed by hand: the dashboard's
// figures (raw/rollout.ts), the gap list's unfilled slots (raw/coverage.ts)
// tallied by region and role, one statement for the units that went live and
// one for support per region; then written to a plain exceljs workbook, one
// sheet per table with a header row and a totals row. JS only assembles rows.
// Stage and role names are the Norwegian ones: the bench asks for an nb report.
import { TZDate } from '@date-fns/tz';
import ExcelJS from 'exceljs';
import type { Dashboard } from '../../src/shared/types-rollout';
import type { RawDb } from '../support/raw-sqlite';
import { rawGapReport } from './coverage';
import { rawDashboard, type RawDashboardSettings } from './rollout';

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

const TREE = `
tree(id, region_id) AS (
  SELECT u.id, CASE WHEN l.rank = 1 THEN u.id END FROM unit u JOIN level l ON l.id = u.level_id WHERE u.parent_id IS NULL
  UNION ALL
  SELECT c.id, CASE WHEN l.rank = 1 THEN c.id WHEN l.rank > 1 THEN tree.region_id END
  FROM unit c JOIN tree ON c.parent_id = tree.id JOIN level l ON l.id = c.level_id
)`;

// Active units whose 'live' stage is done, per region (0 for the national level).
const LIVE_SQL = `
WITH RECURSIVE ${TREE}
SELECT COALESCE(t.region_id, 0) AS g, COUNT(*) AS live
FROM stage_progress p JOIN unit u ON u.id = p.unit_id JOIN tree t ON t.id = u.id
WHERE p.stage_id = ?1 AND p.state = 'done' AND u.archived = 0
GROUP BY 1`;

// Support per region: open now (any time), and opened, resolved, solved locally and breaches in the period.
const SUPPORT_SQL = `
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
)
SELECT COALESCE(t.region_id, 0) AS g, SUM(p.open_now) AS openNow, SUM(p.opened) AS opened, SUM(p.resolved) AS resolved,
       SUM(p.local) AS local, COALESCE(SUM(b.breaches), 0) AS breaches
FROM per_unit p JOIN tree t ON t.id = p.unit_id LEFT JOIN breach b ON b.unit_id = p.unit_id
GROUP BY 1`;

/** Oslo midnight at the start of a date, in the stored UTC format. */
function bound(date: string, plusDays = 0): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d + plusDays, 0, 0, 'Europe/Oslo').getTime()).toISOString().replace('T', ' ').replace('Z', '');
}

const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/** A region's row, or the nation's (key -1) for the totals. */
interface Row { key: number; code: RawCell; name: string; f: Dashboard['national'] }

interface SupportRow { g: number; openNow: number; opened: number; resolved: number; local: number; breaches: number }

/**
 * The report's own words, by key in its 'report' namespace (status.column.units, national.total …):
 * the labels are translations, the same for both sides; the figures are what is compared.
 */
export type ReportLabel = (key: string) => string;

/** The four tables of the national status, with a row per active region and the nation as totals. */
export async function rawNationalTables(
  db: RawDb, today: string, period: { from: string; to: string }, settings: RawStatusSettings, label: ReportLabel,
): Promise<RawTable[]> {
  const stages = await db.all<{ id: number; key: string; name: string }>('SELECT id, key, name_nb AS name FROM stage ORDER BY sort_order, id');
  const roles = await db.all<{ id: number; name: string }>(
    'SELECT id, name_nb AS name FROM role WHERE id IN (SELECT role_id FROM role_requirement WHERE minimum >= 1) ORDER BY sort_order, id',
  );
  const live = stages.find((s) => s.key === 'live') ?? stages[stages.length - 1];
  const dashboard = await rawDashboard(db, today, settings);
  const gapReport = await rawGapReport(db, today, settings.expiryDays);
  const liveBy = new Map((await db.all<{ g: number; live: number }>(LIVE_SQL, [live?.id ?? -1])).map((r) => [r.g, r.live]));
  const supportBy = new Map((await db.all<SupportRow>(SUPPORT_SQL, [bound(period.from), bound(period.to, 1)])).map((r) => [r.g, r]));

  // Gaps by region and role; the national level's count only in the total.
  const gaps = new Map<number, Map<number, number>>();
  const tally = (g: number, roleId: number) => {
    const byRole = gaps.get(g) ?? new Map<number, number>();
    byRole.set(roleId, (byRole.get(roleId) ?? 0) + 1);
    gaps.set(g, byRole);
  };
  for (const row of gapReport.rows) {
    if (row.regionId !== null) tally(row.regionId, row.roleId);
    tally(-1, row.roleId);
  }

  const regions: Row[] = dashboard.regions.map((r) => ({ key: r.regionId, code: r.code, name: r.name, f: r }));
  const all: Row = { key: -1, code: null, name: label('national.total'), f: dashboard.national };
  const sum = (pick: (s: SupportRow) => number) => [...supportBy.values()].reduce((n, s) => n + pick(s), 0);
  const support = (key: number): SupportRow => key === -1
    ? { g: -1, openNow: sum((s) => s.openNow), opened: sum((s) => s.opened), resolved: sum((s) => s.resolved), local: sum((s) => s.local), breaches: sum((s) => s.breaches) }
    : (supportBy.get(key) ?? { g: key, openNow: 0, opened: 0, resolved: 0, local: 0, breaches: 0 });
  const liveOf = (key: number) => (key === -1 ? [...liveBy.values()].reduce((a, b) => a + b, 0) : (liveBy.get(key) ?? 0));

  const rollout = (r: Row): RawCell[] => [
    r.code, r.name, r.f.units, ...r.f.stageCounts.map((c) => c.units),
    share(liveOf(r.key), r.f.units), r.f.units === 0 ? null : r.f.shareDone, r.f.late, r.f.blocked, r.f.atRisk,
  ];
  const gapCells = (r: Row): RawCell[] => {
    const byRole = gaps.get(r.key);
    const counts = roles.map((role) => byRole?.get(role.id) ?? 0);
    return [r.code, r.name, ...counts, counts.reduce((a, b) => a + b, 0)];
  };
  const training = (r: Row): RawCell[] => {
    const tr = r.f.training;
    return [r.code, r.name, tr.holders, share(tr.basicValid, tr.holders), tr.superUsers, tr.superUsersAdvanced, tr.refresherOverdue, tr.newcomersUntrained];
  };
  const supportCells = (r: Row): RawCell[] => {
    const s = support(r.key);
    return [r.code, r.name, s.openNow, s.opened, s.resolved, share(s.local, s.resolved), s.breaches];
  };
  const column = (...keys: string[]) => keys.map((key) => label(`status.column.${key}`));
  const table = (theme: string, header: string[], cells: (r: Row) => RawCell[]): RawTable =>
    ({ title: label(`status.${theme}.title`), header: [...column('code', 'region'), ...header], rows: regions.map(cells), totals: cells(all) });

  return [
    table('rollout', [...column('units'), ...stages.map((s) => s.name), ...column('allDone', 'shareLive', 'shareDone', 'late', 'blocked', 'atRisk')], rollout),
    table('gaps', [...roles.map((r) => r.name), ...column('gapTotal')], gapCells),
    table('training', column('holders', 'basicShare', 'superUsers', 'superUsersAdvanced', 'refresherOverdue', 'newcomersUntrained'), training),
    table('support', column('openNow', 'opened', 'resolved', 'solvedLocally', 'breaches'), supportCells),
  ];
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

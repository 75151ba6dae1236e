// National status: where the rollout stands in every region, for the board.
// A stacked-bar chart of the stage distribution per region, then one table per
// theme (rollout, ownership gaps, training, support) with a row per region, a
// row for the national level (the units in no region, the national unit itself),
// and the nation as the totals row. The regions and figures are the dashboard's.
import { loadFlatUnits, regionResolver } from '../ownership/coverage';
import { modelHead, type BuildContext } from './build-context';
import type { ReportModel } from './model';
import { gatherStatusFigures, statusFiguresOr, waveMemberIds } from './status-figures';
import { positionCounts, stageChart, statusTables, type StatusRow } from './status-tables';
import { feedbackBlock } from '../feedback/report-block';
import { usageBlock } from '../usage/report-block';
import { overdueCountsByUnit } from '../support/cases-read';
import { overdueByRow, summaryBlocks } from './summary';

/** The row key for units in no region; unit ids start at 1. */
const NATIONAL_LEVEL = 0;

export async function buildNationalReport(ctx: BuildContext): Promise<ReportModel> {
  const { em, t, lang, request } = ctx;
  const units = await loadFlatUnits(em);
  const regionOf = regionResolver(units);
  const wave = request.resolvedWave;
  const unitIds = wave ? await waveMemberIds(em, wave.id) : undefined;
  ctx.progress(0.05);

  const data = await gatherStatusFigures(ctx, { ...(unitIds ? { unitIds } : {}), rowOf: (unitId) => regionOf(unitId)?.id ?? NATIONAL_LEVEL });
  // As the dashboard: every active region by code, or with a wave only those with units in it.
  const regions: StatusRow[] = units
    .filter((u) => u.levelRank === 1 && !u.archived && (!wave || statusFiguresOr(data, u.id).rollout.units > 0))
    .map((u) => ({ id: u.id, code: u.code, name: u.name }));
  // The national level's own row, so the rows add up to the total; left out when no unit in scope is outside the regions.
  const national = units.find((u) => u.levelRank === 0);
  const levelRow: StatusRow[] = data.rows.has(NATIONAL_LEVEL) ? [{ id: NATIONAL_LEVEL, code: national?.code ?? '', name: t('national.nationalLevel') }] : [];

  const chart = stageChart(
    ctx,
    data,
    { key: 'stages', title: t('national.chartTitle'), description: t('national.chartDescription', { count: regions.length }) },
    regions.map((r) => ({ label: r.name, counts: positionCounts(statusFiguresOr(data, r.id).rollout) })),
  );
  const layout = {
    nameLabel: t('status.column.region'),
    rows: [...levelRow, ...regions],
    totalLabel: t('national.total'),
    emptyText: t('national.empty'),
    note: t('national.totalNote'),
  };
  const tables = statusTables(ctx, data, layout);
  tables.push(await feedbackBlock(ctx, { ...layout, unitIds, rowOf: (unitId) => regionOf(unitId)?.id ?? NATIONAL_LEVEL }));
  tables.push(...(await usageBlock(ctx, { nameLabel: layout.nameLabel, rows: layout.rows.map((r) => ({ unitId: r.id === NATIONAL_LEVEL ? (national?.id ?? 0) : r.id, code: r.code, name: r.name, own: r.id === NATIONAL_LEVEL })), total: { label: layout.totalLabel, unitId: null }, unitIds })));
  const scope = unitIds ? new Set(unitIds) : null;
  const active = new Set(units.filter((u) => !u.archived).map((u) => u.id));
  const overdue = overdueByRow(
    await overdueCountsByUnit(em, ctx.now),
    (unitId) => active.has(unitId) && (!scope || scope.has(unitId)),
    (unitId) => regionOf(unitId)?.id ?? NATIONAL_LEVEL,
  );
  // What needs action comes first: the summary, then the chart and the long tables.
  const summary = summaryBlocks(t, lang, {
    subject: 'regions',
    total: { rollout: data.total.rollout, live: data.total.live, overdueCases: overdue.total },
    rows: [...levelRow, ...regions].map((r) => {
      const f = statusFiguresOr(data, r.id);
      return { code: r.code, name: r.name, rollout: f.rollout, live: f.live, overdueCases: overdue.rows.get(r.id) ?? 0 };
    }),
  });
  const head = await modelHead(ctx, { title: t('national.title'), fileStem: t('national.fileStem'), landscape: true });
  return { ...head, blocks: [...summary, ...(regions.length > 0 ? [{ type: 'chart' as const, chart }] : []), ...tables] };
}

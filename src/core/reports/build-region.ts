// Region status: the summary, then one row per active unit in the region (the
// region itself first, then by code) with the stage it is on and its state,
// then the national report's gap, training and support tables for the units,
// the region as a whole as their totals row. The stage buckets per unit (a 0/1
// matrix) are only an appendix. The chart shows the stage distribution per
// level, since a bar per unit would be too many.
import { loadFlatUnits, subtreeOf } from '../ownership/coverage';
import { modelHead, type BuildContext } from './build-context';
import type { ResolvedUnit } from './filters';
import type { ReportBlock, ReportModel } from './model';
import { gatherStatusFigures, statusFiguresOr, waveMemberIds } from './status-figures';
import { positionCounts, stageChart, statusTables, type StatusRow } from './status-tables';
import { asciiStem } from './file-stem';
import { feedbackBlock } from '../feedback/report-block';
import { usageBlock } from '../usage/report-block';
import { unitStatusTable, type WaveUnit } from './wave-tables';
import { overdueCountsByUnit } from '../support/cases-read';
import { overdueByRow, summaryBlocks } from './summary';

function regionOf(ctx: BuildContext): ResolvedUnit {
  const region = ctx.request.resolvedUnit;
  // resolveRequest has already refused a region report without a region.
  if (!region) throw new Error('a region report needs its region');
  return region;
}

export async function buildRegionReport(ctx: BuildContext): Promise<ReportModel> {
  const { em, t, lang, request } = ctx;
  const region = regionOf(ctx);
  const units = await loadFlatUnits(em);
  let inScope = subtreeOf(units, region.id);
  const wave = request.resolvedWave;
  if (wave) {
    const members = new Set(await waveMemberIds(em, wave.id));
    inScope = new Set([...inScope].filter((id) => members.has(id)));
  }
  ctx.progress(0.05);

  const data = await gatherStatusFigures(ctx, { unitIds: [...inScope], rowOf: (unitId) => unitId });
  // loadFlatUnits is ordered by code; the region itself goes first.
  const listed = units.filter((u) => inScope.has(u.id) && !u.archived);
  listed.sort((a, b) => Number(b.id === region.id) - Number(a.id === region.id));
  const rows: StatusRow[] = listed.map((u) => ({ id: u.id, code: u.code, name: u.name }));

  // One bar per level (region, chapters …), summing the units' stage counts.
  const levels = new Map<number, { label: string; counts: number[] }>();
  for (const u of listed) {
    const counts = positionCounts(statusFiguresOr(data, u.id).rollout);
    const bar = levels.get(u.levelRank);
    if (bar) bar.counts = bar.counts.map((n, i) => n + (counts[i] ?? 0));
    else levels.set(u.levelRank, { label: u.levelName, counts });
  }
  const bars = [...levels.entries()].sort(([a], [b]) => a - b).map(([, bar]) => bar);
  const chart = stageChart(
    ctx,
    data,
    { key: 'stages', title: t('region.chartTitle'), description: t('region.chartDescription', { count: rows.length, region: region.name }) },
    bars,
  );
  const layout = { nameLabel: t('status.column.unit'), rows, totalLabel: t('region.total', { region: region.name }), emptyText: t('region.empty') };
  const tables = [...statusTables(ctx, data, layout), await feedbackBlock(ctx, { ...layout, unitIds: [...inScope], rowOf: (unitId) => unitId })];
  tables.push(...(await usageBlock(ctx, { nameLabel: layout.nameLabel, rows: rows.map((r) => ({ unitId: r.id, code: r.code, name: r.name, own: true })), total: { label: layout.totalLabel, unitId: region.id }, unitIds: [...inScope] })));
  const listedIds = new Set(rows.map((r) => r.id));
  const overdue = overdueByRow(await overdueCountsByUnit(em, ctx.now), (unitId) => listedIds.has(unitId), (unitId) => unitId);
  // What needs action comes first: the summary, then the chart and the long tables.
  const summary = summaryBlocks(t, lang, {
    subject: 'units',
    total: { rollout: data.total.rollout, live: data.total.live, overdueCases: overdue.total },
    rows: rows.map((r) => {
      const f = statusFiguresOr(data, r.id);
      return { code: r.code, name: r.name, rollout: f.rollout, live: f.live, overdueCases: overdue.rows.get(r.id) ?? 0 };
    }),
  });
  const head = await modelHead(ctx, {
    title: t('region.title', { region: region.name }),
    fileStem: asciiStem(t('region.fileStem', { code: region.code })),
    landscape: true,
  });
  // One row per unit with the stage it is on; the 0/1 matrix of stage buckets per unit only as the appendix.
  const stageNames = data.stages.map((s) => ({ id: s.id, name: s.name }));
  const unitRows: WaveUnit[] = listed.flatMap((u) => {
    const status = data.statuses.get(u.id);
    return status ? [{ id: u.id, code: u.code, name: u.name, regionName: region.name, status }] : [];
  });
  const unitsTable = unitStatusTable(t, ctx.today, stageNames, unitRows, {
    title: t('region.unitsTitle'), caption: t('region.unitsCaption'), emptyText: t('region.empty'), region: false,
  });
  const [rollout, ...themes] = tables;
  const appendix: ReportBlock[] = request.appendix && rollout?.type === 'table'
    ? [{ type: 'table', table: { ...rollout.table, title: t('common.appendix', { title: rollout.table.title }), appendix: true } }]
    : [];
  return {
    ...head,
    blocks: [...summary, ...(rows.length > 0 ? [{ type: 'chart' as const, chart }] : []), { type: 'table', table: unitsTable }, ...themes, ...appendix],
  };
}

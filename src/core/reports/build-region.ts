// Region status: the national report's tables for one region, with a row per
// active unit in it (the region itself first, then by code) and the region as
// a whole as the totals row. The chart shows the stage distribution per level,
// since a bar per unit would be too many.
import { loadFlatUnits, subtreeOf } from '../ownership/coverage';
import { modelHead, type BuildContext } from './build-context';
import type { ResolvedUnit } from './filters';
import type { ReportModel } from './model';
import { gatherStatusFigures, statusFiguresOr, waveMemberIds } from './status-figures';
import { positionCounts, stageChart, statusTables, type StatusRow } from './status-tables';
import { asciiStem } from './file-stem';
import { overdueByRow, overdueCasesByUnit, summaryBlocks } from './summary';

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
  const tables = statusTables(ctx, data, {
    nameLabel: t('status.column.unit'),
    rows,
    totalLabel: t('region.total', { region: region.name }),
    emptyText: t('region.empty'),
  });
  const listedIds = new Set(rows.map((r) => r.id));
  const overdue = overdueByRow(await overdueCasesByUnit(em, ctx.now), (unitId) => listedIds.has(unitId), (unitId) => unitId);
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
  return { ...head, blocks: [...summary, ...(rows.length > 0 ? [{ type: 'chart' as const, chart }] : []), ...tables] };
}

// «Bruk» in the national, region and chapter reports: one table with a row per region (or
// per unit, or the chapter alone), the newest month's use against the targets, and how many
// units there are in operation but unused. Left out until usage has been imported: a report
// of empty figures would say nothing. Labels are the usage namespace's.
import type { UsageFigures } from '../../shared/types-usage';
import { formatMonth } from '../../shared/usage-format';
import type { BuildContext } from '../reports/build-context';
import type { ReportBlock, ReportCell } from '../reports/model';
import { liveDone } from './load';
import { nationTarget, prepare } from './adoption';
import { findUnused } from './unused';

export interface UsageLayout {
  nameLabel: string;
  /** own: the unit alone (a region's own office in its report); else the unit and everything below it. */
  rows: ReadonlyArray<{ unitId: number; code: string; name: string; own: boolean }>;
  /** The totals row: the nation (null unit) or a unit with everything below it; none when left out. */
  total?: { label: string; unitId: number | null };
  /** The units the report covers; every unit when left out. */
  unitIds?: readonly number[];
}

function cells(f: UsageFigures, unused: number): ReportCell[] {
  return [
    f.activeUsers, f.holders, f.activeShare, f.targetPercent === null ? null : f.targetPercent / 100,
    f.signInsPerMember, f.targetSignIns, unused,
  ];
}

export async function usageBlock(ctx: BuildContext, layout: UsageLayout): Promise<ReportBlock[]> {
  const { t, em, lang, today } = ctx;
  const { month, rollup, imported } = await prepare(em, { today, unitId: null, month: null, unitIds: layout.unitIds }, 2);
  if (month === null) return [];
  const flagged = findUnused({ rollup, month, imported, liveDone: await liveDone(em) }, rollup.everything());
  // Each flagged unit counts in the nearest row it belongs to (itself, or a row above it).
  const rowIds = new Set(layout.rows.map((r) => r.unitId));
  const unusedIn = new Map<number, number>();
  for (const u of flagged) {
    for (let i = rollup.indexOf(u.unitId) ?? -1; i >= 0; i = rollup.parentOf(i)) {
      const id = rollup.units[i]?.id ?? 0;
      const own = layout.rows.find((r) => r.unitId === id)?.own ?? false;
      if (rowIds.has(id) && (!own || id === u.unitId)) {
        unusedIn.set(id, (unusedIn.get(id) ?? 0) + 1);
        break;
      }
    }
  }
  const rows = layout.rows.flatMap((r) => {
    const i = rollup.indexOf(r.unitId);
    if (i === undefined) return [];
    return [[r.code, r.name, ...cells(r.own ? rollup.ownFigures(i, month) : rollup.figures(i, month), unusedIn.get(r.unitId) ?? 0)]];
  });
  const total = layout.total;
  const totalIndex = total?.unitId === null || total === undefined ? undefined : rollup.indexOf(total.unitId);
  const totals = total === undefined ? undefined : [
    null, total.label,
    ...cells(totalIndex === undefined ? rollup.figuresOfAll(rollup.tops(), month, nationTarget(rollup)) : rollup.figures(totalIndex, month), flagged.length),
  ];
  return [{
    type: 'table',
    table: {
      key: 'usage',
      title: t('usage:report.title'),
      caption: t('usage:report.caption', { month: formatMonth(lang, month) }),
      columns: [
        { label: t('status.column.code'), kind: 'text' },
        { label: layout.nameLabel, kind: 'text' },
        { label: t('usage:report.activeUsers'), kind: 'integer' },
        { label: t('usage:report.holders'), kind: 'integer' },
        { label: t('usage:report.activeShare'), kind: 'percent' },
        { label: t('usage:report.targetPercent'), kind: 'percent' },
        { label: t('usage:report.signInsPerMember'), kind: 'decimal' },
        { label: t('usage:report.targetSignIns'), kind: 'decimal' },
        { label: t('usage:report.unused'), kind: 'integer' },
      ],
      rows,
      ...(totals ? { totals } : {}),
      emptyText: t('usage:report.noData'),
    },
  }];
}

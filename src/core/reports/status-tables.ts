// The tables the national and region status reports share, one per theme:
// rollout, ownership gaps by role, training and support. Each has one row per
// region or unit and a totals row, with every label in the report's language.
import { formatDate } from '../../shared/format';
import { positionColour, positionCountLabel } from '../../shared/progress';
import type { RolloutFigures } from '../../shared/types-rollout';
import type { BuildContext } from './build-context';
import type { ReportBlock, ReportCell, ReportChart, ReportColumn, ReportTable } from './model';
import { statusFiguresOr, type StatusData, type StatusFigures } from './status-figures';
import { solvedLocallyShare } from './status-support';

export interface StatusRow {
  /** The key the figures are grouped under (a region's or a unit's id). */
  id: number;
  code: string;
  name: string;
}

export interface StatusLayout {
  /** Heading of the name column: "Region" or "Unit". */
  nameLabel: string;
  rows: StatusRow[];
  /** Shown in the totals row's name cell. */
  totalLabel: string;
  /** Shown instead of an empty table. */
  emptyText: string;
  /** A sentence added to every caption, such as what the total holds. */
  note?: string;
}

type Theme = 'rollout' | 'gaps' | 'training' | 'support';

const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/** Units per progress bucket: not planned, not started, done through each stage (rollUp's order). */
export function positionCounts(f: RolloutFigures): number[] {
  return f.positions.map((p) => p.units);
}

/** The bucket names, in the same order; the last stage's bucket reads "all stages done". */
function positionLabels(ctx: BuildContext, data: StatusData): string[] {
  const names = new Map(data.stages.map((s) => [s.id, s.name]));
  const last = data.stages[data.stages.length - 1]?.id ?? null;
  return data.total.rollout.positions.map((p) => positionCountLabel(ctx.t, p, (id) => names.get(id) ?? '–', last));
}

function columns(ctx: BuildContext, data: StatusData, theme: Theme): ReportColumn[] {
  const { t } = ctx;
  const int = (key: string): ReportColumn => ({ label: t(`status.column.${key}`), kind: 'integer' });
  const pct = (key: string): ReportColumn => ({ label: t(`status.column.${key}`), kind: 'percent' });
  switch (theme) {
    case 'rollout':
      return [
        int('units'),
        ...positionLabels(ctx, data).map((label): ReportColumn => ({ label, kind: 'integer' })),
        pct('shareLive'), pct('shareDone'), int('readyToConfirm'), int('late'), int('blocked'), int('atRisk'),
      ];
    case 'gaps':
      return [...data.roles.map((r): ReportColumn => ({ label: r.name, kind: 'integer' })), int('gapTotal')];
    case 'training':
      return [int('holders'), pct('basicShare'), int('superUsers'), int('superUsersAdvanced'), int('refresherOverdue'), int('newcomersUntrained')];
    case 'support':
      return [int('openNow'), int('opened'), int('resolved'), pct('solvedLocally'), int('breaches')];
  }
}

function cells(data: StatusData, theme: Theme, f: StatusFigures): ReportCell[] {
  switch (theme) {
    case 'rollout': {
      const r = f.rollout;
      return [
        r.units, ...positionCounts(r),
        share(f.live, r.units), r.units === 0 ? null : r.shareDone, r.readyToConfirm, r.late, r.blocked, r.atRisk,
      ];
    }
    case 'gaps':
      return [...data.roles.map((role) => f.gaps.get(role.id) ?? 0), f.gapTotal];
    case 'training': {
      const tr = f.training;
      return [tr.holders, share(tr.basicValid, tr.holders), tr.superUsers, tr.superUsersAdvanced, tr.refresherOverdue, tr.newcomersUntrained];
    }
    case 'support': {
      const s = f.support;
      return [s.openNow, s.opened, s.resolved, solvedLocallyShare(s), s.breaches];
    }
  }
}

function caption(ctx: BuildContext, data: StatusData, theme: Theme, note: string | undefined): string {
  const { t, settings, lang, request } = ctx;
  const parts: string[] = [];
  switch (theme) {
    case 'rollout':
      parts.push(t('common:progress.legend'));
      parts.push(t('status.rollout.caption', { live: data.liveStage?.name ?? '–' }));
      parts.push(t('status.rollout.risk', { count: settings.atRiskDays, percent: settings.atRiskPercent }));
      break;
    case 'gaps':
      parts.push(t('status.gaps.caption', { count: settings.expiryDays }));
      break;
    case 'training':
      parts.push(t('status.training.caption', { count: settings.newcomerDays }));
      break;
    case 'support': {
      const period = request.period;
      if (period) parts.push(t('status.support.caption', { from: formatDate(lang, period.from), to: formatDate(lang, period.to) }));
      break;
    }
  }
  if (request.resolvedWave) parts.push(t('status.waveNote', { wave: request.resolvedWave.name }));
  if (note) parts.push(note);
  return parts.join(' ');
}

function table(ctx: BuildContext, data: StatusData, layout: StatusLayout, theme: Theme): ReportTable {
  const { t } = ctx;
  return {
    key: theme,
    title: t(`status.${theme}.title`),
    caption: caption(ctx, data, theme, layout.note),
    columns: [{ label: t('status.column.code'), kind: 'text' }, { label: layout.nameLabel, kind: 'text' }, ...columns(ctx, data, theme)],
    rows: layout.rows.map((row) => [row.code, row.name, ...cells(data, theme, statusFiguresOr(data, row.id))]),
    totals: [null, layout.totalLabel, ...cells(data, theme, data.total)],
    emptyText: layout.emptyText,
  };
}

/** The four theme tables, in the order the issue lists them. */
export function statusTables(ctx: BuildContext, data: StatusData, layout: StatusLayout): ReportBlock[] {
  return (['rollout', 'gaps', 'training', 'support'] as const).map((theme) => ({ type: 'table', table: table(ctx, data, layout, theme) }));
}

/** A stacked-bar chart of units per progress bucket: one bar per category, one segment per bucket (counts from positionCounts). */
export function stageChart(
  ctx: BuildContext,
  data: StatusData,
  chart: { key: string; title: string; description: string },
  bars: Array<{ label: string; counts: number[] }>,
): ReportChart {
  const labels = positionLabels(ctx, data);
  const last = data.stages[data.stages.length - 1]?.id ?? null;
  const colours = data.total.rollout.positions.map((p, i) => positionColour(p, i - 2, last));
  return {
    ...chart,
    description: `${chart.description} ${ctx.t('common:progress.legend')}`,
    categories: bars.map((b) => b.label),
    series: labels.map((label, i) => ({ label, colour: colours[i], values: bars.map((b) => b.counts[i] ?? 0) })),
  };
}

// The executive summary that opens the national, region and wave reports: the
// share live, how many units are late, blocked and at risk, the open cases
// over target, and the five regions or units that most need attention, with
// why. The rollout figures are the dashboard's own roll-up (rollUp) handed in
// by the builders, and the cases over target are the case list's "overdue"
// (its stored overdue_at, counted per unit in cases-read.ts), so the summary never
// disagrees with the screens.
import type { TFunction } from 'i18next';
import { formatNumber, formatPercent } from '../../shared/format';
import type { Lang } from '../../shared/types';
import type { RolloutFigures } from '../../shared/types-rollout';
import type { ReportBlock, ReportCell, ReportFact } from './model';

export interface SummaryFigures {
  rollout: RolloutFigures;
  /** Units whose 'live' stage is done. */
  live: number;
  /** Open (or waiting) cases past their holding tier's target now. */
  overdueCases: number;
}

export interface SummaryRow extends SummaryFigures {
  code: string;
  name: string;
}

export interface SummaryInput {
  /** 'regions' ranks regions by their counts (national); 'units' ranks single units (region, wave). */
  subject: 'regions' | 'units';
  total: SummaryFigures;
  rows: SummaryRow[];
}

/** How many rows the attention list shows. */
export const ATTENTION_ROWS = 5;

/** Late first (the plan is measured by dates), then blocked, at risk, cases over target; ties by code. */
function needsAttention(rows: SummaryRow[]): SummaryRow[] {
  const weight = (r: SummaryRow) => [r.rollout.late, r.rollout.blocked, r.rollout.atRisk, r.overdueCases];
  return rows
    .filter((r) => weight(r).some((n) => n > 0))
    .sort((a, b) => {
      const [wa, wb] = [weight(a), weight(b)];
      for (let i = 0; i < wa.length; i += 1) if ((wa[i] ?? 0) !== (wb[i] ?? 0)) return (wb[i] ?? 0) - (wa[i] ?? 0);
      return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
    })
    .slice(0, ATTENTION_ROWS);
}

/** Why a row is listed, in words: "2 late units, 1 blocked unit" for a region, "Late, blocked" for a unit. */
function reason(t: TFunction, lang: Lang, subject: SummaryInput['subject'], r: SummaryRow): string {
  const parts: Array<[string, number]> = [
    ['late', r.rollout.late],
    ['blocked', r.rollout.blocked],
    ['atRisk', r.rollout.atRisk],
    ['overdueCases', r.overdueCases],
  ];
  const shown = parts.filter(([, n]) => n > 0);
  if (subject === 'units') {
    const words = shown.map(([key, n]) => (key === 'overdueCases' ? t('report:summary.why.cases', { count: n }) : t(`report:summary.why.unit.${key}`)));
    const text = words.join(', ');
    return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
  }
  return shown.map(([key, n]) => t(`report:summary.why.${key}`, { count: n })).join(', ');
}

/** The summary's two blocks: the key figures, then the attention list. */
export function summaryBlocks(t: TFunction, lang: Lang, input: SummaryInput): ReportBlock[] {
  const { total } = input;
  const units = total.rollout.units;
  const figure = (key: string, n: number): ReportFact => ({ label: t(`report:summary.fact.${key}`), value: formatNumber(lang, n), number: { kind: 'integer', value: n } });
  const liveShare = units === 0 ? null : total.live / units;
  const facts: ReportFact[] = [
    {
      label: t('report:summary.fact.shareLive'),
      value: liveShare === null ? '–' : t('report:summary.liveValue', { share: formatPercent(lang, liveShare), live: formatNumber(lang, total.live), units: formatNumber(lang, units) }),
      number: { kind: 'percent', value: liveShare },
    },
    figure('late', total.rollout.late),
    figure('blocked', total.rollout.blocked),
    figure('atRisk', total.rollout.atRisk),
    figure('overdueCases', total.overdueCases),
  ];
  const listed = needsAttention(input.rows);
  const nameKey = input.subject === 'regions' ? 'region' : 'unit';
  return [
    { type: 'facts', facts: { key: 'summary', title: t('report:summary.title'), items: facts } },
    {
      type: 'table',
      table: {
        key: 'attention',
        title: t(`report:summary.attention.title.${input.subject}`),
        caption: t('report:summary.attention.caption', { count: ATTENTION_ROWS }),
        columns: [
          { label: t(`report:summary.column.${nameKey}`), kind: 'text' },
          { label: t('report:summary.column.code'), kind: 'text' },
          { label: t('report:summary.column.why'), kind: 'text' },
        ],
        rows: listed.map((r): ReportCell[] => [r.name, r.code, reason(t, lang, input.subject, r)]),
        emptyText: t('report:summary.attention.empty'),
      },
    },
  ];
}

/** The cases over target per row (as `rowOf` groups the units in scope) and in all. */
export function overdueByRow(
  byUnit: ReadonlyMap<number, number>,
  inScope: (unitId: number) => boolean,
  rowOf: (unitId: number) => number,
): { rows: Map<number, number>; total: number } {
  const rows = new Map<number, number>();
  let total = 0;
  for (const [unitId, n] of byUnit) {
    if (!inScope(unitId)) continue;
    const key = rowOf(unitId);
    rows.set(key, (rows.get(key) ?? 0) + n);
    total += n;
  }
  return { rows, total };
}

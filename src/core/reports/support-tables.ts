// The support report's blocks, straight from supportMetrics: totals, then by
// region, by tier, and the most common problems. Durations are hours, counted
// the way each tier's target is (business hours or all hours).
import type { TFunction } from 'i18next';
import { formatDecimal, formatNumber, formatPercent } from '../../shared/format';
import type { Lang } from '../../shared/types';
import type { SupportMetrics } from '../../shared/types-support';
import type { ReportFact, ReportFacts, ReportTable } from './model';

/** Minutes as hours for a decimal cell; null stays null (no cases to measure). */
export const hours = (minutes: number | null): number | null => (minutes === null ? null : minutes / 60);

export function supportFacts(t: TFunction, lang: Lang, m: SupportMetrics): ReportFacts {
  const none = t('report:support.fact.none');
  const h = (label: string, minutes: number | null): ReportFact => {
    const value = hours(minutes);
    const shown = value === null ? none : t('report:support.fact.hours', { hours: formatDecimal(lang, value) });
    return { label, value: shown, number: { kind: 'hours', value } };
  };
  const count = (label: string, n: number): ReportFact => ({ label, value: formatNumber(lang, n), number: { kind: 'integer', value: n } });
  return {
    key: 'totals',
    title: t('report:support.fact.title'),
    items: [
      count(t('report:support.fact.opened'), m.opened),
      count(t('report:support.fact.resolved'), m.resolved),
      {
        label: t('report:support.fact.solvedLocally'),
        value: m.solvedLocallyShare === null ? none : formatPercent(lang, m.solvedLocallyShare),
        number: { kind: 'percent', value: m.solvedLocallyShare },
      },
      h(t('report:support.fact.firstResponseMedian'), m.firstResponse.medianMinutes),
      h(t('report:support.fact.firstResponseP90'), m.firstResponse.p90Minutes),
      h(t('report:support.fact.resolutionMedian'), m.resolution.medianMinutes),
      h(t('report:support.fact.resolutionP90'), m.resolution.p90Minutes),
    ],
  };
}

export function regionTable(t: TFunction, m: SupportMetrics): ReportTable {
  return {
    key: 'regions',
    title: t('report:support.region.title'),
    columns: [
      { label: t('report:support.region.column.region'), kind: 'text' },
      { label: t('report:support.region.column.opened'), kind: 'integer' },
      { label: t('report:support.region.column.resolved'), kind: 'integer' },
      { label: t('report:support.region.column.solvedLocally'), kind: 'percent' },
      { label: t('report:support.region.column.breaches'), kind: 'integer' },
    ],
    rows: m.byRegion.map((r) => [r.name ?? t('report:support.region.outside'), r.opened, r.resolved, r.solvedLocallyShare, r.breaches]),
    totals: [
      t('report:support.region.total'), m.opened, m.resolved, m.solvedLocallyShare,
      m.byRegion.reduce((n, r) => n + r.breaches, 0),
    ],
    emptyText: t('report:support.region.empty'),
  };
}

export function tierTable(t: TFunction, m: SupportMetrics): ReportTable {
  return {
    key: 'tiers',
    title: t('report:support.tier.title'),
    caption: t('report:support.tier.caption'),
    columns: [
      { label: t('report:support.tier.column.tier'), kind: 'text' },
      { label: t('report:support.tier.column.cases'), kind: 'integer' },
      { label: t('report:support.tier.column.responseBreaches'), kind: 'integer' },
      { label: t('report:support.tier.column.resolutionBreaches'), kind: 'integer' },
      { label: t('report:support.tier.column.firstResponseMedian'), kind: 'decimal' },
      { label: t('report:support.tier.column.firstResponseP90'), kind: 'decimal' },
    ],
    rows: m.byTier.map((r) => [
      t(`report:support.tier.name.${r.tier}`), r.cases, r.responseBreaches, r.resolutionBreaches,
      hours(r.firstResponse.medianMinutes), hours(r.firstResponse.p90Minutes),
    ]),
  };
}

export function problemTable(t: TFunction, lang: Lang, m: SupportMetrics): ReportTable {
  return {
    key: 'problems',
    title: t('report:support.problem.title'),
    columns: [
      { label: t('report:support.problem.column.problem'), kind: 'text' },
      { label: t('report:support.problem.column.cases'), kind: 'integer' },
    ],
    rows: m.topProblems.map((p) => [(lang === 'nb' ? p.titleNb : p.titleEn) ?? t('report:support.problem.unknown'), p.cases]),
    emptyText: t('report:support.problem.empty'),
  };
}

// Support for a period: the support metrics as totals, by region, by tier and
// by problem. With a region filter, every figure is that region's.
import type { TFunction } from 'i18next';
import { formatDate, formatNumber } from '../../shared/format';
import type { Lang } from '../../shared/types';
import { supportMetrics } from '../support/metrics';
import { modelHead, type BuildContext } from './build-context';
import type { ReportModel } from './model';
import { problemTable, regionTable, supportFacts, tierTable } from './support-tables';
import { asciiStem } from './file-stem';

/** "1.–30. november 2026" within one month, else both dates in full. */
function periodText(t: TFunction, lang: Lang, from: string, to: string): string {
  if (from.slice(0, 7) === to.slice(0, 7) && from !== to) {
    return t('report:support.periodSameMonth', { fromDay: formatNumber(lang, Number(from.slice(8, 10))), to: formatDate(lang, to) });
  }
  return from === to ? formatDate(lang, from) : t('report:common.periodValue', { from: formatDate(lang, from), to: formatDate(lang, to) });
}

export async function buildSupportReport(ctx: BuildContext): Promise<ReportModel> {
  const { em, t, lang, request, signal } = ctx;
  const period = request.period;
  if (!period) throw new Error('a support report needs a period'); // resolveRequest always sets one
  // A region (resolveRequest takes nothing else) narrows every figure; none means the whole organization.
  const region = request.resolvedUnit;
  ctx.progress(0.1);
  signal.throwIfAborted();
  const metrics = await supportMetrics(em, { from: period.from, to: period.to, regionId: region?.id ?? null });
  ctx.progress(0.9);
  signal.throwIfAborted();

  const when = periodText(t, lang, period.from, period.to);
  const head = await modelHead(ctx, {
    title: region ? t('report:support.titleRegion', { period: when, name: region.name, code: region.code }) : t('report:support.title', { period: when }),
    fileStem: asciiStem(region
      ? t('report:support.stemRegion', { code: region.code, from: period.from, to: period.to })
      : t('report:support.stem', { from: period.from, to: period.to })),
    landscape: false,
  });
  ctx.progress(1);
  return {
    ...head,
    blocks: [
      { type: 'facts', facts: supportFacts(t, lang, metrics) },
      { type: 'table', table: regionTable(t, metrics) },
      { type: 'table', table: tierTable(t, metrics) },
      { type: 'table', table: problemTable(t, lang, metrics) },
    ],
  };
}

// What every report builder gets, and the parts every report shares: the
// organization's name, the date, the filters used and the language.
import type { TFunction } from 'i18next';
import type { EntityManager } from 'typeorm';
import { formatDate } from '../../shared/format';
import type { AppSettings, Lang } from '../../shared/types';
import type { ResolvedRequest } from './filters';
import type { ReportModel } from './model';
import { getLogo } from '../services/logo';

export interface BuildContext {
  /** Inside the database queue: read freely, write nothing. */
  em: EntityManager;
  /** Bound to the report's language, default namespace 'report'. */
  t: TFunction;
  lang: Lang;
  /** Oslo calendar date the figures are for. */
  today: string;
  now: Date;
  settings: AppSettings;
  request: ResolvedRequest;
  /** Progress within the data step, 0..1. */
  progress(fraction: number): void;
  /** Aborts on cancel; check it between queries (signal.throwIfAborted()). */
  signal: AbortSignal;
}

export type ReportBuilder = (ctx: BuildContext) => Promise<ReportModel>;

/**
 * The organization's name: the national (top-level) units' names, or '' for an
 * organization without units, which the reports then leave out rather than call it
 * by the app's name.
 */
export async function organizationName(em: EntityManager): Promise<string> {
  const rows: Array<{ name: string }> = await em.query(
    'SELECT u.name FROM unit u JOIN level l ON l.id = u.level_id WHERE u.parent_id IS NULL AND u.archived = FALSE ORDER BY u.code, u.id',
  );
  return rows.map((r) => r.name).join(', ');
}

/** The filters as the report prints them, in the report's language. */
export function describeFilters(ctx: Pick<BuildContext, 't' | 'lang' | 'request'>): ReportModel['filters'] {
  const { t, lang, request } = ctx;
  const filters: ReportModel['filters'] = [];
  if (request.resolvedUnit) filters.push({ label: t('report:common.filterUnit'), value: `${request.resolvedUnit.name} (${request.resolvedUnit.code})` });
  if (request.resolvedWave) filters.push({ label: t('report:common.filterWave'), value: request.resolvedWave.name });
  if (request.period) {
    const value = t('report:common.periodValue', { from: formatDate(lang, request.period.from), to: formatDate(lang, request.period.to) });
    filters.push({ label: t('report:common.filterPeriod'), value: request.period.defaulted ? t('report:common.periodDefault', { period: value }) : value });
  }
  filters.push({ label: t('report:common.filterLanguage'), value: t(`report:common.language.${lang}`) });
  return filters;
}

/** The shared head of a model: title, organization, dates, filters. Builders add their blocks. */
export async function modelHead(
  ctx: BuildContext,
  head: { title: string; fileStem: string; landscape: boolean },
): Promise<Omit<ReportModel, 'blocks'>> {
  return {
    kind: ctx.request.kind,
    lang: ctx.lang,
    title: head.title,
    organization: await organizationName(ctx.em),
    logo: await getLogo(ctx.em),
    today: ctx.today,
    generatedAt: ctx.now.toISOString(),
    filters: describeFilters(ctx),
    fileStem: head.fileStem,
    landscape: head.landscape,
  };
}

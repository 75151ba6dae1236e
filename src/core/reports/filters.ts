// Checks a report request's filters against what its kind takes and resolves
// them to rows: a unit code to the unit, a wave name to the wave, and the
// support period (30 days up to today when left out). Each refusal is a
// REPORT_FILTER error whose `context` picks the translated sentence.
import type { EntityManager } from 'typeorm';
import { REPORT_FILTERS, type ReportKind, type ReportRequest } from '../../shared/types-reports';
import { AppError } from '../errors';
import { addDays } from '../ownership/dates';

export interface ResolvedUnit {
  id: number;
  code: string;
  name: string;
  /** 0 national, 1 region, and so on down. */
  levelRank: number;
}

export interface ResolvedRequest extends ReportRequest {
  resolvedUnit: ResolvedUnit | null;
  resolvedWave: { id: number; name: string } | null;
  /** Set for the kinds that take a period. */
  period: { from: string; to: string; defaulted: boolean } | null;
}

/** The default support period: the 30 days ending today. */
export const DEFAULT_PERIOD_DAYS = 30;

function refuse(kind: ReportKind, context: string, details: Record<string, unknown> = {}): AppError {
  return new AppError('REPORT_FILTER', `Report filter refused: ${context}`, { kind, context, ...details });
}

/** Kinds whose unit must be a region (level rank 1). */
const REGION_ONLY: ReadonlySet<ReportKind> = new Set(['region', 'support']);

async function resolveUnit(em: EntityManager, request: ReportRequest): Promise<ResolvedUnit | null> {
  const { kind, unit } = request;
  const rule = REPORT_FILTERS[kind].unit;
  if (unit === null) {
    if (rule === 'required') throw refuse(kind, 'unit_required');
    return null;
  }
  if (rule === 'no') throw refuse(kind, 'unit_unused', { value: unit });
  const rows: Array<{ id: number; code: string; name: string; archived: number | boolean; levelRank: number }> = await em.query(
    'SELECT u.id, u.code, u.name, u.archived, l.rank AS "levelRank" FROM unit u JOIN level l ON l.id = u.level_id WHERE u.code = ?',
    [unit],
  );
  const row = rows[0];
  if (!row) throw refuse(kind, 'unit_unknown', { value: unit });
  if (row.archived) throw refuse(kind, 'unit_archived', { value: row.code, name: row.name });
  if (REGION_ONLY.has(kind) && row.levelRank !== 1) throw refuse(kind, 'unit_not_region', { value: row.code, name: row.name });
  return { id: row.id, code: row.code, name: row.name, levelRank: row.levelRank };
}

async function resolveWave(em: EntityManager, request: ReportRequest): Promise<{ id: number; name: string } | null> {
  const { kind, wave } = request;
  const rule = REPORT_FILTERS[kind].wave;
  if (wave === null) {
    if (rule === 'required') throw refuse(kind, 'wave_required');
    return null;
  }
  if (rule === 'no') throw refuse(kind, 'wave_unused', { value: wave });
  const rows: Array<{ id: number; name: string }> = await em.query('SELECT id, name FROM wave WHERE name = ?', [wave]);
  const row = rows[0];
  if (!row) throw refuse(kind, 'wave_unknown', { value: wave });
  return row;
}

function resolvePeriod(request: ReportRequest, today: string): ResolvedRequest['period'] {
  const { kind, from, to } = request;
  if (!REPORT_FILTERS[kind].period) {
    if (from !== null || to !== null) throw refuse(kind, 'period_unused', { value: from ?? to });
    return null;
  }
  if (from === null && to === null) return { from: addDays(today, 1 - DEFAULT_PERIOD_DAYS), to: today, defaulted: true };
  if (from === null || to === null) throw refuse(kind, 'period_half', { value: from ?? to });
  if (from > to) throw refuse(kind, 'period_order', { from, to });
  return { from, to, defaulted: false };
}

export async function resolveRequest(em: EntityManager, request: ReportRequest, today: string): Promise<ResolvedRequest> {
  if (request.appendix && !REPORT_FILTERS[request.kind].appendix) throw refuse(request.kind, 'appendix_unused');
  const period = resolvePeriod(request, today);
  const resolvedUnit = await resolveUnit(em, request);
  const resolvedWave = await resolveWave(em, request);
  return { ...request, resolvedUnit, resolvedWave, period };
}

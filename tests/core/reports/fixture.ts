// Shared data for the report builder tests: the demo organization (a national
// office, 15 regions, 357 chapters) with two waves, stage progress (done,
// blocked, late, at risk), role assignments with gaps of every kind, training
// with attendance, and support cases (open, waiting, solved locally,
// escalated, one SLA breach, one before the period, one at the national
// office). Everything goes through the contract, as a user would make it.
// Today is Sunday 15 March 2026; the default support period is 14 Feb – 15 Mar.
import { TZDate } from '@date-fns/tz';
import type { BuildContext, ReportBuilder } from '../../../src/core/reports/build-context';
import { resolveRequest } from '../../../src/core/reports/filters';
import type { ReportCell, ReportModel, ReportTable } from '../../../src/core/reports/model';
import { reportT } from '../../../src/core/reports/translate';
import { getSettings } from '../../../src/core/services/settings';
import { osloDate } from '../../../src/shared/dates';
import type { ReportRequest } from '../../../src/shared/types-reports';
import { openTestCore, type TestCore } from '../../support/db';

/** 2026-03-15 in Oslo, 13:00. */
export const REPORT_NOW = new Date('2026-03-15T12:00:00Z');
export const REPORT_TODAY = '2026-03-15';

export const STAGE_KEYS = ['anchored', 'super_user', 'basic_training', 'access_ready', 'live', 'follow_up'] as const;
export type StageKey = (typeof STAGE_KEYS)[number];

/** 'YYYY-MM-DD HH:MM' on the wall clock in Oslo. */
export function oslo(wall: string): Date {
  const [date = '', time = '00:00'] = wall.split(' ');
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  return new Date(new TZDate(y, m - 1, d, h, min, 'Europe/Oslo').getTime());
}

export interface ReportFixture {
  core: TestCore;
  /** Moves "now" for the calls that follow; the fixture leaves it at REPORT_NOW. */
  setNow(instant: Date): void;
  /** Unit id by code ('NO', '46', '4601' …). */
  unit(code: string): number;
  role(key: string): number;
  stage(key: StageKey): number;
  /** Etappe 1: Vestland (46) and Oslo (03), ends 2026-03-25; Etappe 2: Rogaland (11), from April. */
  waves: { first: { id: number; name: string }; second: { id: number; name: string } };
  /** Person ids by first name. */
  people: Record<string, number>;
  /** Support case ids by what they show. */
  cases: Record<'localFix' | 'escalated' | 'breach' | 'regionOpen' | 'beforePeriod' | 'waiting' | 'national', number>;
}

/** Six stage dates: two weeks apart from `first`. */
function stageDates(first: string): string[] {
  const start = new Date(`${first}T00:00:00Z`).getTime();
  return STAGE_KEYS.map((_, i) => new Date(start + i * 14 * 86_400_000).toISOString().slice(0, 10));
}

export async function openReportFixture(): Promise<ReportFixture> {
  let clock = REPORT_NOW;
  const core = await openTestCore({ now: () => clock });
  const setNow = (instant: Date) => {
    clock = instant;
  };
  await core.call('demo.load', {});
  const units = new Map((await core.call('units.tree', {})).map((u) => [u.code, u.id]));
  const roles = new Map((await core.call('roles.list')).map((r) => [r.key, r.id]));
  const stages = new Map((await core.call('stages.list')).map((s) => [s.key, s.id]));
  const types = new Map((await core.call('trainingTypes.list')).map((t) => [t.key, t.id]));
  const lookup = (map: Map<string | null, number>, what: string) => (key: string): number => {
    const id = map.get(key);
    if (id === undefined) throw new Error(`no ${what} ${key}`);
    return id;
  };
  const unit = lookup(units, 'unit');
  const role = lookup(roles, 'role');
  const stage = lookup(stages, 'stage') as (key: StageKey) => number;
  const type = lookup(types, 'training type');

  // Waves. Etappe 1 is well under way and ends within the at-risk window (14 days).
  const wave = async (name: string, plannedStart: string, plannedEnd: string, firstStage: string, regions: string[]) => {
    const w = await core.call('waves.create', { name, plannedStart, plannedEnd });
    const dates = stageDates(firstStage);
    for (const [i, key] of STAGE_KEYS.entries()) {
      await core.call('waves.setStageDate', { waveId: w.id, stageId: stage(key), plannedDate: dates[i] ?? plannedEnd });
    }
    for (const code of regions) await core.call('waves.addRegion', { waveId: w.id, regionId: unit(code) });
    return { id: w.id, name: w.name };
  };
  // Stages 2026-01-05, -19, 02-02, -16, 03-02, -16: by today only follow-up is not due.
  const first = await wave('Etappe 1', '2026-01-05', '2026-03-25', '2026-01-05', ['46', '03']);
  const second = await wave('Etappe 2', '2026-04-01', '2026-06-30', '2026-04-06', ['11']);

  // Progress: every unit of Vestland and Oslo anchored; a few further along.
  for (const code of ['46', '03']) {
    await core.call('rollout.bulk', { scope: 'region', scopeId: unit(code), stageId: stage('anchored'), action: 'done', doneDate: '2026-01-05' });
  }
  const setStage = async (code: string, key: StageKey, state: 'done' | 'in_progress' | 'blocked', extra: { doneDate?: string; blockedReason?: string } = {}) => {
    await core.call('rollout.setStage', { unitId: unit(code), stageId: stage(key), state, ...extra });
  };
  for (const key of STAGE_KEYS) await setStage('4601', key, 'done', { doneDate: '2026-03-02' }); // Bergen: all done
  for (const key of STAGE_KEYS.slice(1, 5)) await setStage('0301', key, 'done', { doneDate: '2026-03-02' }); // Oslo: live, follow-up left
  for (const key of STAGE_KEYS.slice(1, 3)) await setStage('4602', key, 'done', { doneDate: '2026-02-01' });
  await setStage('4602', 'access_ready', 'blocked', { blockedReason: 'Venter på lisenser' }); // Kinn: blocked
  await setStage('4611', 'super_user', 'in_progress');
  await setStage('46', 'super_user', 'done', { doneDate: '2026-01-19' });
  await setStage('1103', 'anchored', 'done', { doneDate: '2026-03-01' }); // Stavanger: early in Etappe 2
  await setStage('5001', 'anchored', 'blocked', { blockedReason: 'Ingen leder' }); // Trondheim: in no wave, blocked

  // People and roles: some slots filled, one expiring, one vacant, many missing.
  const people: Record<string, number> = {};
  for (const name of ['Kari', 'Per', 'Anne', 'Ola', 'Siri', 'Jon', 'Eva', 'Mona', 'Tor', 'Liv', 'Nils']) {
    people[name] = (await core.call('people.create', { name: `${name} Nordmann` })).id;
  }
  const assign = async (name: string, roleKey: string, code: string, startDate: string, endDate: string | null = null) => {
    await core.call('assignments.create', { personId: people[name] ?? 0, roleId: role(roleKey), unitId: unit(code), startDate, endDate });
  };
  await assign('Kari', 'system_owner', 'NO', '2025-01-01');
  await assign('Per', 'functional_owner', 'NO', '2025-01-01', '2026-04-01'); // expiring within 30 days
  await assign('Kari', 'functional_group', 'NO', '2025-01-01'); // 1 of 2
  await assign('Anne', 'sponsor', '46', '2025-06-01');
  await assign('Ola', 'super_user', '46', '2025-06-01');
  await assign('Siri', 'super_user', '4601', '2025-09-01');
  await assign('Siri', 'local_support', '4601', '2025-09-01');
  await assign('Jon', 'chapter_leader', '4601', '2025-01-01');
  await assign('Eva', 'chapter_leader', '4602', '2024-01-01', '2026-02-01'); // Kinn: vacant since
  await assign('Mona', 'super_user', '0301', '2026-03-01'); // a newcomer, untrained
  await assign('Tor', 'chapter_leader', '0301', '2024-05-01');
  await assign('Liv', 'chapter_leader', '1103', '2025-03-01');
  await assign('Nils', 'sponsor', '11', '2025-03-01');

  // Training: basic for most, advanced for two super-users, an old basic (refresher overdue) for Tor.
  const session = async (typeKey: string, date: string, code: string, names: string[]) => {
    await core.call('trainingSessions.create', {
      typeId: type(typeKey), date, unitId: unit(code), format: 'in_person', attendeeIds: names.map((n) => people[n] ?? 0),
    });
  };
  await session('basic', '2026-01-20', '4601', ['Siri', 'Jon', 'Ola', 'Anne']);
  await session('advanced', '2026-02-10', '46', ['Ola', 'Siri']);
  await session('basic', '2024-09-01', '0301', ['Tor']);
  await session('basic', '2025-10-01', '1103', ['Liv']);

  // Support cases in the week of Monday 9 March (business hours 08–16, chapter first response 240 minutes).
  const at = async <T>(wall: string, fn: () => Promise<T>): Promise<T> => {
    setNow(oslo(wall));
    return fn();
  };
  const open = (wall: string, code: string) =>
    at(wall, () => core.call('cases.open', { unitId: unit(code), reporterName: 'Ola Medlem', description: 'Kommer ikke inn' }));
  const beforePeriod = await open('2026-01-12 09:00', '4601'); // still open, opened before the period
  const localFix = await open('2026-03-09 09:00', '4601');
  await at('2026-03-09 09:30', () => core.call('cases.respond', { id: localFix.id }));
  await at('2026-03-09 10:00', () => core.call('cases.resolve', { id: localFix.id, resolution: 'Nytt passord' }));
  const escalated = await open('2026-03-09 10:00', '4602');
  await at('2026-03-09 10:30', () => core.call('cases.respond', { id: escalated.id }));
  await at('2026-03-09 11:00', () => core.call('cases.escalate', { id: escalated.id, reason: 'Krever admin' }));
  await at('2026-03-09 11:30', () => core.call('cases.respond', { id: escalated.id }));
  await at('2026-03-09 12:00', () => core.call('cases.resolve', { id: escalated.id, resolution: 'Rettighet gitt' }));
  const breach = await open('2026-03-10 08:00', '0301'); // answered after 360 > 240 minutes: a response breach
  await at('2026-03-10 14:00', () => core.call('cases.respond', { id: breach.id }));
  const regionOpen = await open('2026-03-11 09:00', '1103');
  await at('2026-03-11 09:30', () => core.call('cases.escalate', { id: regionOpen.id, reason: 'Trenger regionen' }));
  const waiting = await open('2026-03-12 10:00', '5001');
  await at('2026-03-12 10:15', () => core.call('cases.wait', { id: waiting.id }));
  const national = await open('2026-03-13 09:00', 'NO');
  await at('2026-03-13 09:10', () => core.call('cases.respond', { id: national.id }));
  setNow(REPORT_NOW);

  return {
    core,
    setNow,
    unit,
    role,
    stage,
    waves: { first, second },
    people,
    cases: {
      localFix: localFix.id, escalated: escalated.id, breach: breach.id, regionOpen: regionOpen.id,
      beforePeriod: beforePeriod.id, waiting: waiting.id, national: national.id,
    },
  };
}

/** A request with the defaults a user gets: no filters, PDF, semicolon, Norwegian, no appendix. */
export function reportRequest(kind: ReportRequest['kind'], overrides: Partial<ReportRequest> = {}): ReportRequest {
  return { kind, unit: null, wave: null, from: null, to: null, format: 'pdf', separator: ';', lang: 'nb', appendix: false, ...overrides };
}

/** The context a report job gives its builder, for "now" in the core; progress reports are collected. */
export async function buildContext(core: TestCore, request: ReportRequest, signal: AbortSignal = new AbortController().signal) {
  const em = core.ds.manager;
  const now = core.ctx.now();
  const today = osloDate(now);
  const progress: number[] = [];
  const ctx: BuildContext = {
    em, t: await reportT(request.lang), lang: request.lang, today, now, settings: await getSettings(em),
    request: await resolveRequest(em, request, today), progress: (f) => progress.push(f), signal,
  };
  return { ctx, progress };
}

/** Runs a builder directly, outside the job machinery. */
export async function buildReport(core: TestCore, builder: ReportBuilder, request: ReportRequest): Promise<ReportModel> {
  return builder((await buildContext(core, request)).ctx);
}

/** The model's table with that key; fails the test when it is missing. */
export function tableOf(model: ReportModel, key: string): ReportTable {
  for (const block of model.blocks) if (block.type === 'table' && block.table.key === key) return block.table;
  throw new Error(`no table ${key} in ${model.kind} report`);
}

/** A table's rows as objects keyed by column label, for readable assertions. */
export function tableRecords(table: ReportTable): Array<Record<string, ReportCell>> {
  return table.rows.map((row) => Object.fromEntries(table.columns.map((c, i) => [c.label, row[i] ?? null])));
}

/** The totals row keyed by column label; fails the test when the table has none. */
export function totalsRecord(table: ReportTable): Record<string, ReportCell> {
  const totals = table.totals;
  if (!totals) throw new Error(`table ${table.key} has no totals row`);
  return Object.fromEntries(table.columns.map((c, i) => [c.label, totals[i] ?? null]));
}

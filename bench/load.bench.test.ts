// The team server under load: `forankring server` on PostgreSQL, started in-process
// as the CLI starts it, with 50 simulated chapter leaders working over HTTP for a
// bounded time while one import of a few hundred units runs in the middle. Prints
// calls per second and p50/p95/p99 latencies; fails on any error, on an acknowledged
// write missing from the database afterwards, or on p95 of single-unit calls ≥ 100 ms.
// Runs only when FORANKRING_BENCH_PG_URL is set.
import { performance } from 'node:perf_hooks';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/run';
import type { ImportResult } from '../src/shared/types';
import { RESOURCES_DIR } from './support/dbs';
import { BENCH_PG_URL, openRawPg, pgBenchDatabases, type PgBenchDatabases } from './support/raw-pg';
import { seededRandom } from './support/random';
import { generateOrganization, organizationCsv } from './synthetic-org';

const CLIENTS = 50;
const DURATION_MS = 25_000;
/**
 * Each simulated leader waits 1–3 s between calls: a person clicking without pause.
 * FORANKRING_BENCH_LOAD_THINK_MS=100-300 makes it a stress test instead (see bench/README.md).
 */
const THINK_MS = ((process.env.FORANKRING_BENCH_LOAD_THINK_MS ?? '1000-3000').split('-').map(Number) as [number, number]);
const IMPORT_UNITS = 300;
const P95_GOAL_MS = 100;

interface Envelope { ok: boolean; value?: unknown; error?: { code: string; message?: string } }
type Api = (method: string, input?: unknown) => Promise<Envelope>;

interface Sample { method: string; ms: number; ok: boolean; code?: string }

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

function figures(samples: readonly Sample[], seconds: number) {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  return { calls: samples.length, perSecond: samples.length / seconds, p50: percentile(ms, 50), p95: percentile(ms, 95), p99: percentile(ms, 99), max: ms.at(-1) ?? NaN };
}

const fmt = (f: ReturnType<typeof figures>) =>
  `${f.calls} calls, ${f.perSecond.toFixed(1)}/s, p50 ${f.p50.toFixed(1)} ms, p95 ${f.p95.toFixed(1)} ms, p99 ${f.p99.toFixed(1)} ms, max ${f.max.toFixed(1)} ms`;

async function startServer(url: string) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const stop = new AbortController();
  const cwd = mkdtempSync(join(tmpdir(), 'forankring-load-'));
  // An administrator account, made on the server machine; its session is shared by the simulated users.
  const admin: string[] = [];
  await runCli(['create-admin', '--database-url', url, '--email', 'bench@example.org', '--lang', 'en'], { stdout: (l) => admin.push(l), stderr: () => undefined },
    { cwd, env: {}, resourcesDir: RESOURCES_DIR, version: 'bench' });
  const code = /([A-Za-z0-9_-]{43})$/.exec(admin.find((l) => /[A-Za-z0-9_-]{43}$/.test(l)) ?? '')?.[1] ?? '';
  // The server logs a line per request; only its address is kept.
  const exited = runCli(['server', '--database-url', url, '--port', '0', '--lang', 'en'], {
    stdout: (l) => { if (l.startsWith('Forankring: ')) stdout.push(l); },
    stderr: (l) => stderr.push(l),
  }, { cwd, env: {}, resourcesDir: RESOURCES_DIR, version: 'bench', stop: stop.signal });
  for (let i = 0; i < 400 && stdout.length === 0; i += 1) {
    const early = await Promise.race([exited, new Promise((r) => setTimeout(() => r(null), 50))]);
    if (early !== null) throw new Error(`server exited ${String(early)}: ${stderr.join('\n')}`);
  }
  const page = new URL(stdout[0]?.slice('Forankring: '.length) ?? '');
  // A client that keeps the token itself (as the desktop app does) gets it in the answer.
  const accepted = await fetch(`${page.origin}/api/auth.acceptCode`, {
    method: 'POST', headers: { 'X-Forankring-Request': '1', 'X-Forankring-Client': 'app' }, body: JSON.stringify({ code, password: 'benkens eget passord' }),
  });
  const token = ((await accepted.json()) as { value?: { token?: string } }).value?.token ?? '';
  const api: Api = async (method, input = {}) => {
    const res = await fetch(`${page.origin}/api/${method}`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: JSON.stringify(input) });
    return (await res.json()) as Envelope;
  };
  return {
    api,
    stderr,
    stop: async () => {
      stop.abort();
      const code = await exited;
      rmSync(cwd, { recursive: true, force: true });
      return code;
    },
  };
}

async function value<T>(api: Api, method: string, input: unknown = {}): Promise<T> {
  const env = await api(method, input);
  if (!env.ok) throw new Error(`${method} failed: ${env.error?.code} ${env.error?.message ?? ''}`);
  return env.value as T;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** What the clients were told was written, checked in the database afterwards. */
interface Acknowledged {
  cases: Map<number, { unitId: number; responded: boolean; escalated: boolean }>;
  /** `${unitId}:${stageId}` → the last state acknowledged. */
  stages: Map<string, string>;
  /** Assignment id → its end date (null while not ended). */
  assignments: Map<number, { unitId: number; personId: number; endDate: string | null }>;
}

describe.skipIf(!BENCH_PG_URL)(`team server on PostgreSQL under load: ${CLIENTS} chapter leaders for ${DURATION_MS / 1000} s, an import in the middle`, () => {
  let dbs: PgBenchDatabases;
  beforeAll(async () => {
    dbs = await pgBenchDatabases();
  });
  afterAll(async () => {
    await dbs?.remove();
  });

  it(`answers with 0 errors, keeps every acknowledged write, and single-unit calls stay under ${P95_GOAL_MS} ms at p95`, async () => {
    const url = await dbs.fresh();
    const server = await startServer(url);
    try {
      const api = server.api;
      // The synthetic organization through the API, as an office would import it.
      const org = generateOrganization({ units: 5000, seed: 2024 });
      const importFile = async (csv: string) => {
        const file = { fileName: 'organisasjon.csv', base64: Buffer.from(csv, 'utf8').toString('base64') };
        const preview = await value<{ mapping: unknown; levels: Array<{ name: string; levelId: number }> }>(api, 'units.importPreview', file);
        return api('units.import', { ...file, mapping: preview.mapping, levelMap: Object.fromEntries(preview.levels.map((l) => [l.name, l.levelId])) });
      };
      const seeded = await importFile(organizationCsv(org));
      expect(seeded.ok, JSON.stringify(seeded.error)).toBe(true);
      const tree = await value<Array<{ id: number; code: string; levelId: number }>>(api, 'units.tree', {});
      const levels = await value<Array<{ id: number; rank: number }>>(api, 'levels.list', {});
      const rank = new Map(levels.map((l) => [l.id, l.rank]));
      // Chapter leaders lead a district (rank 2, where the catalog asks for a chapter leader and local support).
      const chapters = tree.filter((u) => rank.get(u.levelId) === 2).slice(0, CLIENTS);
      expect(chapters).toHaveLength(CLIENTS);
      const roles = await value<Array<{ id: number; key: string | null }>>(api, 'roles.list', {});
      const localSupport = roles.find((r) => r.key === 'local_support')?.id ?? 0;
      const stages = (await value<Array<{ id: number }>>(api, 'stages.list', {})).map((s) => s.id);
      const leaders: number[] = [];
      for (const [i, unit] of chapters.entries()) {
        leaders.push((await value<{ id: number }>(api, 'people.create', { name: `Kapittelleder ${i + 1}`, homeUnitId: unit.id })).id);
      }
      // A few hundred new groups under existing chapters, imported while the leaders work.
      const parents = org.filter((u) => u.depth === 3);
      const rows = Array.from({ length: IMPORT_UNITS }, (_, i) => {
        const p = parents[(i * 7) % parents.length];
        return { code: `N${String(i + 1).padStart(4, '0')}`, name: `Nygruppe ${i + 1}`, parentCode: p?.code ?? null, level: 'Gruppe', depth: 4, members: 10 + (i % 30) };
      });
      const newUnitsCsv = organizationCsv([...org, ...rows]);

      const samples: Sample[] = [];
      const failures: string[] = [];
      const acked: Acknowledged = { cases: new Map(), stages: new Map(), assignments: new Map() };
      const timedCall = async (method: string, input: unknown): Promise<Envelope> => {
        const start = performance.now();
        let env: Envelope;
        try {
          env = await api(method, input);
        } catch (err) {
          env = { ok: false, error: { code: 'FETCH_FAILED', message: String(err) } };
        }
        const ms = performance.now() - start;
        samples.push({ method, ms, ok: env.ok, ...(env.ok ? {} : { code: env.error?.code }) });
        if (!env.ok && failures.length < 20) failures.push(`${method}: ${env.error?.code} ${env.error?.message ?? ''}`);
        return env;
      };

      // Each call alone first, on an idle server: what one call costs without the crowd.
      const solo: string[] = [];
      for (const [method, input] of [
        ['units.card', { id: chapters[0]?.id }], ['rollout.unit', { unitId: chapters[0]?.id }], ['levels.list', {}],
      ] as const) {
        const ms: number[] = [];
        for (let i = 0; i < 5; i += 1) {
          const t = performance.now();
          await value(api, method, input);
          ms.push(performance.now() - t);
        }
        solo.push(`${method} ${ms.sort((a, b) => a - b)[2]?.toFixed(1)} ms`);
      }
      // The writes alone too, on a district no client uses.
      const spare = tree.filter((u) => rank.get(u.levelId) === 2)[CLIENTS]?.id ?? 0;
      const once = async (method: string, input: unknown) => {
        const t = performance.now();
        const v = await value<{ id: number }>(api, method, input);
        solo.push(`${method} ${(performance.now() - t).toFixed(1)} ms`);
        return v;
      };
      const spareCase = await once('cases.open', { unitId: spare, reporterName: 'Alene', description: '' });
      await once('cases.respond', { id: spareCase.id, note: '' });
      await once('cases.escalate', { id: spareCase.id, reason: 'Alene' });
      await once('rollout.setStage', { unitId: spare, stageId: stages[0], state: 'in_progress', blockedReason: '' });
      const spareRole = await once('assignments.create', { personId: leaders[0], roleId: localSupport, unitId: spare, startDate: '2026-01-01' });
      await once('assignments.end', { id: spareRole.id, endDate: '2026-01-02' });
      console.log(`alone (reads: median of 5): ${solo.join(', ')}`);

      const started = performance.now();
      const end = started + DURATION_MS;
      const client = async (c: number) => {
        const unitId = chapters[c]?.id ?? 0;
        const personId = leaders[c] ?? 0;
        const rng = seededRandom(1000 + c);
        const think = () => new Promise((r) => setTimeout(r, rng.int(...THINK_MS)));
        // Spread the start over the first think time.
        await think();
        for (let k = 0; performance.now() < end; k += 1) {
          await timedCall('units.card', { id: unitId });
          await think();
          await timedCall('rollout.unit', { unitId });
          await think();
          const opened = await timedCall('cases.open', { unitId, reporterName: `Medlem ${c}-${k}`, description: 'Får ikke logget inn' });
          const caseId = opened.ok ? (opened.value as { id: number }).id : null;
          if (caseId !== null) acked.cases.set(caseId, { unitId, responded: false, escalated: false });
          await think();
          if (caseId !== null && (await timedCall('cases.respond', { id: caseId, note: 'Ser på det' })).ok) {
            const ack = acked.cases.get(caseId);
            if (ack) ack.responded = true;
          }
          await think();
          const stageId = stages[k % stages.length] ?? 0;
          const state = k % 3 === 2 ? 'blocked' : 'in_progress';
          const set = await timedCall('rollout.setStage', { unitId, stageId, state, blockedReason: state === 'blocked' ? 'Venter på utstyr' : '' });
          if (set.ok) acked.stages.set(`${unitId}:${stageId}`, state);
          await think();
          if (caseId !== null && rng.chance(0.5) && (await timedCall('cases.escalate', { id: caseId, reason: 'Trenger hjelp fra regionen' })).ok) {
            const ack = acked.cases.get(caseId);
            if (ack) ack.escalated = true;
          }
          await think();
          // A role held for one day, then ended: days never overlap, so no ALREADY_ASSIGNED.
          const startDate = addDays('2027-01-01', 2 * k);
          const made = await timedCall('assignments.create', { personId, roleId: localSupport, unitId, startDate });
          await think();
          if (made.ok) {
            const id = (made.value as { id: number }).id;
            acked.assignments.set(id, { unitId, personId, endDate: null });
            const endDate = addDays(startDate, 1);
            if ((await timedCall('assignments.end', { id, endDate })).ok) acked.assignments.set(id, { unitId, personId, endDate });
          }
          await think();
        }
      };
      const importer = async () => {
        await new Promise((r) => setTimeout(r, DURATION_MS / 3));
        const start = performance.now();
        const result = await importFile(newUnitsCsv);
        const ms = performance.now() - start;
        if (!result.ok) failures.push(`units.import: ${result.error?.code} ${result.error?.message ?? ''}`);
        return { ms, result: result.ok ? (result.value as ImportResult) : null };
      };
      const [imported] = await Promise.all([importer(), ...Array.from({ length: CLIENTS }, (_, c) => client(c))]);
      const seconds = (performance.now() - started) / 1000;

      const errors = samples.filter((s) => !s.ok).length + (imported.result === null ? 1 : 0);
      const all = figures(samples, seconds);
      const reads = figures(samples.filter((s) => s.method === 'units.card' || s.method === 'rollout.unit'), seconds);
      const writes = figures(samples.filter((s) => s.method !== 'units.card' && s.method !== 'rollout.unit'), seconds);
      const byMethod = [...new Set(samples.map((s) => s.method))].map((m) => `  ${m.padEnd(18)} ${fmt(figures(samples.filter((s) => s.method === m), seconds))}`);
      console.log([
        `\nload: ${CLIENTS} clients for ${seconds.toFixed(1)} s, think time ${THINK_MS[0]}–${THINK_MS[1]} ms`,
        `single-unit calls: ${fmt(all)}`,
        `  reads (units.card, rollout.unit): ${fmt(reads)}`,
        `  writes: ${fmt(writes)}`,
        ...byMethod,
        `units.import of ${IMPORT_UNITS} new units in the middle: ${imported.ms.toFixed(0)} ms (${JSON.stringify(imported.result && { created: imported.result.created, updated: imported.result.updated })})`,
        `errors: ${errors}${errors ? ` (${JSON.stringify(Object.fromEntries([...new Set(samples.filter((s) => !s.ok).map((s) => `${s.method} ${s.code}`))].map((k) => [k, samples.filter((s) => !s.ok && `${s.method} ${s.code}` === k).length])))})` : ''}${failures.length ? `\n  ${failures.slice(0, 5).join('\n  ')}` : ''}`,
      ].join('\n'));

      // Every acknowledged write is in the database.
      const db = await openRawPg(url);
      const missing: string[] = [];
      try {
        const caseIds = [...acked.cases.keys()];
        const cases = new Map((await db.all<{ id: number; unitId: number; tier: string }>(
          'SELECT id, unit_id AS "unitId", tier FROM support_case WHERE id = ANY(?::int[])', [caseIds],
        )).map((r) => [r.id, r]));
        const events = new Map((await db.all<{ id: number; kinds: string }>(
          `SELECT case_id AS id, string_agg(kind, ',') AS kinds FROM case_event WHERE case_id = ANY(?::int[]) GROUP BY case_id`, [caseIds],
        )).map((r) => [r.id, r.kinds.split(',')]));
        for (const [id, ack] of acked.cases) {
          const row = cases.get(id);
          if (!row || row.unitId !== ack.unitId) missing.push(`case ${id}`);
          else if (ack.escalated && row.tier === 'chapter') missing.push(`case ${id} escalation`);
          const kinds = events.get(id) ?? [];
          if (!kinds.includes('opened')) missing.push(`case ${id} opened event`);
          if (ack.responded && kinds.length < 2) missing.push(`case ${id} response event`);
          if (ack.escalated && !kinds.includes('escalated')) missing.push(`case ${id} escalated event`);
        }
        const progress = new Map((await db.all<{ k: string; state: string }>(
          `SELECT unit_id || ':' || stage_id AS k, state FROM stage_progress WHERE unit_id = ANY(?::int[])`, [chapters.map((u) => u.id)],
        )).map((r) => [r.k, r.state]));
        for (const [k, state] of acked.stages) if (progress.get(k) !== state) missing.push(`stage ${k} ${state} (found ${progress.get(k) ?? 'none'})`);
        const assignments = new Map((await db.all<{ id: number; unitId: number; personId: number; endDate: string | null }>(
          'SELECT id, unit_id AS "unitId", person_id AS "personId", end_date AS "endDate" FROM assignment WHERE id = ANY(?::int[])', [[...acked.assignments.keys()]],
        )).map((r) => [r.id, r]));
        for (const [id, ack] of acked.assignments) {
          const row = assignments.get(id);
          if (!row || row.unitId !== ack.unitId || row.personId !== ack.personId || row.endDate !== ack.endDate) missing.push(`assignment ${id}`);
        }
        const [newUnits] = await db.all<{ n: number }>("SELECT COUNT(*) AS n FROM unit WHERE code LIKE 'N%'");
        if (imported.result !== null && newUnits?.n !== IMPORT_UNITS) missing.push(`imported units: ${newUnits?.n}`);
      } finally {
        await db.close();
      }
      console.log(`acknowledged writes checked: ${acked.cases.size} cases, ${acked.stages.size} stage cells, ${acked.assignments.size} assignments; missing ${missing.length}${missing.length ? `: ${missing.slice(0, 10).join(', ')}` : ''}\n`);

      expect(errors, failures.slice(0, 5).join('\n')).toBe(0);
      expect(missing).toEqual([]);
      expect(all.p95, `p95 of single-unit calls`).toBeLessThan(P95_GOAL_MS);
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });
});

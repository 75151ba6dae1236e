// Shared setup for the rollout plan tests: the demo organization (a national
// office, 15 regions, 357 chapters) opened at a fixed instant.
import { openTestCore, type TestCore } from '../../support/db';

/** 09:00 in Oslo on 10 March 2026 (CET, UTC+1). */
export const NOW = new Date('2026-03-10T08:00:00Z');
export const TODAY = '2026-03-10';

export async function openDemo(now: () => Date = () => NOW): Promise<TestCore> {
  const core = await openTestCore({ now });
  await core.call('demo.load');
  return core;
}

export async function unitId(core: TestCore, code: string): Promise<number> {
  const rows: Array<{ id: number }> = await core.ds.query('SELECT id FROM unit WHERE code = ?', [code]);
  const id = rows[0]?.id;
  if (id === undefined) throw new Error(`no unit ${code}`);
  return id;
}

/** Ids of the region and its chapters, straight from the table (demo chapters sit right under their region). */
export async function regionUnitIds(core: TestCore, code: string): Promise<number[]> {
  const rows: Array<{ id: number }> = await core.ds.query(
    `SELECT id FROM unit WHERE code = ? OR parent_id = (SELECT id FROM unit WHERE code = ?) ORDER BY id`, [code, code],
  );
  return rows.map((r) => r.id);
}

export async function stageId(core: TestCore, key: string): Promise<number> {
  const stage = (await core.call('stages.list')).find((s) => s.key === key);
  if (!stage) throw new Error(`no stage ${key}`);
  return stage.id;
}

export async function count(core: TestCore, table: string): Promise<number> {
  const rows: Array<{ n: number }> = await core.ds.query(`SELECT COUNT(*) AS n FROM ${table}`);
  return Number(rows[0]?.n ?? 0);
}

export async function errorOf(core: TestCore, method: Parameters<TestCore['raw']>[0], input: unknown) {
  const env = await core.raw(method, input);
  if (env.ok) throw new Error(`${method} succeeded; expected an error`);
  return env.error;
}

// What PRAGMA synchronous = FULL (the app's setting, so the last commits survive a
// power loss in WAL mode) costs against NORMAL: the 5,000-unit import (one
// transaction) and 200 small commits, as the host's single writes are.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawImportUnits } from './raw/import-units';
import { benchDir, schemaTemplate, type BenchDir } from './support/dbs';
import { median, timed } from './support/harness';
import { openRaw } from './support/raw-sqlite';
import { generateOrganization, organizationCsv } from './synthetic-org';

const REPS = 5;
const COMMITS = 200;
const bytes = Buffer.from(organizationCsv(generateOrganization({ units: 5000, seed: 2024 })), 'utf8');

let dir: BenchDir;
let freshSchema: () => string;
beforeAll(async () => {
  dir = benchDir();
  freshSchema = await schemaTemplate(dir);
});
afterAll(() => dir.remove());

async function sample(mode: 'FULL' | 'NORMAL'): Promise<{ importMs: number; commitsMs: number }> {
  const db = await openRaw(freshSchema());
  try {
    await db.exec(`PRAGMA journal_mode = WAL; PRAGMA synchronous = ${mode}; CREATE TABLE bench_commit (n INTEGER)`);
    expect((await db.all<{ synchronous: number }>('PRAGMA synchronous'))[0]?.synchronous).toBe(mode === 'FULL' ? 2 : 1);
    const importMs = await timed(() => rawImportUnits(db, bytes));
    const insert = await db.prepare('INSERT INTO bench_commit (n) VALUES (?)');
    const commitsMs = await timed(async () => {
      for (let i = 0; i < COMMITS; i++) await insert.run([i]);
    });
    await insert.finalize();
    return { importMs, commitsMs };
  } finally {
    await db.close();
  }
}

describe('durability: synchronous FULL vs NORMAL', () => {
  it('measures the cost of FULL on the import and on small commits', async () => {
    const runs: Record<'FULL' | 'NORMAL', { importMs: number; commitsMs: number }[]> = { FULL: [], NORMAL: [] };
    for (let r = 0; r < REPS; r++) for (const mode of ['NORMAL', 'FULL'] as const) runs[mode].push(await sample(mode));
    const med = (mode: 'FULL' | 'NORMAL', key: 'importMs' | 'commitsMs') => median(runs[mode].map((s) => s[key]));
    const importRatio = med('FULL', 'importMs') / med('NORMAL', 'importMs');
    const commitRatio = med('FULL', 'commitsMs') / med('NORMAL', 'commitsMs');
    console.log(`synchronous FULL vs NORMAL: import of 5000 units ${med('FULL', 'importMs').toFixed(0)} ms vs ${med('NORMAL', 'importMs').toFixed(0)} ms (x${importRatio.toFixed(2)}); ${COMMITS} single commits ${med('FULL', 'commitsMs').toFixed(0)} ms vs ${med('NORMAL', 'commitsMs').toFixed(0)} ms (x${commitRatio.toFixed(2)})`);
    expect(Number.isFinite(importRatio) && Number.isFinite(commitRatio)).toBe(true);
  }, 120_000);
});

// The «Innspill» needs list (issue 14): feedback.list over 100,000 entries on the bench
// organization (5,000 units), the faggruppe's default view (oldest unanswered first),
// open entries of one kind, and one region's entries, each at most 1.5x the fair raw SQL
// of raw/feedback.ts with the indexes the migrations give. FORANKRING_BENCH_FEEDBACK sets the size.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../src/core';
import type { ParamsOf } from '../src/shared/contract';
import { fillFeedback, rawFeedbackList, type RawListInput } from './raw/feedback';
import { rawImportUnitsBatched } from './raw/import-units';
import { benchDir, call, RESOURCES_DIR, schemaTemplate, type BenchDir } from './support/dbs';
import { compare, createReport, timed } from './support/harness';
import { openRaw, type RawDb } from './support/raw-sqlite';
import { generateOrganization, organizationCsv } from './synthetic-org';

const UNITS = 5000;
const ENTRIES = Number(process.env.FORANKRING_BENCH_FEEDBACK ?? 100_000);
const org = generateOrganization({ units: UNITS, seed: 2024 });

let dir: BenchDir;
let core: Core;
let db: RawDb;
let regionId = 0;
const report = createReport();

beforeAll(async () => {
  dir = benchDir();
  const path = (await schemaTemplate(dir))();
  const filler = await openRaw(path);
  await rawImportUnitsBatched(filler, Buffer.from(organizationCsv(org), 'utf8'));
  await fillFeedback(filler, ENTRIES);
  await filler.exec('ANALYZE');
  await filler.close();
  core = await openCore({ dbPath: path, resourcesDir: RESOURCES_DIR, version: 'bench' });
  db = await openRaw(path);
  const [region] = await db.all<{ id: number }>('SELECT u.id FROM unit u JOIN level l ON l.id = u.level_id WHERE l.rank = 1 ORDER BY u.code LIMIT 1');
  regionId = region?.id ?? 0;
});

afterAll(async () => {
  report.print();
  await db?.close();
  await core?.close();
  dir?.remove();
});

async function both(name: string, input: ParamsOf<'feedback.list'> & RawListInput): Promise<void> {
  const ours = () => call(core, 'feedback.list', input);
  const raw = () => rawFeedbackList(db, input);
  const [a, b] = [await ours(), await raw()];
  expect({
    total: a.total,
    rows: a.rows.map((r) => ({ id: r.id, regionId: r.regionId, totalVotes: r.totalVotes, answered: r.answer !== null })),
  }).toEqual(b);
  expect(b.rows).toHaveLength(input.limit);
  report.check(await compare({ name: `feedback.list ${name}, ${b.total} of ${ENTRIES}`, goal: 1.5, reps: 9, ours: () => timed(ours), raw: () => timed(raw) }));
}

describe(`the needs list, ${ENTRIES} entries over ${UNITS} units`, () => {
  it('lists the oldest unanswered first, as raw SQL does', async () => {
    await both('oldest unanswered first', { openOnly: false, kind: null, regionId: null, limit: 50 });
  });

  it('lists the open entries of one kind', async () => {
    await both('open needs', { openOnly: true, kind: 'need', regionId: null, limit: 50 });
  });

  it('lists one region\u2019s entries', async () => {
    await both('one region', { openOnly: false, kind: null, regionId, limit: 50 });
  });
});

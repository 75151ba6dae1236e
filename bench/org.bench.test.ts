// The organization tree at 5,000 units: import from CSV and load the whole tree,
// each against the same work in raw SQL through sqlite3.
import type { QueryRunner } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../src/core';
import { MIGRATIONS } from '../src/core/db/migrations';
import { rawImportUnits, rawImportUnitsBatched } from './raw/import-units';
import { rawLevels, rawTree, unitFacts, type UnitFact } from './raw/tree';
import { rawImportUnitsBatchedPg, rawImportUnitsPg } from './raw/import-units-pg';
import { rawLevelsPg, rawTreePg, unitFactsPg } from './raw/tree-pg';
import { benchDir, call, openBenchCore, openPgBenchCore, schemaTemplate, type BenchDir } from './support/dbs';
import { compare, createReport, timed } from './support/harness';
import { BENCH_PG_URL, dropPgDatabase, openRawPg, pgBenchDatabases, type PgBenchDatabases, type RawPg } from './support/raw-pg';
import { openRaw, type RawDb } from './support/raw-sqlite';
import { generateOrganization, LEVEL_NAMES, organizationCsv } from './synthetic-org';

const UNITS = 5000;
const LOADS_PER_SAMPLE = 5;
const org = generateOrganization({ units: UNITS, seed: 2024 });
const bytes = Buffer.from(organizationCsv(org), 'utf8');
const file = { fileName: 'organisasjon.csv', base64: bytes.toString('base64') };
const expectedFacts: UnitFact[] = org.map((u) => ({ code: u.code, parentCode: u.parentCode, level: u.level, members: u.members }));

let dir: BenchDir;
let freshSchema: () => string;
const report = createReport();

beforeAll(async () => {
  dir = benchDir();
  freshSchema = await schemaTemplate(dir);
});

afterAll(() => {
  report.print();
  dir.remove();
});

/** Exactly what the UI does: preview the file, accept the guessed mapping and level matches, import. */
async function importThroughCore(core: Core) {
  const preview = await call(core, 'units.importPreview', file);
  const levelMap = Object.fromEntries(preview.levels.map((l) => [l.name, l.levelId]));
  return call(core, 'units.import', { ...file, mapping: preview.mapping, levelMap });
}

async function factsOf(path: string): Promise<UnitFact[]> {
  const db = await openRaw(path);
  try {
    return await unitFacts(db);
  } finally {
    await db.close();
  }
}

describe(`organization, ${UNITS} units`, () => {
  it('generates the same organization from the same seed', () => {
    expect(generateOrganization({ units: UNITS, seed: 2024 })).toEqual(org);
    expect(org).toHaveLength(UNITS);
    expect(new Set(org.map((u) => u.code)).size).toBe(UNITS);
    // Names are not identities: they repeat, and they use æ, ø and å.
    expect(new Set(org.map((u) => u.name)).size).toBeLessThan(UNITS / 2);
    for (const letter of ['æ', 'ø', 'å']) expect(org.some((u) => u.name.toLocaleLowerCase('nb').includes(letter))).toBe(true);
    const perLevel = LEVEL_NAMES.map((name) => org.filter((u) => u.level === name).length);
    expect(perLevel).toEqual([1, 10, 60, 400, 1500, 3029]);
    // Codes are text: leading zeros, each below its parent's.
    expect(org.filter((u) => u.depth === 1).map((u) => u.code)).toContain('01');
    for (const u of org) if (u.depth > 1) expect(u.code.startsWith(u.parentCode ?? '')).toBe(true);
  });

  it('opens a new database file (reported only)', async () => {
    report.check(
      await compare({
        name: 'open new db + migrate',
        goal: null,
        reps: 5,
        ours: async () => {
          let core: Core | undefined;
          const ms = await timed(async () => (core = await openBenchCore(dir.file('open.sqlite'))));
          await core?.close();
          return ms;
        },
        raw: async () => {
          let db: RawDb | undefined;
          const ms = await timed(async () => {
            const opened = await openRaw(dir.file('open-raw.sqlite'));
            db = opened;
            // The migrations' own SQL (one statement per call, some with parameters and
            // read back, like the role seeding), sent straight to sqlite3.
            const runner = {
              query: (sql: string, params?: unknown[]) => opened.all(sql, params ?? []),
              // The migrations ask which driver they run on (migrations/dialect.ts).
              connection: { driver: { options: { type: 'sqlite' } } },
            } as unknown as QueryRunner;
            await opened.exec('BEGIN');
            for (const M of MIGRATIONS) await new M().up(runner);
            await opened.exec('COMMIT');
          });
          await db?.close();
          return ms;
        },
      }),
    );
  });

  it('has raw import baselines that reproduce the generated organization', async () => {
    for (const rawImport of [rawImportUnits, rawImportUnitsBatched]) {
      const path = freshSchema();
      const db = await openRaw(path);
      await rawImport(db, bytes);
      await db.close();
      expect(await factsOf(path), rawImport.name).toEqual(expectedFacts);
    }
  });

  // Two baselines: row by row, as most hand-written code does it, and batched, the fastest plain way.
  const baselines = [
    { label: 'row-by-row INSERTs', rawImport: rawImportUnits },
    { label: 'multi-row INSERTs', rawImport: rawImportUnitsBatched },
  ];
  for (const { label, rawImport } of baselines) {
    it(`imports the CSV no slower than 3x raw SQL (${label}), with the same result`, async () => {
      let oursPath = '';
      const result = await compare({
        name: `import ${UNITS} units (raw: ${label})`,
        goal: 3,
        reps: 7,
        ours: async () => {
          oursPath = dir.file('import.sqlite');
          const core = await openBenchCore(oursPath);
          try {
            let created = 0;
            const ms = await timed(async () => (created = (await importThroughCore(core)).created));
            expect(created).toBe(UNITS);
            return ms;
          } finally {
            await core.close();
          }
        },
        raw: async () => {
          const db = await openRaw(freshSchema());
          try {
            return await timed(() => rawImport(db, bytes));
          } finally {
            await db.close();
          }
        },
      });
      // Correctness first: the app's database holds the generated organization.
      expect(await factsOf(oursPath)).toEqual(expectedFacts);
      report.check(result);
    });
  }

  it('loads the whole tree and the levels no slower than 1.5x raw SQL, with the same rows', async () => {
    const path = freshSchema();
    const filler = await openRaw(path);
    await rawImportUnits(filler, bytes);
    await filler.close();
    const core = await openBenchCore(path);
    const db = await openRaw(path);
    try {
      // A closed district, so the tree's filter on archived units has work to do.
      const district = (await call(core, 'units.tree', {})).find((u) => u.code.length === 4);
      if (!district) throw new Error('no district in the organization');
      const archived = await call(core, 'units.archive', { id: district.id });
      expect(archived.archived).toBeGreaterThan(1);

      const ours = async () => ({ units: await call(core, 'units.tree', { includeArchived: false }), levels: await call(core, 'levels.list', {}) });
      const raw = async () => ({ units: await rawTree(db, false), levels: await rawLevels(db) });
      // One load takes a few milliseconds; timing several per sample smooths the scheduler's noise.
      const perLoad = async (load: () => Promise<unknown>) =>
        (await timed(async () => {
          for (let i = 0; i < LOADS_PER_SAMPLE; i++) await load();
        })) / LOADS_PER_SAMPLE;
      const [a, b] = [await ours(), await raw()];
      expect(a).toEqual(b);
      expect(a.units).toHaveLength(UNITS - archived.archived);
      expect(a.levels.reduce((sum, l) => sum + l.unitCount, 0)).toBe(UNITS - archived.archived);
      for (const level of a.levels) expect(a.units.filter((u) => u.levelId === level.id)).toHaveLength(level.unitCount);

      report.check(
        await compare({
          name: `tree + levels, ${UNITS} units`,
          goal: 1.5,
          warmup: 2,
          reps: 9,
          ours: () => perLoad(ours),
          raw: () => perLoad(raw),
        }),
      );
    } finally {
      await db.close();
      await core.close();
    }
  });
});

// The same on PostgreSQL: Forankring through openCore({ databaseUrl }) against pg directly.
describe.skipIf(!BENCH_PG_URL)(`organization on PostgreSQL, ${UNITS} units`, () => {
  let pgDbs: PgBenchDatabases;
  beforeAll(async () => {
    pgDbs = await pgBenchDatabases();
  });
  afterAll(async () => {
    await pgDbs.remove();
  });

  async function pgFactsOf(url: string): Promise<UnitFact[]> {
    const db = await openRawPg(url);
    try {
      return await unitFactsPg(db);
    } finally {
      await db.close();
    }
  }

  it('has raw import baselines that reproduce the generated organization', async () => {
    for (const rawImport of [rawImportUnitsPg, rawImportUnitsBatchedPg]) {
      const url = await pgDbs.fresh();
      const db = await openRawPg(url);
      await rawImport(db, bytes);
      await db.close();
      expect(await pgFactsOf(url), rawImport.name).toEqual(expectedFacts);
      await dropPgDatabase(url);
    }
  });

  const baselines = [
    { label: 'row-by-row INSERTs', rawImport: rawImportUnitsPg },
    { label: 'multi-row INSERTs', rawImport: rawImportUnitsBatchedPg },
  ];
  for (const { label, rawImport } of baselines) {
    it(`imports the CSV no slower than 3x raw SQL (${label}), with the same result`, async () => {
      let oursUrl = '';
      const result = await compare({
        name: `import ${UNITS} units (PostgreSQL, raw: ${label})`,
        goal: 3,
        reps: 7,
        ours: async () => {
          if (oursUrl) await dropPgDatabase(oursUrl);
          oursUrl = await pgDbs.fresh();
          const core = await openPgBenchCore(oursUrl);
          try {
            let created = 0;
            const ms = await timed(async () => (created = (await importThroughCore(core)).created));
            expect(created).toBe(UNITS);
            return ms;
          } finally {
            await core.close();
          }
        },
        raw: async () => {
          const url = await pgDbs.fresh();
          const db = await openRawPg(url);
          try {
            return await timed(() => rawImport(db, bytes));
          } finally {
            await db.close();
            await dropPgDatabase(url);
          }
        },
      });
      expect(await pgFactsOf(oursUrl)).toEqual(expectedFacts);
      report.check(result);
    });
  }

  it('loads the whole tree and the levels no slower than 1.5x raw SQL, with the same rows', async () => {
    const url = await pgDbs.fresh();
    const filler = await openRawPg(url);
    await rawImportUnitsBatchedPg(filler, bytes);
    await filler.exec('ANALYZE');
    await filler.close();
    const core = await openPgBenchCore(url);
    const db: RawPg = await openRawPg(url);
    try {
      const district = (await call(core, 'units.tree', {})).find((u) => u.code.length === 4);
      if (!district) throw new Error('no district in the organization');
      const archived = await call(core, 'units.archive', { id: district.id });
      expect(archived.archived).toBeGreaterThan(1);

      const ours = async () => ({ units: await call(core, 'units.tree', { includeArchived: false }), levels: await call(core, 'levels.list', {}) });
      const raw = async () => ({ units: await rawTreePg(db, false), levels: await rawLevelsPg(db) });
      const perLoad = async (load: () => Promise<unknown>) =>
        (await timed(async () => {
          for (let i = 0; i < LOADS_PER_SAMPLE; i++) await load();
        })) / LOADS_PER_SAMPLE;
      const [a, b] = [await ours(), await raw()];
      expect(a).toEqual(b);
      expect(a.units).toHaveLength(UNITS - archived.archived);

      report.check(
        await compare({
          name: `tree + levels, ${UNITS} units (PostgreSQL)`,
          goal: 1.5,
          warmup: 2,
          reps: 9,
          ours: () => perLoad(ours),
          raw: () => perLoad(raw),
        }),
      );
    } finally {
      await db.close();
      await core.close();
    }
  });
});

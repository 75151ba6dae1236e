// Search at 5,000 units and 50,000 people: one LIKE per word on the folded
// column is a scan of the table, so this checks the scan stays well inside what
// a keystroke may cost (the UI waits 250 ms after the last key anyway).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../src/core';
import { personSearchText, searchKey } from '../src/core/text';
import { generateOwnership } from './coverage-people';
import { benchDir, call, openBenchCore, type BenchDir } from './support/dbs';
import { median, timed } from './support/harness';
import { openRaw } from './support/raw-sqlite';
import { generateOrganization, organizationCsv } from './synthetic-org';

const org = generateOrganization({ units: 5000, seed: 2024 });
const people = generateOwnership(org, { people: 50_000 }).people;
const QUERIES = ['heroy', 'nordland heroy', 'aa', 'lokallag 12', 'kari', 'ola nordmann', 'xyzzy'];

let dir: BenchDir;
let core: Core;

beforeAll(async () => {
  dir = benchDir();
  const path = dir.file('search.sqlite');
  core = await openBenchCore(path);
  const file = { fileName: 'organisasjon.csv', base64: Buffer.from(organizationCsv(org), 'utf8').toString('base64') };
  const preview = await call(core, 'units.importPreview', file);
  const levelMap = Object.fromEntries(preview.levels.map((l) => [l.name, l.levelId]));
  await call(core, 'units.import', { ...file, mapping: preview.mapping, levelMap });
  await core.close();
  const raw = await openRaw(path);
  const ids = new Map((await raw.all<{ id: number; code: string }>('SELECT id, code FROM unit')).map((u) => [u.code, u.id]));
  await raw.exec('BEGIN');
  const insert = await raw.prepare('INSERT INTO person (name, search_name, search_text, email, home_unit_id) VALUES (?, ?, ?, ?, ?)');
  for (const p of people) await insert.run([p.name, searchKey(p.name), personSearchText(p.name, p.email), p.email, ids.get(p.homeUnitCode) ?? null]);
  await insert.finalize();
  await raw.exec('COMMIT');
  await raw.close();
  core = await openBenchCore(path);
});

afterAll(async () => {
  await core.close();
  dir.remove();
});

describe('search at scale', () => {
  it('answers units.search and people.search in milliseconds', async () => {
    const rows: string[] = [];
    for (const query of QUERIES) {
      const units: number[] = [];
      const found: number[] = [];
      for (let i = 0; i < 5; i++) units.push(await timed(() => call(core, 'units.search', { query, limit: 50 })));
      for (let i = 0; i < 5; i++) found.push(await timed(() => call(core, 'people.search', { query, limit: 50 })));
      rows.push(`${query.padEnd(16)} units ${median(units).toFixed(1).padStart(6)} ms   people ${median(found).toFixed(1).padStart(6)} ms`);
      expect(median(units)).toBeLessThan(250);
      expect(median(found)).toBeLessThan(250);
    }
    console.log(`search, 5,000 units and ${people.length} people (median of 5):\n${rows.join('\n')}`);
  });
});

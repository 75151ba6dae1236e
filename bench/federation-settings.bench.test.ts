// SQLite's per-connection settings chosen by measurement: the calls behind each screen on the
// federation file (federation-data.ts) under a few candidate settings of cache_size, mmap_size
// and temp_store, on the writer and the readers alike. Reported only: the table is how the
// values in SQLITE_TUNING (db/data-source.ts) and docs/architecture.md were chosen.
// synchronous stays FULL whatever this says: durability.bench.test.ts weighs it against NORMAL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../src/core';
import { setSqliteTuning, SQLITE_TUNING, type SqliteTuning } from '../src/core/db/data-source';
import { SCREEN_CALLS } from './federation-calls';
import { FEDERATION_NOW, federationFile } from './federation-data';
import { benchDir, RESOURCES_DIR, type BenchDir } from './support/dbs';
import { median, timed } from './support/harness';

const MiB = 1024 * 1024;
// Two runs on 2026-12-07 (docs/architecture.md): a 64 MiB cache made the 12-month metrics 1.5x slower
// (a scan bigger than any cache allocates page after page) and mmap gained little; this run
// isolates temp_store and mmap over SQLite's default cache.
const CANDIDATES: ReadonlyArray<{ name: string; tuning: SqliteTuning }> = [
  { name: 'SQLite defaults (2 MB cache, no mmap)', tuning: { cacheKiB: 2000, mmapBytes: 0, tempStore: 'default' } },
  { name: '2 MB cache, temp in memory', tuning: { cacheKiB: 2000, mmapBytes: 0, tempStore: 'memory' } },
  { name: '2 MB cache, 256 MiB mmap', tuning: { cacheKiB: 2000, mmapBytes: 256 * MiB, tempStore: 'default' } },
  { name: '64 MiB cache, temp in memory, 1 GiB mmap', tuning: { cacheKiB: 64 * 1024, mmapBytes: 1024 * MiB, tempStore: 'memory' } },
];
const REPS = 3;

let dir: BenchDir;
let path: string;

beforeAll(async () => {
  dir = benchDir();
  const file = await federationFile(dir);
  console.log(`federation file ${file.built ? 'built' : 'reused from the cache'}`);
  path = file.path;
});

afterAll(() => {
  setSqliteTuning(SQLITE_TUNING);
  dir?.remove();
});

describe('SQLite settings on the federation file', () => {
  it('times the screens\' calls under each candidate setting', async () => {
    const samples = new Map<string, number[]>();
    // A core per candidate, all open at once on the same file. A connection takes the settings
    // current when it opens, so each core's writer and its first reader (the only one that calls
    // made one after another use) are opened under its candidate's.
    const cores: Core[] = [];
    try {
      for (const candidate of CANDIDATES) {
        setSqliteTuning(candidate.tuning);
        const core = await openCore({ dbPath: path, resourcesDir: RESOURCES_DIR, version: 'bench', now: () => FEDERATION_NOW });
        cores.push(core);
        const [{ cache_size: cache } = { cache_size: 0 }] = (await core.ctx.serial(() => core.ds.query('PRAGMA cache_size'), 'read')) as Array<{ cache_size: number }>;
        expect(cache).toBe(-candidate.tuning.cacheKiB);
      }
      setSqliteTuning(SQLITE_TUNING);
      // Interleaved call by call, each repetition in another order, so the machine's drift hits every candidate alike.
      for (const c of SCREEN_CALLS) {
        for (const core of cores) await c.ours(core);
        for (let rep = 0; rep < REPS; rep++) {
          for (let k = 0; k < cores.length; k++) {
            const i = (k + rep) % cores.length;
            const core = cores[i];
            const key = `${c.name}\u0000${CANDIDATES[i]?.name ?? ''}`;
            if (core) samples.set(key, [...(samples.get(key) ?? []), await timed(() => c.ours(core))]);
          }
        }
      }
    } finally {
      for (const core of cores) await core.close();
    }
    const header = ['call', ...CANDIDATES.map((c) => c.name)];
    const rows = SCREEN_CALLS.map((c) => [c.name, ...CANDIDATES.map((k) => `${median(samples.get(`${c.name}\u0000${k.name}`) ?? []).toFixed(0)} ms`)]);
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (cells: string[]) => `| ${cells.map((x, i) => (i === 0 ? x.padEnd(widths[i] ?? 0) : x.padStart(widths[i] ?? 0))).join(' | ')} |`;
    console.log(`\nmedian of ${REPS} per cell:\n${[line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n')}\n`);
    expect(samples.size).toBe(SCREEN_CALLS.length * CANDIDATES.length);
  });
});

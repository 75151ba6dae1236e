// The federation of issue 16, built once from the bench generators and kept as a SQLite
// file under the temp dir: 5,000 units over 6 levels, 50,000 people, 100,000 assignments,
// a wave over every region, 200,000 attendance rows and 500,000 support cases over two
// years. The file's name carries the generators' version and this build's migrations, so a
// rerun reuses it and a changed generator or schema builds a new one. Each run copies it.
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore } from '../src/core';
import { MIGRATIONS } from '../src/core/db/migrations';
import { generateOwnership } from './coverage-people';
import { fillOwnership } from './raw/coverage-fill';
import { rawImportUnitsBatched } from './raw/import-units';
import { fillRollout } from './raw/rollout-fill';
import { fillSupportCases } from './raw/support-fill';
import { generateRollout } from './rollout-data';
import { generateSupportCases } from './support-cases';
import { RESOURCES_DIR, schemaTemplate, type BenchDir } from './support/dbs';
import { openRaw } from './support/raw-sqlite';
import { generateOrganization, organizationCsv } from './synthetic-org';

/** Raise when a generator or the fill changes what the file holds. */
export const FEDERATION_VERSION = 2;

export const FEDERATION = { units: 5000, people: 50_000, assignments: 100_000, attendance: 200_000, cases: Number(process.env.FORANKRING_BENCH_CASES ?? 500_000) };
export const FEDERATION_TODAY = '2026-03-01';
export const FEDERATION_NOW = new Date(`${FEDERATION_TODAY}T12:00:00Z`);
/** The dashboard's settings as the app seeds them, for the raw side. */
export const FEDERATION_SETTINGS = { basicTrainingPercent: 80, atRiskDays: 14, atRiskPercent: 50, newcomerDays: 60, expiryDays: 30 };

export function federationData() {
  const org = generateOrganization({ units: FEDERATION.units, seed: 2024 });
  const ownership = generateOwnership(org, { people: FEDERATION.people, assignments: FEDERATION.assignments, seed: 77, today: FEDERATION_TODAY, expiryDays: 30 });
  const rollout = generateRollout(org, ownership, { today: FEDERATION_TODAY, attendance: FEDERATION.attendance, seed: 5 });
  return { org, ownership, rollout };
}

function cachedPath(): string {
  const schema = `${MIGRATIONS.length}-${MIGRATIONS.at(-1)?.name ?? 'none'}`;
  return join(tmpdir(), `forankring-federation-v${FEDERATION_VERSION}-${FEDERATION.cases}-${schema}.sqlite`);
}

async function build(dir: BenchDir, out: string): Promise<void> {
  const { org, ownership, rollout } = federationData();
  const path = (await schemaTemplate(dir))();
  const filler = await openRaw(path);
  await rawImportUnitsBatched(filler, Buffer.from(organizationCsv(org), 'utf8'));
  await fillOwnership(filler, ownership);
  await fillRollout(filler, rollout);
  const [{ problems } = { problems: 0 }] = await filler.all<{ problems: number }>('SELECT COUNT(*) AS problems FROM problem');
  await fillSupportCases(filler, generateSupportCases(org, { cases: FEDERATION.cases, seed: 11, from: '2024-03-01', days: 730, problems }));
  await filler.exec('ANALYZE');
  await filler.close();
  // The fills wrote behind the core's back: the stored figures come from the rebuild, as `forankring rebuild-figures` does.
  const core = await openCore({ dbPath: path, resourcesDir: RESOURCES_DIR, version: 'bench', now: () => FEDERATION_NOW });
  await core.rebuildFigures();
  await core.close();
  const partial = `${out}.${process.pid}.partial`;
  copyFileSync(path, partial);
  renameSync(partial, out);
  rmSync(path, { force: true });
}

/** A fresh copy of the federation file in `dir`, building the cached file first if needed. */
export async function federationFile(dir: BenchDir): Promise<{ path: string; built: boolean }> {
  const cached = cachedPath();
  const built = !existsSync(cached);
  if (built) await build(dir, cached);
  const path = dir.file('federation.sqlite');
  copyFileSync(cached, path);
  return { path, built };
}

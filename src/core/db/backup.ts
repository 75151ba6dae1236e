// A consistent copy of the open database with SQLite's VACUUM INTO: it reads
// through the connection, so rows still in the WAL are in the copy (a plain copy
// of the file misses them). Written beside the target and renamed into place, so
// a failed backup never leaves a half-written file under the final name.
import { rename, rm, stat } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';
import type { DataSource } from 'typeorm';

export async function backupInto(ds: DataSource, outPath: string): Promise<{ path: string; bytes: number }> {
  const temp = join(dirname(outPath), `.${basename(outPath)}.${process.pid}.partial`);
  await rm(temp, { force: true });
  try {
    await ds.query('VACUUM INTO ?', [temp]);
    await rename(temp, outPath);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
  return { path: outPath, bytes: (await stat(outPath)).size };
}

// The open database as a file: its state, backups into the backup folder,
// the rolling daily backups, the full check, and restore. Restore closes the
// connection, swaps the files by rename and reopens; the core then rebuilds its
// handlers around the new connection (onReopen). Callers hold the core's queue.
import { copyFile, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { DataSource } from 'typeorm';
import type { BackupFile, CheckResult, DbState } from '../../shared/types-backup';
import { AppError } from '../errors';
import { backupInto } from './backup';
import { autoName, backupFolder, beforeRestoreName, kindOf, manualName } from './backup-names';
import { openChecked, type CheckedDatabase } from './open-checks';
import { checkRestorable } from './restore-check';
import { whileNoReads } from './gate';

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

/** What the core asks of its database as a whole; on a team server see server-files.ts. */
export interface DatabaseFiles {
  readonly ds: DataSource;
  readonly state: DbState;
  readonly folder: string;
  backupTo(outPath: string): Promise<{ path: string; bytes: number }>;
  backupNow(): Promise<BackupFile>;
  list(): Promise<BackupFile[]>;
  daily(keep: number): Promise<string | null>;
  check(): Promise<CheckResult>;
  restoreFrom(source: string, shownAs?: string): Promise<{ restored: string; keptAs: string }>;
}

export class DbFiles implements DatabaseFiles {
  constructor(
    readonly dbPath: string,
    private current: CheckedDatabase,
    private readonly now: () => Date,
    private readonly onReopen: (opened: CheckedDatabase) => void,
  ) {}

  get ds(): DataSource {
    return this.current.ds;
  }

  get state(): DbState {
    return this.current.state;
  }

  get folder(): string {
    return backupFolder(this.dbPath);
  }

  /** A consistent copy at `outPath` (any path: the CLI's --out). */
  backupTo(outPath: string): Promise<{ path: string; bytes: number }> {
    return backupInto(this.ds, outPath);
  }

  /** A copy in the backup folder, named for now. */
  async backupNow(): Promise<BackupFile> {
    const fileName = manualName(this.now());
    try {
      await mkdir(this.folder, { recursive: true });
      const { bytes } = await this.backupTo(join(this.folder, fileName));
      return { fileName, kind: 'manual', bytes, modifiedAt: this.now().toISOString() };
    } catch (err) {
      // A folder we may not write to is the read-only case, said as such rather than as INTERNAL.
      const code = (err as { code?: unknown }).code;
      if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new AppError('READ_ONLY', 'The backup folder is read-only', { reason: 'folder' });
      throw err;
    }
  }

  async list(): Promise<BackupFile[]> {
    const names = await readdir(this.folder).catch(() => [] as string[]);
    const files: BackupFile[] = [];
    for (const fileName of names) {
      const kind = kindOf(fileName);
      if (kind === null) continue;
      const info = await stat(join(this.folder, fileName));
      files.push({ fileName, kind, bytes: info.size, modifiedAt: info.mtime.toISOString() });
    }
    return files.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt) || b.fileName.localeCompare(a.fileName));
  }

  /**
   * Today's automatic backup, if there is none yet, then the oldest automatic
   * ones beyond `keep` removed. Returns the file written, or null. Only a sound,
   * writable database: a damaged one must not push good copies out of the rotation,
   * and a read-only one's folder is usually not writable either.
   */
  async daily(keep: number): Promise<string | null> {
    if (this.state.mode !== 'ok') return null;
    await mkdir(this.folder, { recursive: true });
    const today = autoName(this.now());
    const written = (await exists(join(this.folder, today))) ? null : today;
    if (written) await this.backupTo(join(this.folder, written));
    // The date is in the name, so name order is age order.
    const autos = (await readdir(this.folder)).filter((n) => kindOf(n) === 'auto').sort().reverse();
    for (const old of autos.slice(keep)) await rm(join(this.folder, old), { force: true });
    return written;
  }

  /** SQLite's full integrity_check. */
  async check(): Promise<CheckResult> {
    try {
      const rows = (await this.ds.query('PRAGMA integrity_check(20)')) as Array<{ integrity_check: string }>;
      const lines = rows.map((r) => r.integrity_check);
      return lines.length === 1 && lines[0] === 'ok' ? { ok: true, problems: [] } : { ok: false, problems: lines };
    } catch (err) {
      return { ok: false, problems: [err instanceof Error ? err.message : String(err)] };
    }
  }

  /**
   * Replaces the database with `source` after checking it; all or nothing. The
   * current file (with its WAL) is kept in the backup folder under keptAs.
   */
  async restoreFrom(source: string, shownAs = source): Promise<{ restored: string; keptAs: string }> {
    if (this.state.mode === 'readOnly') {
      throw new AppError('READ_ONLY', 'The database is read-only', { reason: this.state.reason ?? 'file' });
    }
    await checkRestorable(source, shownAs);
    await mkdir(this.folder, { recursive: true });
    const incoming = `${this.dbPath}.restoring`;
    await copyFile(source, incoming);
    const keptAs = beforeRestoreName(this.now());
    const kept = join(this.folder, keptAs);
    // The readers hold the file open: they close first, and no read starts until the new file is open.
    await whileNoReads(this.ds, () => this.swapIn(incoming, kept), true);
    return { restored: basename(shownAs), keptAs };
  }

  /** Keeps the open file (with its WAL) as `kept`, renames `incoming` into its place and reopens; all or nothing. */
  private async swapIn(incoming: string, kept: string): Promise<void> {
    // Everything into the main file first, so the kept copy stands alone.
    if (this.state.mode === 'ok') await this.ds.query('PRAGMA wal_checkpoint(TRUNCATE)').catch(() => undefined);
    await this.ds.destroy();
    const moved: Array<[string, string]> = [];
    let swapped = false;
    try {
      for (const suffix of ['', '-wal']) {
        if (await exists(this.dbPath + suffix)) {
          await rename(this.dbPath + suffix, kept + suffix);
          moved.push([kept + suffix, this.dbPath + suffix]);
        }
      }
      // The old -shm indexes the old WAL; SQLite rebuilds it for the new file.
      await rm(`${this.dbPath}-shm`, { force: true });
      await rename(incoming, this.dbPath);
      swapped = true;
      this.current = await openChecked(this.dbPath);
    } catch (err) {
      await rm(incoming, { force: true });
      if (swapped) await rm(this.dbPath, { force: true });
      for (const [from, to] of moved) await rename(from, to);
      this.current = await openChecked(this.dbPath);
      this.onReopen(this.current);
      throw err;
    }
    this.onReopen(this.current);
  }
}

// The backup folder beside the database and the names of the files in it. The
// name says what made the file; the date and time are Oslo's.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { dirname, join } from 'node:path';
import { ORG_TIME_ZONE, osloDate } from '../../shared/dates';
import type { BackupFile } from '../../shared/types-backup';

export const DEFAULT_KEEP = 7;

export function backupFolder(dbPath: string): string {
  return join(dirname(dbPath), 'backups');
}

function stamp(now: Date): string {
  return format(new TZDate(now.getTime(), ORG_TIME_ZONE), 'yyyy-MM-dd-HHmmss');
}

export function autoName(now: Date): string {
  return `forankring-auto-${osloDate(now)}.sqlite`;
}

export function manualName(now: Date): string {
  return `forankring-${stamp(now)}.sqlite`;
}

export function beforeRestoreName(now: Date): string {
  return `forankring-before-restore-${stamp(now)}.sqlite`;
}

/** What made a file in the folder, or null for a file that is not one of ours. */
export function kindOf(fileName: string): BackupFile['kind'] | null {
  if (/^forankring-auto-\d{4}-\d{2}-\d{2}\.sqlite$/.test(fileName)) return 'auto';
  if (/^forankring-before-restore-[\d-]+\.sqlite$/.test(fileName)) return 'beforeRestore';
  if (/^forankring-[\d-]+\.sqlite$/.test(fileName)) return 'manual';
  return null;
}

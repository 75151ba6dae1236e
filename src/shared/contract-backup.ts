// Backups, restore and the integrity check. The UI names files in the backup
// folder only; the CLI reaches arbitrary paths through the core directly.
import { z } from 'zod';
import { method } from './method-spec';
import { text } from './schemas';
import type { BackupFile, BackupList, CheckResult } from './types-backup';

/** A bare file name in the backup folder: no directory parts. */
const backupFileName = text().max(200).regex(/^[A-Za-z0-9][A-Za-z0-9._-]*\.sqlite$/);

export const backupMethods = {
  'backup.list': method<BackupList>()(z.object({}).strict()),
  'backup.create': method<BackupFile>()(z.object({}).strict()),
  'backup.restore': method<{ restored: string; keptAs: string }>()(
    z.object({ fileName: backupFileName }).strict(),
    ['NOT_FOUND', 'BACKUP_INVALID', 'SCHEMA_NEWER'],
  ),
  'db.check': method<CheckResult>()(z.object({}).strict()),
} as const;

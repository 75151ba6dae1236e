// Backups from Settings: into the backup folder beside the database, listed
// there, and restored from there by name (the UI never names other paths).
import { join } from 'node:path';
import type { CoreContext } from '../context';
import type { HandlersFor } from '../handlers-type';
import { notFound } from '../errors';
import { kindOf } from '../db/backup-names';
import { getSettings } from './settings';

type BackupMethods = 'backup.list' | 'backup.create' | 'backup.restore' | 'db.check';

export function backupHandlers({ files, ds }: CoreContext): HandlersFor<BackupMethods> {
  return {
    'backup.list': async () => ({ folder: files.folder, keep: (await getSettings(ds.manager)).backupKeep, files: await files.list() }),
    'backup.create': async () => files.backupNow(),
    'backup.restore': async ({ fileName }) => {
      const listed = (await files.list()).some((f) => f.fileName === fileName);
      if (!listed || kindOf(fileName) === null) throw notFound('backup', fileName);
      return files.restoreFrom(join(files.folder, fileName), fileName);
    },
    'db.check': async () => files.check(),
  };
}

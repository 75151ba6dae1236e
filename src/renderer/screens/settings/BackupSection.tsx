import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupFile } from '../../../shared/types-backup';
import { useAction } from '../../api/useAction';
import { useQuery } from '../../api/useQuery';
import { useAnnounce } from '../../components/Announcer';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TableScroll } from '../../components/TableScroll';
import { useFormat } from '../../lib/format';
import { BackupKeepForm } from './BackupKeepForm';

/** Backups of the SQLite file; a team server's database is backed up on the server (see AboutSection). */
export function BackupSection() {
  const status = useQuery('app.status', {});
  return status.data && !status.data.teamServer ? <FileBackups /> : null;
}

/** Backups in the folder beside the database: take one, see them all, restore one. */
function FileBackups() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const announce = useAnnounce();
  const list = useQuery('backup.list', {});
  const create = useAction('backup.create');
  const restore = useAction('backup.restore');
  const [chosen, setChosen] = useState<BackupFile | null>(null);

  const takeBackup = async () => {
    const made = await create.run({});
    if (!made.ok) return;
    announce(t('backup.created', { file: made.value.fileName }));
    list.reload();
  };
  const confirmRestore = async () => {
    if (!chosen) return;
    const done = await restore.run({ fileName: chosen.fileName });
    if (!done.ok) return;
    // Every screen holds data from the replaced file: start the page afresh on the restored one.
    window.location.reload();
  };

  return (
    <section className="panel" aria-labelledby="settings-backup-heading">
      <h2 id="settings-backup-heading">{t('backup.title')}</h2>
      <p className="muted">{t('backup.intro')}</p>
      {list.data ? (
        <p>
          {t('backup.folder')} <code className="path">{list.data.folder}</code>
        </p>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={() => void takeBackup()} disabled={create.pending}>
          {t('backup.create')}
        </button>
      </div>
      <ErrorMessage error={create.error ?? list.error} />
      {list.data && list.data.files.length > 0 ? (
        <TableScroll label={t('backup.tableCaption')}>
          <table className="data-table">
            <caption>{t('backup.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('backup.column.file')}</th>
                <th scope="col">{t('backup.column.kind')}</th>
                <th scope="col">{t('backup.column.time')}</th>
                <th scope="col" className="num">{t('backup.column.size')}</th>
                <th scope="col">{t('backup.column.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.files.map((file) => (
                <tr key={file.fileName}>
                  <td><code>{file.fileName}</code></td>
                  <td>{t(`backup.kind.${file.kind}`)}</td>
                  <td>{fmt.dateTime(file.modifiedAt)}</td>
                  <td className="num">{t('backup.kilobytes', { size: fmt.number(Math.max(1, Math.round(file.bytes / 1024))) })}</td>
                  <td>
                    <button type="button" className="button" aria-label={t('backup.restoreFile', { file: file.fileName })} onClick={() => { restore.reset(); setChosen(file); }}>
                      {t('backup.restore')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : list.data ? (
        <p className="muted">{t('backup.none')}</p>
      ) : null}
      {list.data ? <BackupKeepForm keep={list.data.keep} onSaved={list.reload} /> : null}
      {chosen ? (
        <ConfirmDialog
          title={t('backup.confirmTitle')}
          body={t('backup.confirmBody', { file: chosen.fileName, time: fmt.dateTime(chosen.modifiedAt) })}
          confirmLabel={t('backup.confirm')}
          onConfirm={() => void confirmRestore()}
          onCancel={() => setChosen(null)}
          pending={restore.pending}
          error={restore.error}
          danger
        />
      ) : null}
    </section>
  );
}

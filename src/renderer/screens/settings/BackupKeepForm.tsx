import { useTranslation } from 'react-i18next';
import { SaveRow } from '../../components/SaveRow';
import { useSettingsForm } from '../../components/useSettingsForm';
import { WholeNumberField } from '../../components/WholeNumberField';

/** How many daily backups the desktop app keeps. */
export function BackupKeepForm({ keep, onSaved }: { keep: number; onSaved: () => void }) {
  const { t } = useTranslation();
  const { register, errors, submit, update } = useSettingsForm<{ backupKeep: string }>(
    { backupKeep: String(keep) },
    (values) => ({ backupKeep: Number(values.backupKeep) }),
    t('backup.keepSaved'),
  );
  const registration = register('backupKeep', {
    validate: (v) => (/^\d{1,2}$/.test(v.trim()) && Number(v) >= 1 && Number(v) <= 90) || t('settings.ownership.range', { max: 90 }),
  });
  return (
    <form onSubmit={(event) => void submit(event).then(onSaved)} noValidate aria-label={t('backup.keepForm')}>
      <WholeNumberField id="backup-keep" label={t('backup.keep')} hint={t('backup.keepHint')} error={errors.backupKeep?.message} max={90} registration={registration} />
      <SaveRow error={update.error} pending={update.pending} label={t('common:action.save')} />
    </form>
  );
}

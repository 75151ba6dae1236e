import { useTranslation } from 'react-i18next';
import type { DbState } from '../../shared/types-backup';
import { settingsHref } from '../lib/navigation';

/** Says on every screen why nothing can be saved: a read-only or a damaged database file. */
export function DbBanner({ state }: { state: DbState | undefined }) {
  const { t } = useTranslation();
  if (!state || state.mode === 'ok') return null;
  return (
    <div className="notice db-banner" data-mode={state.mode}>
      <p>
        {state.mode === 'damaged'
          ? t('backup.banner.damaged')
          : t('backup.banner.readOnly', { reason: t(`errors:readOnlyReason.${state.reason ?? 'file'}`) })}{' '}
        <a href={settingsHref('backup')}>{t('backup.banner.toSettings')}</a>
      </p>
    </div>
  );
}

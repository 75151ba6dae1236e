import { useTranslation } from 'react-i18next';
import { useAction } from '../../api/useAction';
import { useAnnounce } from '../../components/Announcer';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useLanguage } from '../../i18n/useLanguage';
import { routeHref } from '../../lib/navigation';
import { saveFile } from '../../lib/saveFile';

interface OrgToolbarProps {
  onNewUnit: () => void;
  canCreate: boolean;
  includeArchived: boolean;
}

export function OrgToolbar({ onNewUnit, canCreate, includeArchived }: OrgToolbarProps) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const announce = useAnnounce();
  const exporter = useAction('units.export');

  const exportAs = async (format: 'csv' | 'xlsx') => {
    const result = await exporter.run({ format, includeArchived, lang });
    if (!result.ok) return;
    const where = await saveFile(result.value);
    if (where) announce(t('org.exported', { file: where }));
  };

  return (
    <div className="toolbar-wrap">
      <div className="toolbar">
        <button type="button" className="button button-primary" onClick={onNewUnit} disabled={!canCreate}>
          {t('org.newUnit')}
        </button>
        <a className="button" href={routeHref('import')}>
          {t('org.import')}
        </a>
        <button type="button" className="button" onClick={() => void exportAs('csv')} disabled={exporter.pending}>
          {t('org.exportCsv')}
        </button>
        <button type="button" className="button" onClick={() => void exportAs('xlsx')} disabled={exporter.pending}>
          {t('org.exportXlsx')}
        </button>
      </div>
      <ErrorMessage error={exporter.error} />
    </div>
  );
}

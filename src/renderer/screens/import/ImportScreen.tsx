import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../components/Announcer';
import { PageTitle } from '../../components/PageTitle';
import { useFormat } from '../../lib/format';
import { navigate, routeHref } from '../../lib/navigation';
import { ImportFileStep } from './ImportFileStep';
import { ImportForm } from './ImportForm';
import { PreviewSummary } from './PreviewSummary';
import { useImportFile } from './useImportFile';

export type { LoadedFile } from './useImportFile';

/** Import units from a CSV or Excel file: pick, check the preview and mapping, then import all or nothing. */
export function ImportScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const announce = useAnnounce();
  const { loaded, pick, pending, error } = useImportFile('units.importPreview');

  return (
    <div className="screen import-screen">
      <div className="screen-head">
        <PageTitle title={t('import.title')} />
        <a className="button" href={routeHref('organization')}>
          {t('import.backToOrg')}
        </a>
      </div>
      <p className="lead">{t('import.intro')}</p>

      <ImportFileStep onPick={(file) => void pick(file)} pending={pending} error={error} />

      {loaded ? (
        <>
          <PreviewSummary fileName={loaded.file.fileName} preview={loaded.preview} />
          <ImportForm
            key={loaded.file.fileName + loaded.file.base64.length}
            file={loaded.file}
            preview={loaded.preview}
            onImported={(result) => {
              announce(t('import.done', { created: format.number(result.created), updated: format.number(result.updated) }));
              navigate('organization');
            }}
          />
        </>
      ) : null}
    </div>
  );
}

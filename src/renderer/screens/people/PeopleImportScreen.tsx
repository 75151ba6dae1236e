import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../components/Announcer';
import { PageTitle } from '../../components/PageTitle';
import { useFormat } from '../../lib/format';
import { navigate, routeHref } from '../../lib/navigation';
import { ImportFileStep } from '../import/ImportFileStep';
import { PreviewSummary } from '../import/PreviewSummary';
import { useImportFile } from '../import/useImportFile';
import { PeopleImportForm } from './PeopleImportForm';

/** Import people, and optionally one role each, from CSV or Excel: all or nothing, matched by e-mail. */
export function PeopleImportScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const announce = useAnnounce();
  const { loaded, pick, pending, error } = useImportFile('people.importPreview');

  return (
    <div className="screen import-screen">
      <div className="screen-head">
        <PageTitle title={t('peopleImport.title')} />
        <a className="button" href={routeHref('people')}>
          {t('peopleImport.back')}
        </a>
      </div>
      <p className="lead">{t('peopleImport.intro')}</p>
      <ImportFileStep onPick={(file) => void pick(file)} pending={pending} error={error} />
      {loaded ? (
        <>
          <PreviewSummary fileName={loaded.file.fileName} preview={loaded.preview} />
          <PeopleImportForm
            key={loaded.file.fileName + loaded.file.base64.length}
            file={loaded.file}
            preview={loaded.preview}
            onImported={(result) => {
              announce(
                t('peopleImport.done', {
                  created: format.number(result.peopleCreated),
                  updated: format.number(result.peopleUpdated),
                  assignments: format.number(result.assignmentsCreated),
                }),
              );
              navigate('people');
            }}
          />
        </>
      ) : null}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LevelProblems } from './LevelProblems';

/** Where the data lives, so it can be backed up, and which version is running. */
export function AboutSection() {
  const { t } = useTranslation();
  const status = useQuery('app.status', {});
  return (
    <section className="panel" aria-labelledby="settings-about-heading">
      <h2 id="settings-about-heading">{t('settings.about.title')}</h2>
      <ErrorMessage error={status.error} />
      {status.data ? (
        <dl className="facts">
          <div className="fact-wide">
            <dt>{t('settings.about.dbPath')}</dt>
            <dd>
              <code className="path">{status.data.dbPath}</code>
            </dd>
          </div>
          <div>
            <dt>{t('settings.about.version')}</dt>
            <dd>{status.data.version}</dd>
          </div>
        </dl>
      ) : null}
      <p className="muted">{t('settings.about.backupHint')}</p>
      <LevelProblems />
    </section>
  );
}

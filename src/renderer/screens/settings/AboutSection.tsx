import { useTranslation } from 'react-i18next';
import type { CheckResult } from '../../../shared/types-backup';
import { useAction } from '../../api/useAction';
import { useQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useState } from 'react';
import { LevelProblems } from './LevelProblems';

/** Where the data lives, which version is running, whether the file takes writes, and the full check (files only). */
export function AboutSection() {
  const { t } = useTranslation();
  const status = useQuery('app.status', {});
  const check = useAction('db.check');
  const [result, setResult] = useState<CheckResult | null>(null);
  const runCheck = async () => {
    setResult(null);
    const done = await check.run({});
    if (done.ok) setResult(done.value);
  };
  const db = status.data?.db;
  return (
    <section className="panel" aria-labelledby="settings-about-heading">
      <h2 id="settings-about-heading">{t('settings.about.title')}</h2>
      <ErrorMessage error={status.error} />
      {status.data && db ? (
        <dl className="facts">
          <div className="fact-wide">
            <dt>{t(status.data.teamServer ? 'settings.about.serverDb' : 'settings.about.dbPath')}</dt>
            <dd>
              <code className="path">{status.data.dbPath}</code>
            </dd>
          </div>
          <div>
            <dt>{t('settings.about.version')}</dt>
            <dd>{status.data.version}</dd>
          </div>
          <div>
            <dt>{t('settings.about.state')}</dt>
            <dd>{db.mode === 'readOnly' ? t('settings.about.mode.readOnly', { reason: t(`errors:readOnlyReason.${db.reason ?? 'file'}`) }) : t(`settings.about.mode.${db.mode}`)}</dd>
          </div>
        </dl>
      ) : null}
      {status.data?.teamServer ? (
        <p className="muted">{t('settings.about.serverHint')}</p>
      ) : (
        <>
          <p className="muted">{t('settings.about.backupHint')}</p>
          <div className="form-actions">
            <button type="button" className="button" onClick={() => void runCheck()} disabled={check.pending}>
              {t('settings.about.check')}
            </button>
          </div>
        </>
      )}
      <ErrorMessage error={check.error} />
      <div aria-live="polite">
        {result ? (
          result.ok ? (
            <p>{t('settings.about.checkOk')}</p>
          ) : (
            <>
              <p>{t('settings.about.checkDamaged', { count: result.problems.length })}</p>
              <ul>
                {result.problems.map((line, i) => <li key={i}><code>{line}</code></li>)}
              </ul>
            </>
          )
        ) : null}
      </div>
      <LevelProblems />
    </section>
  );
}

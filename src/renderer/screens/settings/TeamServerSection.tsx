// Desktop only: connect the app to a team server, or back to the file on this computer.
// The session token stays in the main process (src/main/team-connection.ts).
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectionState } from '../../../shared/client';
import { Field } from '../../components/Field';

type Problem = 'url' | 'plainStorage' | null;

export function TeamServerSection({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const bridge = window.forankring;
  const [state, setState] = useState<ConnectionState | null>(null);
  const [url, setUrl] = useState('');
  const [problem, setProblem] = useState<Problem>(null);
  useEffect(() => {
    void bridge?.connection.get().then(setState);
  }, [bridge]);
  if (!bridge || !state) return null;

  const connect = async (allowPlainStorage: boolean) => {
    const answer = await bridge.connection.connect({ url, allowPlainStorage });
    if ('invalid' in answer) return setProblem('url');
    if ('needsConsent' in answer) return setProblem('plainStorage');
    // The app starts again as the server's client: the sign-in page comes first.
    window.location.reload();
  };
  const disconnect = async () => {
    await bridge.connection.disconnect();
    window.location.reload();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    void connect(false);
  };
  const Heading = compact ? 'h3' : 'h2';

  return (
    <section className={compact ? 'team-server' : 'panel'} aria-labelledby="settings-team-server-heading">
      <Heading id="settings-team-server-heading">{t('settings.teamServer.title')}</Heading>
      {state.connected ? (
        <>
          <p>{t(state.online ? 'settings.teamServer.connected' : 'settings.teamServer.offline', { server: state.server })}</p>
          {!state.encrypted ? <p className="muted">{t('settings.teamServer.plainStored')}</p> : null}
          <button type="button" className="button" onClick={() => void disconnect()}>{t('settings.teamServer.disconnect')}</button>
        </>
      ) : (
        <form onSubmit={submit} noValidate>
          <p className="muted">{t('settings.teamServer.intro')}</p>
          <Field id="team-server-url" label={t('settings.teamServer.url')} error={problem === 'url' ? t('settings.teamServer.badUrl') : undefined}>
            {(c) => <input {...c} type="url" className="input" value={url} placeholder={t('settings.teamServer.placeholder')} onChange={(e) => setUrl(e.target.value)} />}
          </Field>
          {problem === 'plainStorage' ? (
            <div className="warning" role="alert">
              <p>{t('settings.teamServer.noKeyring')}</p>
              <button type="button" className="button" onClick={() => void connect(true)}>{t('settings.teamServer.keepAnyway')}</button>
            </div>
          ) : null}
          <button type="submit" className="button button-primary">{t('settings.teamServer.connect')}</button>
        </form>
      )}
    </section>
  );
}

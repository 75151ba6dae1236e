import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/useQuery';
import { isTeamServer, SIGNED_OUT_EVENT } from '../../api/transport';
import { MeProvider } from '../../api/useMe';
import { ErrorMessage } from '../../components/ErrorMessage';
import { codeRoute } from './codeRoute';
import { SignInScreen } from './SignInScreen';

/**
 * On a team server, nobody sees the app before signing in: this shows the sign-in page
 * (or the page for an invitation or reset code) until there is a session, and again when
 * the server says the session has ended. The solo desktop passes straight through.
 */
export function TeamGate({ children }: { children: ReactNode }) {
  return isTeamServer() ? <Gate>{children}</Gate> : <>{children}</>;
}

function Gate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const me = useQuery('auth.me', {});
  const [code, setCode] = useState(() => codeRoute());
  const { reload } = me;

  useEffect(() => {
    const again = () => reload();
    const hash = () => setCode(codeRoute());
    window.addEventListener(SIGNED_OUT_EVENT, again);
    window.addEventListener('hashchange', hash);
    return () => {
      window.removeEventListener(SIGNED_OUT_EVENT, again);
      window.removeEventListener('hashchange', hash);
    };
  }, [reload]);

  // Every screen starts again with the new session: its language, its access, its data.
  const signedIn = () => window.location.reload();

  if (code) return <SignInScreen code={code} onSignedIn={signedIn} />;
  if (me.error && !me.data) {
    return (
      <main id="main" className="screen" tabIndex={-1}>
        <ErrorMessage error={me.error} />
        <button type="button" className="button" onClick={reload}>{t('common:action.retry')}</button>
      </main>
    );
  }
  if (!me.data) return <p className="muted screen">{t('common:loading')}</p>;
  if (me.data.kind !== 'user') return <SignInScreen code={null} onSignedIn={signedIn} />;
  const { kind: _kind, ...user } = me.data;
  return <MeProvider me={user}>{children}</MeProvider>;
}

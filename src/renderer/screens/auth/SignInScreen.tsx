import { useState, type FormEvent } from 'react';
import { TeamServerSection } from '../settings/TeamServerSection';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../api/useAction';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { PageTitle } from '../../components/PageTitle';
import { CodeForm } from './CodeForm';
import type { CodeRoute } from './codeRoute';

/**
 * The team server's front door: sign in with e-mail and password, or, with a code from an
 * invitation or a reset (a link, or typed in), choose a password. The page reloads after
 * success so that every screen starts with the new session's language and access.
 */
export function SignInScreen({ code, onSignedIn }: { code: CodeRoute | null; onSignedIn: () => void }) {
  const { t } = useTranslation();
  const [withCode, setWithCode] = useState(code !== null);
  return (
    <div className="sign-in-page">
      <header className="app-header">
        <span className="brand">
          <span className="brand-mark" aria-hidden="true" />
          {t('common:appName')}
        </span>
        <LanguageSwitch />
      </header>
      <main id="main" className="sign-in-main" tabIndex={-1}>
        {withCode ? (
          <CodeForm code={code} onDone={onSignedIn} onBack={() => setWithCode(false)} />
        ) : (
          <PasswordForm onDone={onSignedIn} onCode={() => setWithCode(true)} />
        )}
        {/* The desktop app can go back to its own file from here. */}
        <TeamServerSection compact />
      </main>
    </div>
  );
}

function PasswordForm({ onDone, onCode }: { onDone: () => void; onCode: () => void }) {
  const { t } = useTranslation();
  const signIn = useAction('auth.signIn');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await signIn.run({ email, password });
    if (answer.ok) onDone();
    else setPassword('');
  };

  return (
    <section className="panel sign-in-panel">
      <PageTitle title={t('auth.signIn.title')} />
      <p className="lead">{t('auth.signIn.intro')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Field id="sign-in-email" label={t('auth.email')} required>
          {(props) => <input {...props} type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} data-autofocus />}
        </Field>
        <Field id="sign-in-password" label={t('auth.password')} required>
          {(props) => <input {...props} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />}
        </Field>
        <ErrorMessage error={signIn.error} />
        <div className="dialog-actions">
          <button type="submit" className="button button-primary" disabled={signIn.pending || email.trim() === '' || password === ''}>
            {signIn.pending ? t('auth.signIn.pending') : t('auth.signIn.submit')}
          </button>
          <button type="button" className="button" onClick={onCode}>
            {t('auth.haveCode')}
          </button>
        </div>
      </form>
      <p className="muted">{t('auth.signIn.forgot')}</p>
    </section>
  );
}

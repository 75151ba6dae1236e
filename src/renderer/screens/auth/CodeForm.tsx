import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MAX, PASSWORD_MIN } from '../../../shared/contract-accounts';
import { useAction } from '../../api/useAction';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { PageTitle } from '../../components/PageTitle';
import { leaveCodeRoute, type CodeRoute } from './codeRoute';

/** Choose a password with a one-time code: from an invitation link, a reset link, or typed in. */
export function CodeForm({ code, onDone, onBack }: { code: CodeRoute | null; onDone: () => void; onBack: () => void }) {
  const { t } = useTranslation();
  const accept = useAction('auth.acceptCode');
  const [typed, setTyped] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [checked, setChecked] = useState(false);
  const length = [...password].length;
  const tooShort = length < PASSWORD_MIN;
  const mismatch = repeat !== password;
  const kind = code?.kind ?? 'code';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (tooShort || mismatch) return;
    const answer = await accept.run({ code: code?.code ?? typed, password });
    if (answer.ok) {
      leaveCodeRoute();
      onDone();
    }
  };

  return (
    <section className="panel sign-in-panel">
      <PageTitle title={t(`auth.code.title.${kind}`)} />
      <p className="lead">{t(`auth.code.intro.${kind}`)}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        {code === null ? (
          <Field id="code-value" label={t('auth.code.field')} required>
            {(props) => <input {...props} autoComplete="one-time-code" value={typed} onChange={(e) => setTyped(e.target.value)} data-autofocus spellCheck={false} />}
          </Field>
        ) : null}
        <Field
          id="code-password"
          label={t('auth.code.password')}
          hint={t('auth.code.passwordHint', { min: PASSWORD_MIN, max: PASSWORD_MAX })}
          error={checked && tooShort ? t('auth.code.tooShort', { min: PASSWORD_MIN, count: length }) : undefined}
          required
        >
          {(props) => (
            <input {...props} type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} maxLength={PASSWORD_MAX} {...(code !== null ? { 'data-autofocus': true } : {})} />
          )}
        </Field>
        <Field id="code-repeat" label={t('auth.code.repeat')} error={checked && mismatch ? t('auth.code.mismatch') : undefined} required>
          {(props) => <input {...props} type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} />}
        </Field>
        <ErrorMessage error={accept.error} />
        <div className="dialog-actions">
          <button type="submit" className="button button-primary" disabled={accept.pending || (code === null && typed.trim() === '')}>
            {t('auth.code.submit')}
          </button>
          <button type="button" className="button" onClick={() => { leaveCodeRoute(); onBack(); }}>
            {t('auth.code.back')}
          </button>
        </div>
      </form>
    </section>
  );
}

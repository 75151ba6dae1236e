import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssuedCode } from '../../../shared/types-accounts';
import { useAction } from '../../api/useAction';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PersonPicker, type PickedPerson } from '../people/PersonPicker';

/** Invite a person in the register: they get an account that signs in with their e-mail. */
export function InviteDialog({ onClose, onIssued }: { onClose: () => void; onIssued: (issued: IssuedCode, name: string) => void }) {
  const { t } = useTranslation();
  const invite = useAction('users.invite');
  const [person, setPerson] = useState<PickedPerson | null>(null);
  const [admin, setAdmin] = useState(false);
  const [tried, setTried] = useState(false);

  const submit = async () => {
    setTried(true);
    if (!person) return;
    const answer = await invite.run({ personId: person.id, admin });
    if (answer.ok) onIssued(answer.value, person.name);
  };

  return (
    <Dialog title={t('users.invite.title')} onClose={onClose} wide>
      <p className="dialog-body">{t('users.invite.intro')}</p>
      <PersonPicker label={t('users.invite.person')} value={person} onChange={setPerson} autoFocus required
        error={tried && !person ? t('users.invite.personRequired') : undefined} />
      <label className="checkbox">
        <input type="checkbox" checked={admin} onChange={(e) => setAdmin(e.target.checked)} />
        {t('users.invite.admin')}
      </label>
      <p className="field-hint">{t('users.invite.adminHint')}</p>
      <ErrorMessage error={invite.error} />
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>{t('common:action.cancel')}</button>
        <button type="button" className="button button-primary" onClick={() => void submit()} disabled={invite.pending}>
          {t('users.invite.submit')}
        </button>
      </div>
    </Dialog>
  );
}

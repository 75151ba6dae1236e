import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FEEDBACK_STATUSES, type FeedbackEntry, type FeedbackStatus } from '../../../shared/types-feedback';
import { useAction } from '../../api/useAction';
import { useAnnounce } from '../../components/Announcer';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';

const SIGNED_KEY = 'forankring.feedback.signedAs';

interface AnswerDialogProps {
  entry: FeedbackEntry;
  onClose: () => void;
  onSaved: () => void;
}

/** The faggruppe's answer: status, the text the unit reads, the role it is signed by; and duplicates. */
export function AnswerDialog({ entry, onClose, onSaved }: AnswerDialogProps) {
  const { t } = useTranslation('feedback');
  const announce = useAnnounce();
  const answer = useAction('feedback.answer');
  const link = useAction('feedback.link');
  const merge = useAction('feedback.merge');
  const [status, setStatus] = useState<FeedbackStatus>(entry.status === 'new' ? 'under_review' : entry.status);
  const [text, setText] = useState(entry.answer?.text ?? '');
  const [signedAs, setSignedAs] = useState(entry.answer?.signedAs || window.localStorage.getItem(SIGNED_KEY) || t('answer.defaultRole'));
  const [intoId, setIntoId] = useState('');
  const [signMissing, setSignMissing] = useState(false);

  const save = async () => {
    if (signedAs.trim() === '') {
      setSignMissing(true);
      return;
    }
    const result = await answer.run({ id: entry.id, status, answer: text.trim(), signedAs: signedAs.trim() });
    if (!result.ok) return;
    window.localStorage.setItem(SIGNED_KEY, signedAs.trim());
    announce(t('answer.saved', { title: entry.title, status: t(`status.${status}`) }));
    onSaved();
  };
  const duplicate = async (how: 'link' | 'merge') => {
    const target = Number(intoId);
    if (!Number.isInteger(target) || target <= 0) return;
    const result = await (how === 'link' ? link : merge).run({ id: entry.id, intoId: target });
    if (!result.ok) return;
    announce(t(how === 'link' ? 'duplicate.linked' : 'duplicate.merged', { id: entry.id, into: target }));
    onSaved();
  };

  return (
    <Dialog title={t('answer.title', { id: entry.id, title: entry.title })} onClose={onClose} wide>
      <form onSubmit={(e) => { e.preventDefault(); void save(); }} noValidate>
        {entry.description ? <p>{entry.description}</p> : null}
        <div className="field-row field-row-2">
          <Field id="feedback-answer-status" label={t('answer.status')}>
            {(c) => (
              <select {...c} className="input" data-autofocus value={status} onChange={(e) => setStatus(e.target.value as FeedbackStatus)}>
                {FEEDBACK_STATUSES.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
              </select>
            )}
          </Field>
          <Field id="feedback-answer-signed" label={t('answer.signedAs')} hint={t('answer.signedAsHint')} error={signMissing ? t('ui:form.required') : undefined} required>
            {(c) => <input {...c} className="input" maxLength={100} value={signedAs} onChange={(e) => setSignedAs(e.target.value)} />}
          </Field>
        </div>
        <Field id="feedback-answer-text" label={t('answer.text')} hint={t('answer.textHint')}>
          {(c) => <textarea {...c} className="input" rows={4} maxLength={4000} value={text} onChange={(e) => setText(e.target.value)} />}
        </Field>
        <ErrorMessage error={answer.error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>{t('common:action.cancel')}</button>
          <button type="submit" className="button button-primary" disabled={answer.pending}>{t('answer.save')}</button>
        </div>
      </form>
      <fieldset className="feedback-duplicate">
        <legend>{t('duplicate.legend')}</legend>
        <Field id="feedback-duplicate-into" label={t('duplicate.into')} hint={t('duplicate.hint')}>
          {(c) => <input {...c} className="input" inputMode="numeric" value={intoId} onChange={(e) => setIntoId(e.target.value.replace(/\D/g, ''))} />}
        </Field>
        <ErrorMessage error={link.error ?? merge.error} />
        <div className="dialog-actions">
          <button type="button" className="button" disabled={intoId === '' || link.pending} onClick={() => void duplicate('link')}>{t('duplicate.link')}</button>
          <button type="button" className="button" disabled={intoId === '' || merge.pending} onClick={() => void duplicate('merge')}>{t('duplicate.merge')}</button>
        </div>
      </fieldset>
    </Dialog>
  );
}

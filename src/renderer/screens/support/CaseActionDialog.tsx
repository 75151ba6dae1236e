import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApiError, Envelope } from '../../../shared/errors';
import type { CaseDetail, SupportTier } from '../../../shared/types-support';
import { useClient } from '../../api/ClientContext';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { SupportError } from './SupportError';
import { useSupportText } from './useSupportText';

export type CaseAction = 'respond' | 'escalate' | 'wait' | 'resume' | 'resolve' | 'reopen';

/** Escalating, resolving and reopening must say why; the others may carry a note. */
const REQUIRED: Record<CaseAction, boolean> = { respond: false, escalate: true, wait: false, resume: false, resolve: true, reopen: true };

interface CaseActionDialogProps {
  action: CaseAction;
  caseId: number;
  /** The tier an escalation goes to. */
  toTier?: SupportTier | null;
  initialText?: string;
  onClose: () => void;
  onDone: (detail: CaseDetail, message: string) => void;
}

/** One step in a case's life, with its note, reason or resolution. */
export function CaseActionDialog({ action, caseId, toTier = null, initialText = '', onClose, onDone }: CaseActionDialogProps) {
  const { t } = useTranslation();
  const client = useClient();
  const text = useSupportText();
  const [serverError, setServerError] = useState<ApiError | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<{ text: string }>({ defaultValues: { text: initialText } });
  const vars = { name: text.caseName(caseId), tier: toTier ? text.tierTo(toTier) : '' };

  const call = (value: string): Promise<Envelope<CaseDetail>> => {
    switch (action) {
      case 'respond':
        return client.call('cases.respond', { id: caseId, note: value });
      case 'escalate':
        return client.call('cases.escalate', { id: caseId, reason: value });
      case 'wait':
        return client.call('cases.wait', { id: caseId, note: value });
      case 'resume':
        return client.call('cases.resume', { id: caseId, note: value });
      case 'resolve':
        return client.call('cases.resolve', { id: caseId, resolution: value });
      case 'reopen':
        return client.call('cases.reopen', { id: caseId, reason: value });
    }
  };

  const submit = handleSubmit(async (values) => {
    setServerError(null);
    const result = await call(values.text.trim());
    if (result.ok) onDone(result.value, t(`support.action.${action}.done`, vars));
    else setServerError(result.error);
  });

  return (
    <Dialog title={t(`support.action.${action}.title`, vars)} onClose={onClose}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Field id="case-action-text" label={t(`support.action.${action}.field`)} error={errors.text?.message} required={REQUIRED[action]}>
          {(c) => (
            <textarea
              {...c}
              className="input"
              rows={3}
              data-autofocus
              {...register('text', {
                validate: (v) => !REQUIRED[action] || v.trim().length > 0 || t('form.required'),
                maxLength: { value: 2000, message: t('form.tooLong', { max: 2000 }) },
              })}
            />
          )}
        </Field>
        <SupportError error={serverError} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common:action.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={isSubmitting}>
            {t(`support.action.${action}.submit`, vars)}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

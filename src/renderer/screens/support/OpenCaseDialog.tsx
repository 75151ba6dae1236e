import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/errors';
import type { CaseDetail, ProblemDto } from '../../../shared/types-support';
import { useClient } from '../../api/ClientContext';
import { useQuery } from '../../api/useQuery';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { UnitPicker, type PickedUnit } from '../../components/UnitPicker';
import { SupportError } from './SupportError';
import { useSupportText } from './useSupportText';

interface OpenCaseDialogProps {
  unit: PickedUnit | null;
  /** The guide the case starts with: the one the user opened, else the top match. */
  problem: ProblemDto | null;
  /** The error message looked up in login help ('' when none); it goes first in the case's description. */
  errorText: string;
  /** Whether the lookup found any guide: then the case must name a problem. */
  matched: boolean;
  onClose: () => void;
  onOpened: (opened: CaseDetail & { unit: PickedUnit }) => void;
}

interface Values {
  reporterName: string;
  reporterContact: string;
  problemId: string;
  description: string;
}

const REPORTER_KEY = 'forankring.support.reporter';

/**
 * Opens a case when self-help did not solve it: the unit, who reports it, the problem and what happened.
 * "No problem chosen" is offered only when the lookup matched nothing (the core holds to the same rule).
 */
export function OpenCaseDialog({ unit: initialUnit, problem, errorText, matched, onClose, onOpened }: OpenCaseDialogProps) {
  const { t } = useTranslation();
  const client = useClient();
  const text = useSupportText();
  const problems = useQuery('problems.list', {});
  const [unit, setUnit] = useState<PickedUnit | null>(initialUnit);
  const [unitError, setUnitError] = useState<string | undefined>(undefined);
  const [serverError, setServerError] = useState<ApiError | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: {
      reporterName: window.localStorage.getItem(REPORTER_KEY) ?? '',
      reporterContact: '',
      problemId: problem ? String(problem.id) : '',
      description: '',
    },
  });

  const submit = handleSubmit(async (values) => {
    setServerError(null);
    if (!unit) {
      setUnitError(t('support.open.unitRequired'));
      return;
    }
    const reporterName = values.reporterName.trim();
    const result = await client.call('cases.open', {
      unitId: unit.id,
      reporterName,
      reporterContact: values.reporterContact.trim(),
      problemId: values.problemId === '' ? null : Number(values.problemId),
      errorText,
      description: values.description.trim(),
    });
    if (!result.ok) {
      setServerError(result.error);
      return;
    }
    window.localStorage.setItem(REPORTER_KEY, reporterName);
    onOpened({ ...result.value, unit });
  });

  const list = problems.data ?? (problem ? [problem] : []);
  return (
    <Dialog title={t('support.open.title')} onClose={onClose} wide>
      <form onSubmit={(event) => void submit(event)} noValidate>
        {unit && !unitError ? (
          <p className="chosen-unit">
            {t('support.help.chosenUnit', { name: unit.name, code: unit.code })}{' '}
            <button type="button" className="link-button" onClick={() => setUnit(null)}>
              {t('support.help.changeUnit')}
            </button>
          </p>
        ) : (
          <>
            <UnitPicker
              label={t('support.help.unit')}
              value={unit}
              onChange={(picked) => {
                setUnit(picked);
                setUnitError(undefined);
              }}
            />
            {unitError ? <p className="field-error" role="alert">{unitError}</p> : null}
          </>
        )}
        <div className="field-row field-row-2">
          <Field id="case-reporter" label={t('support.open.reporterName')} error={errors.reporterName?.message} required>
            {(c) => (
              <input
                {...c}
                className="input"
                autoComplete="name"
                {...(unit ? { 'data-autofocus': true } : {})}
                {...register('reporterName', { validate: (v) => v.trim().length > 0 || t('form.required'), maxLength: { value: 200, message: t('form.tooLong', { max: 200 }) } })}
              />
            )}
          </Field>
          <Field id="case-contact" label={t('support.open.reporterContact')} hint={t('support.open.reporterContactHint')} error={errors.reporterContact?.message}>
            {(c) => <input {...c} className="input" autoComplete="email" {...register('reporterContact', { maxLength: { value: 200, message: t('form.tooLong', { max: 200 }) } })} />}
          </Field>
        </div>
        <Field id="case-problem" label={t('support.open.problem')}>
          {(c) => (
            <select {...c} className="input" {...register('problemId')}>
              {matched ? null : <option value="">{t('support.noProblem')}</option>}
              {list.map((p) => (
                <option key={p.id} value={String(p.id)}>
                  {text.problemTitle(p)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {errorText ? (
          <div className="pasted-error">
            <h3 className="field-label">{t('support.open.pasted')}</h3>
            <pre className="pasted-error-text">{errorText}</pre>
            <p className="field-hint">{t('support.open.pastedHint')}</p>
          </div>
        ) : null}
        <Field id="case-description" label={t('support.open.description')} hint={t('support.open.descriptionHint')} error={errors.description?.message}>
          {(c) => <textarea {...c} className="input" rows={4} {...register('description', { maxLength: { value: 2000, message: t('form.tooLong', { max: 2000 }) } })} />}
        </Field>
        <SupportError error={serverError} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common:action.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={isSubmitting}>
            {t('support.open.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

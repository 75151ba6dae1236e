import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/errors';
import type { CaseDetail } from '../../../shared/types-support';
import { useClient } from '../../api/ClientContext';
import { useQuery } from '../../api/useQuery';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { UnitPicker, type PickedUnit } from '../../components/UnitPicker';
import { SupportError } from './SupportError';
import { useSupportText } from './useSupportText';

interface CorrectCaseDialogProps {
  detail: CaseDetail;
  onClose: () => void;
  onDone: (detail: CaseDetail, message: string) => void;
}

interface Values {
  problemId: string;
  description: string;
}

/** Corrects the problem, unit or description the case was opened with; the core records each correction as an event. */
export function CorrectCaseDialog({ detail, onClose, onDone }: CorrectCaseDialogProps) {
  const { t } = useTranslation();
  const client = useClient();
  const text = useSupportText();
  const problems = useQuery('problems.list', {});
  const [unit, setUnit] = useState<PickedUnit>({ id: detail.unitId, name: detail.unitName, code: detail.unitCode });
  const [choosingUnit, setChoosingUnit] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [serverError, setServerError] = useState<ApiError | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ defaultValues: { problemId: detail.problemId === null ? '' : String(detail.problemId), description: detail.description } });
  const name = text.caseName(detail.id);

  const submit = handleSubmit(async (values) => {
    setServerError(null);
    const problemId = values.problemId === '' ? null : Number(values.problemId);
    const description = values.description.trim();
    // Send only what changed, so the history says exactly what was corrected.
    const changes = {
      ...(problemId !== detail.problemId ? { problemId } : {}),
      ...(unit.id !== detail.unitId ? { unitId: unit.id } : {}),
      ...(description !== detail.description ? { description } : {}),
    };
    if (Object.keys(changes).length === 0) {
      setFormError(t('support.correct.nothing'));
      return;
    }
    const result = await client.call('cases.correct', { id: detail.id, ...changes });
    if (result.ok) onDone(result.value, t('support.correct.done', { name }));
    else setServerError(result.error);
  });

  const list = problems.data ?? [];
  return (
    <Dialog title={t('support.correct.title', { name })} onClose={onClose} wide>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <p className="muted">{t('support.correct.intro')}</p>
        <Field id="correct-problem" label={t('support.open.problem')}>
          {(c) => (
            <select {...c} className="input" data-autofocus {...register('problemId', { onChange: () => setFormError(null) })}>
              <option value="">{t('support.noProblem')}</option>
              {detail.problemId !== null && !list.some((p) => p.id === detail.problemId) ? (
                <option value={String(detail.problemId)}>{text.problemTitle({ titleNb: detail.problemTitleNb, titleEn: detail.problemTitleEn })}</option>
              ) : null}
              {list.map((p) => (
                <option key={p.id} value={String(p.id)}>
                  {text.problemTitle(p)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {choosingUnit ? (
          <UnitPicker
            label={t('support.help.unit')}
            value={unit}
            onChange={(picked) => {
              setUnit(picked);
              setChoosingUnit(false);
              setFormError(null);
            }}
          />
        ) : (
          <p className="chosen-unit">
            {t('support.help.chosenUnit', { name: unit.name, code: unit.code })}{' '}
            <button type="button" className="link-button" onClick={() => setChoosingUnit(true)}>
              {t('support.help.changeUnit')}
            </button>
          </p>
        )}
        <p className="muted">{t('support.correct.unitHint')}</p>
        <Field id="correct-description" label={t('support.case.description')} error={errors.description?.message}>
          {(c) => (
            <textarea
              {...c}
              className="input"
              rows={5}
              {...register('description', { onChange: () => setFormError(null), maxLength: { value: 2000, message: t('form.tooLong', { max: 2000 }) } })}
            />
          )}
        </Field>
        {formError ? <p className="field-error" role="alert">{formError}</p> : null}
        <SupportError error={serverError} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common:action.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={isSubmitting}>
            {t('support.correct.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

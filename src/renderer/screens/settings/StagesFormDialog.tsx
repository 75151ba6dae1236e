import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/errors';
import type { StageDto, StageRule } from '../../../shared/types-rollout';
import { useClient } from '../../api/ClientContext';
import { Dialog } from '../../components/Dialog';
import { errorText } from '../../components/ErrorMessage';
import { FormActions } from '../../components/FormActions';
import { Field } from '../../components/Field';
import { useRolloutText } from '../rollout/useRolloutText';

interface StagesFormDialogProps {
  /** Absent: a new stage, added last. */
  stage?: StageDto;
  onClose: () => void;
  onSaved: (stage: StageDto) => void;
}

interface Values {
  nameNb: string;
  nameEn: string;
  descriptionNb: string;
  descriptionEn: string;
  rule: '' | StageRule;
}

export const STAGE_RULES: readonly StageRule[] = ['super_user_filled', 'basic_training'];

/** A stage's names and descriptions in both languages, and its optional "done when" rule. */
export function StagesFormDialog({ stage, onClose, onSaved }: StagesFormDialogProps) {
  const { t } = useTranslation();
  const client = useClient();
  const text = useRolloutText();
  const [serverError, setServerError] = useState<ApiError | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: {
      nameNb: stage?.nameNb ?? '',
      nameEn: stage?.nameEn ?? '',
      descriptionNb: stage?.descriptionNb ?? '',
      descriptionEn: stage?.descriptionEn ?? '',
      rule: stage?.rule ?? '',
    },
  });

  const submit = handleSubmit(async (values) => {
    setServerError(null);
    const fields = {
      nameNb: values.nameNb.trim(),
      nameEn: values.nameEn.trim(),
      descriptionNb: values.descriptionNb,
      descriptionEn: values.descriptionEn,
      rule: values.rule === '' ? null : values.rule,
    };
    const result = stage ? await client.call('stages.update', { id: stage.id, ...fields }) : await client.call('stages.create', fields);
    if (result.ok) onSaved(result.value);
    else if (result.error.code === 'NAME_TAKEN') {
      // The core names the taken name; put the message at the field that holds it.
      const field = result.error.details?.name === fields.nameEn && fields.nameEn !== fields.nameNb ? 'nameEn' : 'nameNb';
      setError(field, { type: 'server', message: errorText(t, result.error) }, { shouldFocus: true });
    } else setServerError(result.error);
  });

  const name = { validate: (v: string) => v.trim().length > 0 || t('form.required'), maxLength: { value: 100, message: t('form.tooLong', { max: 100 }) } };
  const description = { maxLength: { value: 1000, message: t('form.tooLong', { max: 1000 }) } };
  return (
    <Dialog title={stage ? t('rollout.stages.editTitle', { name: text.stageName(stage) }) : t('rollout.stages.createTitle')} onClose={onClose} wide>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="field-row field-row-2">
          <Field id="stage-name-nb" label={t('rollout.stages.nameNb')} error={errors.nameNb?.message} required>
            {(c) => <input {...c} lang="nb" className="input" autoComplete="off" data-autofocus {...register('nameNb', name)} />}
          </Field>
          <Field id="stage-name-en" label={t('rollout.stages.nameEn')} error={errors.nameEn?.message} required>
            {(c) => <input {...c} lang="en" className="input" autoComplete="off" {...register('nameEn', name)} />}
          </Field>
        </div>
        <div className="field-row field-row-2">
          <Field id="stage-desc-nb" label={t('rollout.stages.descriptionNb')} error={errors.descriptionNb?.message}>
            {(c) => <textarea {...c} lang="nb" className="input" rows={3} {...register('descriptionNb', description)} />}
          </Field>
          <Field id="stage-desc-en" label={t('rollout.stages.descriptionEn')} error={errors.descriptionEn?.message}>
            {(c) => <textarea {...c} lang="en" className="input" rows={3} {...register('descriptionEn', description)} />}
          </Field>
        </div>
        <Field id="stage-rule" label={t('rollout.stages.rule')} hint={t('rollout.stages.ruleHint')}>
          {(c) => (
            <select {...c} className="input" {...register('rule')}>
              <option value="">{t('rollout.stages.ruleNone')}</option>
              {STAGE_RULES.map((r) => (
                <option key={r} value={r}>
                  {t(`rollout.stages.ruleName.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <FormActions error={serverError} onCancel={onClose} submitting={isSubmitting} submitLabel={stage ? t('common:action.save') : t('rollout.stages.create')} />
      </form>
    </Dialog>
  );
}

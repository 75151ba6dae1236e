import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/errors';
import type { StageDto, StageRule } from '../../../shared/types-rollout';
import { useClient } from '../../api/ClientContext';
import { BilingualNameFields, bilingualNameDefaults, bilingualNameInput } from '../../components/BilingualNameFields';
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
      ...bilingualNameDefaults(stage),
      rule: stage?.rule ?? '',
    },
  });

  const submit = handleSubmit(async (values) => {
    setServerError(null);
    const fields = {
      ...bilingualNameInput(values),
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

  return (
    <Dialog title={stage ? t('rollout.stages.editTitle', { name: text.stageName(stage) }) : t('rollout.stages.createTitle')} onClose={onClose} wide>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <BilingualNameFields
          idPrefix="stage"
          labels={{ nameNb: t('rollout.stages.nameNb'), nameEn: t('rollout.stages.nameEn'), descriptionNb: t('rollout.stages.descriptionNb'), descriptionEn: t('rollout.stages.descriptionEn') }}
          register={register}
          errors={errors}
        />
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

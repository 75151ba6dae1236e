import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/errors';
import type { TrainingTypeDto } from '../../../shared/types-rollout';
import type { RoleDto } from '../../../shared/types-ownership';
import { useClient } from '../../api/ClientContext';
import { BilingualNameFields, bilingualNameDefaults, bilingualNameInput } from '../../components/BilingualNameFields';
import { Dialog } from '../../components/Dialog';
import { FormActions } from '../../components/FormActions';
import { LearningLinksFields, learningLinkDefaults, learningLinkInput, type LearningLinkValues } from '../../components/LearningLinksFields';
import { Field } from '../../components/Field';
import { useRolloutText } from '../dashboard/useRolloutText';

interface TrainingTypeFormDialogProps {
  /** Absent: a new type. */
  type?: TrainingTypeDto;
  roles: readonly RoleDto[];
  onClose: () => void;
  onSaved: (type: TrainingTypeDto) => void;
}

interface Values extends LearningLinkValues {
  nameNb: string;
  nameEn: string;
  descriptionNb: string;
  descriptionEn: string;
  /** Empty: valid for ever. */
  validityMonths: string;
  requiredForAll: boolean;
  /** Role ids as strings, as checkboxes give them. */
  roleIds: string[];
}

/** A training type's names and descriptions in both languages, its validity, and whom it is required for. */
export function TrainingTypeFormDialog({ type, roles, onClose, onSaved }: TrainingTypeFormDialogProps) {
  const { t } = useTranslation();
  const client = useClient();
  const text = useRolloutText();
  const [serverError, setServerError] = useState<ApiError | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: {
      ...bilingualNameDefaults(type),
      validityMonths: type?.validityMonths == null ? '' : String(type.validityMonths),
      requiredForAll: type?.requiredForAll ?? false,
      roleIds: (type?.roleIds ?? []).map(String),
      ...learningLinkDefaults(type?.links),
    },
  });

  const submit = handleSubmit(async (values) => {
    setServerError(null);
    const fields = {
      ...bilingualNameInput(values),
      validityMonths: values.validityMonths.trim() === '' ? null : Number(values.validityMonths),
      requiredForAll: values.requiredForAll,
      // A single checkbox in a group can come back as a plain boolean.
      roleIds: Array.isArray(values.roleIds) ? values.roleIds.map(Number) : [],
      links: learningLinkInput(values),
    };
    const result = type ? await client.call('trainingTypes.update', { id: type.id, ...fields }) : await client.call('trainingTypes.create', fields);
    if (result.ok) onSaved(result.value);
    else setServerError(result.error);
  });

  return (
    <Dialog title={type ? t('training.types.editTitle', { name: text.name(type) }) : t('training.types.createTitle')} onClose={onClose} wide>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <BilingualNameFields
          idPrefix="ttype"
          labels={{ nameNb: t('training.types.nameNb'), nameEn: t('training.types.nameEn'), descriptionNb: t('training.types.descriptionNb'), descriptionEn: t('training.types.descriptionEn') }}
          register={register}
          errors={errors}
        />
        <Field id="ttype-validity" label={t('training.types.validityMonths')} hint={t('training.types.validityHint')} error={errors.validityMonths?.message}>
          {(c) => (
            <input
              {...c}
              type="number"
              min={1}
              max={120}
              className="input input-number"
              {...register('validityMonths', { validate: (v) => v.trim() === '' || (/^\d{1,3}$/.test(v.trim()) && Number(v) >= 1 && Number(v) <= 120) || t('training.types.badValidity') })}
            />
          )}
        </Field>
        <fieldset className="type-roles">
          <legend>{t('training.types.requiredFor')}</legend>
          <label className="checkbox">
            <input type="checkbox" {...register('requiredForAll')} />
            {t('training.types.requiredForAll')}
          </label>
          {roles.map((role) => (
            <label key={role.id} className="checkbox">
              <input type="checkbox" value={String(role.id)} {...register('roleIds')} />
              {t('training.types.requiredForRole', { role: text.name(role) })}
            </label>
          ))}
        </fieldset>
        <LearningLinksFields idPrefix="ttype" register={register} errors={errors} />
        <FormActions error={serverError} onCancel={onClose} submitting={isSubmitting} submitLabel={type ? t('common:action.save') : t('training.types.create')} />
      </form>
    </Dialog>
  );
}

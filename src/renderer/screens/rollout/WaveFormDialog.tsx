import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/errors';
import type { WaveDto } from '../../../shared/types-rollout';
import { useClient } from '../../api/ClientContext';
import { Dialog } from '../../components/Dialog';
import { errorText } from '../../components/ErrorMessage';
import { FormActions } from '../../components/FormActions';
import { Field } from '../../components/Field';
import { FormDateInput } from '../../components/FormDateInput';

interface WaveFormDialogProps {
  /** Absent: a new wave. */
  wave?: WaveDto;
  onClose: () => void;
  onSaved: (wave: WaveDto) => void;
}

interface Values {
  name: string;
  plannedStart: string;
  plannedEnd: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A wave's name and planned period. Changing the period spreads the stage dates anew (the hint says so). */
export function WaveFormDialog({ wave, onClose, onSaved }: WaveFormDialogProps) {
  const { t } = useTranslation();
  const client = useClient();
  const [serverError, setServerError] = useState<ApiError | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ defaultValues: { name: wave?.name ?? '', plannedStart: wave?.plannedStart ?? '', plannedEnd: wave?.plannedEnd ?? '' } });

  const submit = handleSubmit(async (values) => {
    setServerError(null);
    const fields = { name: values.name.trim(), plannedStart: values.plannedStart, plannedEnd: values.plannedEnd };
    const result = wave ? await client.call('waves.update', { id: wave.id, ...fields }) : await client.call('waves.create', fields);
    if (result.ok) onSaved(result.value);
    else if (result.error.code === 'NAME_TAKEN') {
      setError('name', { type: 'server', message: errorText(t, result.error) }, { shouldFocus: true });
    } else setServerError(result.error);
  });

  const date = { validate: (v: string) => ISO_DATE.test(v) || t('rollout.form.badDate') };
  return (
    <Dialog title={wave ? t('rollout.wave.editTitle', { name: wave.name }) : t('rollout.wave.createTitle')} onClose={onClose}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Field id="wave-name" label={t('rollout.wave.name')} error={errors.name?.message} required>
          {(c) => (
            <input
              {...c}
              className="input"
              autoComplete="off"
              data-autofocus
              {...register('name', { validate: (v) => v.trim().length > 0 || t('form.required'), maxLength: { value: 100, message: t('form.tooLong', { max: 100 }) } })}
            />
          )}
        </Field>
        <div className="field-row field-row-2">
          <Field id="wave-start" label={t('rollout.wave.plannedStart')} error={errors.plannedStart?.message} required>
            {(c) => <FormDateInput {...c} control={control} name="plannedStart" rules={date} />}
          </Field>
          <Field id="wave-end" label={t('rollout.wave.plannedEnd')} error={errors.plannedEnd?.message} required>
            {(c) => (
              <FormDateInput
                {...c}
                control={control}
                name="plannedEnd"
                rules={{ validate: (v) => (ISO_DATE.test(v) ? v >= getValues('plannedStart') || t('rollout.form.endBeforeStart') : t('rollout.form.badDate')) }}
              />
            )}
          </Field>
        </div>
        <p className="field-hint">{wave ? t('rollout.wave.respreadHint') : t('rollout.wave.spreadHint')}</p>
        <FormActions error={serverError} onCancel={onClose} submitting={isSubmitting} submitLabel={wave ? t('common:action.save') : t('rollout.wave.create')} />
      </form>
    </Dialog>
  );
}

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/errors';
import type { TrainingFormat, TrainingSessionDetail, TrainingTypeDto } from '../../../shared/types-rollout';
import { useClient } from '../../api/ClientContext';
import { useQuery } from '../../api/useQuery';
import { osloDate } from '../../../shared/dates';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FormActions } from '../../components/FormActions';
import { Field } from '../../components/Field';
import { UnitPicker, type PickedUnit } from '../../components/UnitPicker';
import { useRolloutText } from '../dashboard/useRolloutText';
import { AttendeePicker, type Attendee } from './AttendeePicker';
import { FormDateInput } from '../../components/FormDateInput';

export const FORMATS: readonly TrainingFormat[] = ['in_person', 'digital', 'elearning', 'video'];

interface SessionFormDialogProps {
  /** Absent: a new session. */
  sessionId?: number;
  types: readonly TrainingTypeDto[];
  onClose: () => void;
  onSaved: (session: TrainingSessionDetail) => void;
}

/** Register a session, or edit one (loaded first, so the form starts from what is saved). */
export function SessionFormDialog({ sessionId, types, onClose, onSaved }: SessionFormDialogProps) {
  const { t } = useTranslation();
  const existing = useQuery('trainingSessions.get', sessionId === undefined ? null : { id: sessionId });
  const title = sessionId === undefined ? t('training.form.createTitle') : t('training.form.editTitle');
  if (sessionId !== undefined && !existing.data) {
    return (
      <Dialog title={title} onClose={onClose}>
        <ErrorMessage error={existing.error} />
        {existing.error ? null : <p className="muted">{t('common:loading')}</p>}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose} data-autofocus>
            {t('common:action.cancel')}
          </button>
        </div>
      </Dialog>
    );
  }
  return <SessionForm title={title} session={existing.data} types={types} onClose={onClose} onSaved={onSaved} />;
}

interface Values {
  typeId: string;
  date: string;
  format: TrainingFormat;
  trainer: string;
}

interface SessionFormProps {
  title: string;
  session: TrainingSessionDetail | undefined;
  types: readonly TrainingTypeDto[];
  onClose: () => void;
  onSaved: (session: TrainingSessionDetail) => void;
}

function SessionForm({ title, session, types, onClose, onSaved }: SessionFormProps) {
  const { t } = useTranslation();
  const client = useClient();
  const text = useRolloutText();
  const [serverError, setServerError] = useState<ApiError | null>(null);
  const [unit, setUnit] = useState<PickedUnit | null>(session ? { id: session.unitId, name: session.unitName, code: session.unitCode } : null);
  const [unitError, setUnitError] = useState<string | undefined>(undefined);
  const [attendees, setAttendees] = useState<Attendee[]>(session?.attendees.map((a) => ({ id: a.personId, name: a.name, email: a.email })) ?? []);
  const {
    register,
    control,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: {
      typeId: session ? String(session.typeId) : '',
      date: session?.date ?? osloDate(),
      format: session?.format ?? 'in_person',
      trainer: session?.trainer ?? '',
    },
  });

  const submit = handleSubmit(async (values) => {
    setServerError(null);
    if (!unit) {
      setUnitError(t('form.required'));
      return;
    }
    setUnitError(undefined);
    const fields = {
      typeId: Number(values.typeId),
      date: values.date,
      unitId: unit.id,
      format: values.format,
      trainer: values.trainer.trim(),
      attendeeIds: attendees.map((a) => a.id),
    };
    const result = session ? await client.call('trainingSessions.update', { id: session.id, ...fields }) : await client.call('trainingSessions.create', fields);
    if (result.ok) onSaved(result.value);
    else setServerError(result.error);
  });

  return (
    <Dialog title={title} onClose={onClose} wide>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="field-row">
          <Field id="session-type" label={t('training.field.type')} error={errors.typeId?.message} required>
            {(c) => (
              <select {...c} className="input" data-autofocus {...register('typeId', { required: t('form.required') })}>
                <option value="">{t('training.form.chooseType')}</option>
                {types.map((type) => (
                  <option key={type.id} value={String(type.id)}>
                    {text.name(type)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="session-date" label={t('training.field.date')} error={errors.date?.message} required>
            {(c) => <FormDateInput {...c} control={control} name="date" rules={{ required: t('form.required'), pattern: { value: /^\d{4}-\d{2}-\d{2}$/, message: t('training.form.badDate') } }} />}
          </Field>
          <Field id="session-format" label={t('training.field.format')} required>
            {(c) => (
              <select {...c} className="input" {...register('format')}>
                {FORMATS.map((f) => (
                  <option key={f} value={f}>
                    {t(`training.format.${f}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Field id="session-trainer" label={t('training.field.trainer')} error={errors.trainer?.message}>
          {(c) => <input {...c} className="input" autoComplete="off" {...register('trainer', { maxLength: { value: 200, message: t('form.tooLong', { max: 200 }) } })} />}
        </Field>
        <div className={unitError ? 'session-unit has-error' : 'session-unit'}>
          <UnitPicker label={t('training.form.unitSearch')} value={unit} onChange={setUnit} />
          <p className="picked" aria-live="polite">
            {unit ? t('training.form.unitPicked', { unit: `${unit.name} (${unit.code})` }) : t('training.form.noUnit')}
          </p>
          {unitError ? <p className="field-error">{unitError}</p> : null}
        </div>
        <AttendeePicker unitId={unit?.id ?? null} value={attendees} onChange={setAttendees} />
        <FormActions error={serverError} onCancel={onClose} submitting={isSubmitting} submitLabel={session ? t('common:action.save') : t('training.form.create')} />
      </form>
    </Dialog>
  );
}

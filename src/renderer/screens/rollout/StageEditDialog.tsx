import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { StageDto, StageState, UnitRollout, UnitStageStatus } from '../../../shared/types-rollout';
import { useAction } from '../../api/useAction';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { useFormat } from '../../lib/format';
import { osloDate } from '../../../shared/dates';
import { useRolloutText } from './useRolloutText';
import { FormDateInput } from '../../components/FormDateInput';

interface StageEditDialogProps {
  unit: UnitRollout;
  stage: StageDto;
  status: UnitStageStatus;
  onClose: () => void;
  onSaved: () => void;
}

interface Values {
  state: StageState;
  useWaveDate: boolean;
  plannedDate: string;
  doneDate: string;
  note: string;
  blockedReason: string;
}

const STATES: StageState[] = ['not_started', 'in_progress', 'done', 'blocked'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** One stage for one unit: its state, its own planned date or the wave's, done date, note and block reason. */
export function StageEditDialog({ unit, stage, status, onClose, onSaved }: StageEditDialogProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useRolloutText();
  const save = useAction('rollout.setStage');
  const waveDate = unit.wave && !status.plannedOverridden ? status.plannedDate : null;
  const {
    register,
    handleSubmit,
    control,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: {
      state: status.state,
      useWaveDate: !status.plannedOverridden,
      plannedDate: status.plannedDate ?? '',
      doneDate: status.doneDate ?? osloDate(),
      note: status.note,
      blockedReason: status.blockedReason,
    },
  });
  const state = useWatch({ control, name: 'state' });
  const useWaveDate = useWatch({ control, name: 'useWaveDate' });

  const submit = handleSubmit(async (values) => {
    const result = await save.run({
      unitId: unit.unitId,
      stageId: stage.id,
      state: values.state,
      blockedReason: values.state === 'blocked' ? values.blockedReason.trim() : '',
      plannedDate: values.useWaveDate ? null : values.plannedDate,
      doneDate: values.state === 'done' ? values.doneDate : null,
      note: values.note,
    });
    if (result.ok) onSaved();
  });

  const name = text.stageName(stage);
  return (
    <Dialog title={t('rollout.edit.title', { stage: name, unit: unit.name })} onClose={onClose} wide>
      <form onSubmit={(event) => void submit(event)} noValidate>
        {text.stageDescription(stage) ? <p className="muted">{text.stageDescription(stage)}</p> : null}
        <fieldset className="radio-group">
          <legend>{t('rollout.stage.state')}</legend>
          {STATES.map((s, i) => (
            <label key={s} className="radio">
              <input type="radio" value={s} {...(i === 0 ? { 'data-autofocus': true } : {})} {...register('state')} />
              {text.stateLabel(s)}
            </label>
          ))}
        </fieldset>
        {state === 'blocked' ? (
          <Field id="stage-blocked-reason" label={t('rollout.edit.blockedReason')} error={errors.blockedReason?.message} required>
            {(c) => (
              <textarea
                {...c}
                className="input"
                rows={2}
                {...register('blockedReason', {
                  validate: (v) => v.trim().length > 0 || t('rollout.edit.reasonRequired'),
                  maxLength: { value: 500, message: t('form.tooLong', { max: 500 }) },
                })}
              />
            )}
          </Field>
        ) : null}
        <fieldset className="radio-group">
          <legend>{t('rollout.edit.plannedDate')}</legend>
          <label className="checkbox">
            <input type="checkbox" {...register('useWaveDate')} />
            {waveDate ? t('rollout.edit.useWaveDateWith', { date: format.date(waveDate) }) : t('rollout.edit.useWaveDate')}
          </label>
          {!useWaveDate ? (
            <Field id="stage-planned-date" label={t('rollout.edit.ownDate')} error={errors.plannedDate?.message} required>
              {(c) => (
                <FormDateInput {...c} control={control} name="plannedDate" rules={{ validate: (v) => ISO_DATE.test(v) || t('rollout.form.badDate') }} />
              )}
            </Field>
          ) : null}
        </fieldset>
        {state === 'done' ? (
          <Field id="stage-done-date" label={t('rollout.edit.doneDate')} error={errors.doneDate?.message} required>
            {(c) => <FormDateInput {...c} control={control} name="doneDate" rules={{ validate: (v) => ISO_DATE.test(v) || t('rollout.form.badDate') }} />}
          </Field>
        ) : null}
        <Field id="stage-note" label={t('rollout.stage.note')} error={errors.note?.message}>
          {(c) => <textarea {...c} className="input" rows={3} {...register('note', { maxLength: { value: 2000, message: t('form.tooLong', { max: 2000 }) } })} />}
        </Field>
        <ErrorMessage error={save.error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common:action.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={isSubmitting}>
            {t('common:action.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

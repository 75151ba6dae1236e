import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { UnitRollout } from '../../../shared/types-rollout';
import { useAction } from '../../api/useAction';
import { useQuery } from '../../api/useQuery';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';

interface MoveWaveDialogProps {
  unit: UnitRollout;
  onClose: () => void;
  /** The new wave's name, or null when the unit left every wave. */
  onMoved: (waveName: string | null) => void;
}

interface Values {
  waveId: string;
  reason: string;
}

const NONE = 'none';

/** Moves one unit to another wave (or out of all waves); the reason is kept in the log. */
export function MoveWaveDialog({ unit, onClose, onMoved }: MoveWaveDialogProps) {
  const { t } = useTranslation();
  const waves = useQuery('waves.list', {});
  const move = useAction('waves.moveUnit');
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ defaultValues: { waveId: '', reason: '' } });
  const others = (waves.data ?? []).filter((w) => w.id !== unit.wave?.id);

  const submit = handleSubmit(async (values) => {
    const waveId = values.waveId === NONE ? null : Number(values.waveId);
    const result = await move.run({ unitId: unit.unitId, waveId, reason: values.reason.trim() });
    if (result.ok) onMoved(others.find((w) => w.id === waveId)?.name ?? null);
  });

  return (
    <Dialog title={t('rollout.move.title', { name: unit.name })} onClose={onClose}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <p>{unit.wave ? t('rollout.move.current', { name: unit.wave.name }) : t('rollout.move.currentNone')}</p>
        <Field id="move-wave" label={t('rollout.move.to')} error={errors.waveId?.message} required>
          {(c) => (
            <select {...c} className="input" data-autofocus {...register('waveId', { validate: (v) => v !== '' || t('rollout.bulk.choose') })}>
              <option value="">{t('rollout.bulk.chooseWave')}</option>
              {others.map((w) => (
                <option key={w.id} value={String(w.id)}>
                  {w.name}
                </option>
              ))}
              {unit.wave ? <option value={NONE}>{t('rollout.move.noWave')}</option> : null}
            </select>
          )}
        </Field>
        <Field id="move-reason" label={t('rollout.move.reason')} hint={t('rollout.move.reasonHint')} error={errors.reason?.message} required>
          {(c) => (
            <textarea
              {...c}
              className="input"
              rows={2}
              {...register('reason', { validate: (v) => v.trim().length > 0 || t('form.required'), maxLength: { value: 500, message: t('form.tooLong', { max: 500 }) } })}
            />
          )}
        </Field>
        <ErrorMessage error={move.error ?? waves.error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common:action.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={isSubmitting}>
            {t('rollout.move.confirm')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

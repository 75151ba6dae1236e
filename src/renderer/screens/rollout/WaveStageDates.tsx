import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/errors';
import type { StageDto, WaveDto } from '../../../shared/types-rollout';
import { useClient } from '../../api/ClientContext';
import { useAnnounce } from '../../components/Announcer';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useFormat } from '../../lib/format';
import { useRolloutText } from './useRolloutText';
import { FormDateInput } from '../../components/FormDateInput';

interface WaveStageDatesProps {
  wave: WaveDto;
  stages: StageDto[];
  onSaved: () => void;
}

type Values = Record<string, string>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const fieldName = (stageId: number) => `s${stageId}`;

/** The wave's planned date for each stage, in one form; only the dates that changed are saved. */
export function WaveStageDates({ wave, stages, onSaved }: WaveStageDatesProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useRolloutText();
  const client = useClient();
  const announce = useAnnounce();
  const [serverError, setServerError] = useState<ApiError | null>(null);
  const dateOf = (stageId: number) => wave.stageDates.find((d) => d.stageId === stageId)?.plannedDate ?? '';
  const {
    control,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ defaultValues: Object.fromEntries(stages.map((s) => [fieldName(s.id), dateOf(s.id)])) });

  const submit = handleSubmit(async (values) => {
    setServerError(null);
    // An empty field means no date yet; there is nothing to clear it to.
    const changed = stages.filter((s) => (values[fieldName(s.id)] ?? '') !== '' && values[fieldName(s.id)] !== dateOf(s.id));
    for (const stage of changed) {
      const result = await client.call('waves.setStageDate', { waveId: wave.id, stageId: stage.id, plannedDate: values[fieldName(stage.id)] ?? '' });
      if (!result.ok) {
        setServerError(result.error);
        return;
      }
    }
    announce(t('rollout.dates.saved', { count: changed.length, n: format.number(changed.length), name: wave.name }));
    if (changed.length > 0) onSaved();
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="stage-dates-heading">
      <h4 id="stage-dates-heading">{t('rollout.dates.title')}</h4>
      <p className="field-hint">{t('rollout.dates.hint')}</p>
      <table className="data-table">
        <caption className="visually-hidden">{t('rollout.dates.caption', { name: wave.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('rollout.dates.stage')}</th>
            <th scope="col">{t('rollout.dates.planned')}</th>
          </tr>
        </thead>
        <tbody>
          {stages.map((stage) => {
            const id = `wave-date-${stage.id}`;
            const error = errors[fieldName(stage.id)]?.message;
            return (
              <tr key={stage.id}>
                <th scope="row">
                  <label htmlFor={id}>{text.stageName(stage)}</label>
                </th>
                <td>
                  <FormDateInput
                    id={id}
                    aria-invalid={Boolean(error)}
                    aria-describedby={error ? `${id}-error` : undefined}
                    control={control}
                    name={fieldName(stage.id)}
                    rules={{ validate: (v) => !v || ISO_DATE.test(v) || t('rollout.form.badDate') }}
                  />
                  {error ? (
                    <p id={`${id}-error`} className="field-error">
                      {error}
                    </p>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ErrorMessage error={serverError} />
      <div className="button-row">
        <button type="submit" className="button" disabled={isSubmitting}>
          {t('rollout.dates.save')}
        </button>
      </div>
    </form>
  );
}

import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ParamsOf } from '../../../shared/contract';
import type { BulkPreview, BulkResult, StageDto, WaveDto } from '../../../shared/types-rollout';
import { useAction } from '../../api/useAction';
import { useAnnounce } from '../../components/Announcer';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { useFormat } from '../../lib/format';
import { UndoBulk } from './UndoBulk';
import { useRegions } from '../../api/useRegions';
import { useRolloutText } from './useRolloutText';
import { FormDateInput } from '../../components/FormDateInput';

type Action = 'done' | 'dates' | 'block' | 'confirm';
type Scope = 'region' | 'wave';

interface Values {
  scope: Scope;
  regionId: string;
  waveId: string;
  stageId: string;
  action: Action;
  doneDate: string;
  plannedDate: string;
  reason: string;
}

interface BulkPanelProps {
  waves: WaveDto[];
  stages: StageDto[];
  /** Changes from elsewhere on the screen, so the undo box shows the latest bulk change. */
  version: number;
  onChanged: () => void;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** One stage for every unit in a region or a wave at once: done, a planned date, blocked, or its proposals confirmed. */
export function BulkPanel({ waves, stages, version, onChanged }: BulkPanelProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useRolloutText();
  const announce = useAnnounce();
  const { regions, error: regionsError } = useRegions();
  const bulk = useAction('rollout.bulk');
  const [summary, setSummary] = useState<BulkResult | null>(null);
  const {
    register,
    handleSubmit,
    control,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: { scope: 'region', regionId: '', waveId: '', stageId: '', action: 'done', doneDate: '', plannedDate: '', reason: '' },
  });
  const scope = useWatch({ control, name: 'scope' });
  const action = useWatch({ control, name: 'action' });
  // Only a stage with a "done when" rule has proposals to confirm.
  const choices = action === 'confirm' ? stages.filter((s) => s.rule !== null) : stages;

  const preview = useAction('rollout.bulkPreview');
  // Confirmation before, not after: the core's dry run says how many units the change will touch.
  const [pending, setPending] = useState<{ input: ParamsOf<'rollout.bulk'>; preview: BulkPreview } | null>(null);

  const submit = handleSubmit(async (values) => {
    setSummary(null);
    const input: ParamsOf<'rollout.bulk'> = {
      scope: values.scope,
      scopeId: Number(values.scope === 'region' ? values.regionId : values.waveId),
      stageId: Number(values.stageId),
      action: values.action,
      doneDate: values.action === 'done' && values.doneDate ? values.doneDate : null,
      plannedDate: values.action === 'dates' ? values.plannedDate : null,
      reason: values.action === 'block' ? values.reason.trim() : '',
    };
    const counted = await preview.run(input);
    if (counted.ok) setPending({ input, preview: counted.value });
  });

  const confirm = async () => {
    if (!pending) return;
    const result = await bulk.run(pending.input);
    if (!result.ok) return;
    setPending(null);
    setSummary(result.value);
    announce(summaryText(result.value));
    onChanged();
  };

  const summaryText = (r: BulkResult) =>
    t('rollout.bulk.summary', { changed: format.number(r.changed), unchanged: format.number(r.unchanged), units: format.number(r.units), count: r.units });
  const chosen = { validate: (v: string) => v !== '' || t('rollout.bulk.choose') };
  return (
    <section className="panel" aria-labelledby="bulk-heading">
      <h2 id="bulk-heading">{t('rollout.bulk.title')}</h2>
      <p className="muted">{t('rollout.bulk.intro')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <fieldset className="radio-group">
          <legend>{t('rollout.bulk.scope')}</legend>
          <label className="radio">
            <input type="radio" value="region" {...register('scope')} />
            {t('rollout.bulk.scopeRegion')}
          </label>
          <label className="radio">
            <input type="radio" value="wave" {...register('scope')} />
            {t('rollout.bulk.scopeWave')}
          </label>
        </fieldset>
        <div className="field-row field-row-2">
          {scope === 'region' ? (
            <Field id="bulk-region" label={t('rollout.bulk.region')} error={errors.regionId?.message} required>
              {(c) => (
                <select {...c} className="input" {...register('regionId', chosen)}>
                  <option value="">{t('rollout.plan.chooseRegion')}</option>
                  {regions.map((r) => (
                    <option key={r.id} value={String(r.id)}>
                      {r.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : (
            <Field id="bulk-wave" label={t('rollout.bulk.wave')} error={errors.waveId?.message} required>
              {(c) => (
                <select {...c} className="input" {...register('waveId', chosen)}>
                  <option value="">{t('rollout.bulk.chooseWave')}</option>
                  {waves.map((w) => (
                    <option key={w.id} value={String(w.id)}>
                      {w.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          <Field id="bulk-stage" label={t('rollout.bulk.stage')} error={errors.stageId?.message} required>
            {(c) => (
              <select {...c} className="input" {...register('stageId', chosen)}>
                <option value="">{t('rollout.bulk.chooseStage')}</option>
                {choices.map((s) => (
                  <option key={s.id} value={String(s.id)}>
                    {text.stageName(s)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <fieldset className="radio-group">
          <legend>{t('rollout.bulk.action')}</legend>
          <label className="radio">
            <input type="radio" value="done" {...register('action')} />
            {t('rollout.bulk.actionDone')}
          </label>
          <label className="radio">
            <input type="radio" value="dates" {...register('action')} />
            {t('rollout.bulk.actionDates')}
          </label>
          <label className="radio">
            <input type="radio" value="block" {...register('action')} />
            {t('rollout.bulk.actionBlock')}
          </label>
          <label className="radio">
            <input type="radio" value="confirm" {...register('action')} />
            {t('rollout.bulk.actionConfirm')}
          </label>
        </fieldset>
        {action === 'done' ? (
          <Field id="bulk-done-date" label={t('rollout.bulk.doneDate')} hint={t('rollout.bulk.doneDateHint')} error={errors.doneDate?.message}>
            {(c) => (
              <FormDateInput {...c} control={control} name="doneDate" rules={{ validate: (v) => !v || ISO_DATE.test(v) || t('rollout.form.badDate') }} />
            )}
          </Field>
        ) : null}
        {action === 'dates' ? (
          <Field id="bulk-planned-date" label={t('rollout.bulk.plannedDate')} error={errors.plannedDate?.message} required>
            {(c) => (
              <FormDateInput {...c} control={control} name="plannedDate" rules={{ validate: (v) => ISO_DATE.test(v) || t('rollout.form.badDate') }} />
            )}
          </Field>
        ) : null}
        {action === 'block' ? (
          <Field id="bulk-reason" label={t('rollout.bulk.reason')} error={errors.reason?.message} required>
            {(c) => (
              <textarea
                {...c}
                className="input"
                rows={2}
                {...register('reason', { validate: (v) => v.trim().length > 0 || t('form.required'), maxLength: { value: 500, message: t('form.tooLong', { max: 500 }) } })}
              />
            )}
          </Field>
        ) : null}
        <ErrorMessage error={preview.error ?? regionsError} />
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={isSubmitting}>
            {t('rollout.bulk.run')}
          </button>
        </div>
      </form>
      {summary ? (
        <div className="bulk-summary">
          <p>{summaryText(summary)}</p>
        </div>
      ) : null}
      {pending ? (
        <ConfirmDialog
          title={t('rollout.bulk.confirmTitle')}
          body={t('rollout.bulk.confirmBody', {
            count: pending.preview.changed, changed: format.number(pending.preview.changed),
            unchanged: format.number(pending.preview.unchanged), scope: pending.preview.scopeName,
          })}
          confirmLabel={t('rollout.bulk.confirmRun', { count: pending.preview.changed, changed: format.number(pending.preview.changed) })}
          pending={bulk.pending}
          error={bulk.error}
          onConfirm={() => void confirm()}
          onCancel={() => setPending(null)}
        />
      ) : null}
      <UndoBulk key={version} stages={stages} onUndone={() => {
        setSummary(null);
        onChanged();
      }} />
    </section>
  );
}

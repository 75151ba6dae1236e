import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AppSettings } from '../../../shared/types';
import { useAction } from '../../api/useAction';
import { useQuery } from '../../api/useQuery';
import { useAnnounce } from '../../components/Announcer';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';

/** The numbers behind "basic training done", "at risk" and "newcomer", and the name written in the activity log. */
export function RolloutSettingsSection() {
  const { t } = useTranslation();
  const settings = useQuery('settings.get', {});
  return (
    <section className="panel" aria-labelledby="settings-rollout-heading">
      <h2 id="settings-rollout-heading">{t('rollout.settings.title')}</h2>
      <ErrorMessage error={settings.error} />
      {/* The form needs the saved values before it sets its initial values. */}
      {settings.data ? <RolloutSettingsForm settings={settings.data} /> : null}
    </section>
  );
}

interface Values {
  basicTrainingPercent: string;
  atRiskDays: string;
  atRiskPercent: string;
  newcomerDays: string;
  actorName: string;
}

function RolloutSettingsForm({ settings }: { settings: AppSettings }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const update = useAction('settings.update');
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<Values>({
    defaultValues: {
      basicTrainingPercent: String(settings.basicTrainingPercent),
      atRiskDays: String(settings.atRiskDays),
      atRiskPercent: String(settings.atRiskPercent),
      newcomerDays: String(settings.newcomerDays),
      actorName: settings.actorName,
    },
  });

  const submit = handleSubmit(async (values) => {
    const result = await update.run({
      basicTrainingPercent: Number(values.basicTrainingPercent),
      atRiskDays: Number(values.atRiskDays),
      atRiskPercent: Number(values.atRiskPercent),
      newcomerDays: Number(values.newcomerDays),
      actorName: values.actorName.trim(),
    });
    if (result.ok) announce(t('rollout.settings.saved'));
  });

  const whole = (max: number) => ({
    validate: (v: string) => (/^\d{1,3}$/.test(v.trim()) && Number(v) >= 1 && Number(v) <= max) || t('rollout.settings.range', { max }),
  });
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <div className="field-row field-row-2">
        <Field id="basic-training-percent" label={t('rollout.settings.basicTrainingPercent')} hint={t('rollout.settings.basicTrainingHint')} error={errors.basicTrainingPercent?.message}>
          {(c) => <input {...c} type="number" min={1} max={100} className="input input-number" {...register('basicTrainingPercent', whole(100))} />}
        </Field>
        <Field id="newcomer-days" label={t('rollout.settings.newcomerDays')} hint={t('rollout.settings.newcomerHint')} error={errors.newcomerDays?.message}>
          {(c) => <input {...c} type="number" min={1} max={365} className="input input-number" {...register('newcomerDays', whole(365))} />}
        </Field>
      </div>
      <div className="field-row field-row-2">
        <Field id="at-risk-days" label={t('rollout.settings.atRiskDays')} hint={t('rollout.settings.atRiskDaysHint')} error={errors.atRiskDays?.message}>
          {(c) => <input {...c} type="number" min={1} max={365} className="input input-number" {...register('atRiskDays', whole(365))} />}
        </Field>
        <Field id="at-risk-percent" label={t('rollout.settings.atRiskPercent')} hint={t('rollout.settings.atRiskPercentHint')} error={errors.atRiskPercent?.message}>
          {(c) => <input {...c} type="number" min={1} max={100} className="input input-number" {...register('atRiskPercent', whole(100))} />}
        </Field>
      </div>
      <Field id="actor-name" label={t('rollout.settings.actorName')} hint={t('rollout.settings.actorHint')} error={errors.actorName?.message}>
        {(c) => <input {...c} className="input" autoComplete="name" {...register('actorName', { maxLength: { value: 100, message: t('form.tooLong', { max: 100 }) } })} />}
      </Field>
      <ErrorMessage error={update.error} />
      <button type="submit" className="button button-primary" disabled={update.pending}>
        {t('common:action.save')}
      </button>
    </form>
  );
}

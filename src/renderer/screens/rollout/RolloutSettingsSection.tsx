import { useTranslation } from 'react-i18next';
import type { AppSettings } from '../../../shared/types';
import { Field } from '../../components/Field';
import { SaveRow } from '../../components/SaveRow';
import { SettingsFormSection } from '../../components/SettingsFormSection';
import { useSettingsForm } from '../../components/useSettingsForm';
import { WholeNumberField } from '../../components/WholeNumberField';

/** The numbers behind "basic training done", "at risk" and "newcomer", and the name written in the activity log. */
export function RolloutSettingsSection() {
  const { t } = useTranslation();
  return <SettingsFormSection headingId="settings-rollout-heading" title={t('rollout.settings.title')} form={(settings) => <RolloutSettingsForm settings={settings} />} />;
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
  const { register, errors, submit, update } = useSettingsForm<Values>(
    {
      basicTrainingPercent: String(settings.basicTrainingPercent),
      atRiskDays: String(settings.atRiskDays),
      atRiskPercent: String(settings.atRiskPercent),
      newcomerDays: String(settings.newcomerDays),
      actorName: settings.actorName,
    },
    (values) => ({
      basicTrainingPercent: Number(values.basicTrainingPercent),
      atRiskDays: Number(values.atRiskDays),
      atRiskPercent: Number(values.atRiskPercent),
      newcomerDays: Number(values.newcomerDays),
      actorName: values.actorName.trim(),
    }),
    t('rollout.settings.saved'),
  );

  const whole = (max: number) => ({
    validate: (v: string) => (/^\d{1,3}$/.test(v.trim()) && Number(v) >= 1 && Number(v) <= max) || t('rollout.settings.range', { max }),
  });
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <div className="field-row field-row-2">
        <WholeNumberField id="basic-training-percent" label={t('rollout.settings.basicTrainingPercent')} hint={t('rollout.settings.basicTrainingHint')} error={errors.basicTrainingPercent?.message} max={100} registration={register('basicTrainingPercent', whole(100))} />
        <WholeNumberField id="newcomer-days" label={t('rollout.settings.newcomerDays')} hint={t('rollout.settings.newcomerHint')} error={errors.newcomerDays?.message} max={365} registration={register('newcomerDays', whole(365))} />
      </div>
      <div className="field-row field-row-2">
        <WholeNumberField id="at-risk-days" label={t('rollout.settings.atRiskDays')} hint={t('rollout.settings.atRiskDaysHint')} error={errors.atRiskDays?.message} max={365} registration={register('atRiskDays', whole(365))} />
        <WholeNumberField id="at-risk-percent" label={t('rollout.settings.atRiskPercent')} hint={t('rollout.settings.atRiskPercentHint')} error={errors.atRiskPercent?.message} max={100} registration={register('atRiskPercent', whole(100))} />
      </div>
      <Field id="actor-name" label={t('rollout.settings.actorName')} hint={t('rollout.settings.actorHint')} error={errors.actorName?.message}>
        {(c) => <input {...c} className="input" autoComplete="name" {...register('actorName', { maxLength: { value: 100, message: t('form.tooLong', { max: 100 }) } })} />}
      </Field>
      <SaveRow error={update.error} pending={update.pending} label={t('common:action.save')} />
    </form>
  );
}

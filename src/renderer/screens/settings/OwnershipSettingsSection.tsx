import { useTranslation } from 'react-i18next';
import type { AppSettings } from '../../../shared/types';
import { SaveRow } from '../../components/SaveRow';
import { SettingsFormSection } from '../../components/SettingsFormSection';
import { useSettingsForm } from '../../components/useSettingsForm';
import { WholeNumberField } from '../../components/WholeNumberField';

/** The two numbers behind the gap list: the expiry window, and when a person carries too much. */
export function OwnershipSettingsSection() {
  const { t } = useTranslation();
  return <SettingsFormSection headingId="settings-ownership-heading" title={t('settings.ownership.title')} form={(settings) => <OwnershipForm settings={settings} />} />;
}

interface Values {
  expiryDays: string;
  overloadLimit: string;
}

function OwnershipForm({ settings }: { settings: AppSettings }) {
  const { t } = useTranslation();
  const { register, errors, submit, update } = useSettingsForm<Values>(
    { expiryDays: String(settings.expiryDays), overloadLimit: String(settings.overloadLimit) },
    (values) => ({ expiryDays: Number(values.expiryDays), overloadLimit: Number(values.overloadLimit) }),
    t('settings.ownership.saved'),
  );

  const whole = (max: number) => ({
    validate: (v: string) => (/^\d{1,3}$/.test(v.trim()) && Number(v) >= 1 && Number(v) <= max) || t('settings.ownership.range', { max }),
  });
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <div className="field-row field-row-2">
        <WholeNumberField id="expiry-days" label={t('settings.ownership.expiryDays')} hint={t('settings.ownership.expiryHint')} error={errors.expiryDays?.message} max={365} registration={register('expiryDays', whole(365))} />
        <WholeNumberField id="overload-limit" label={t('settings.ownership.overloadLimit')} hint={t('settings.ownership.overloadHint')} error={errors.overloadLimit?.message} max={100} registration={register('overloadLimit', whole(100))} />
      </div>
      <SaveRow error={update.error} pending={update.pending} label={t('common:action.save')} />
    </form>
  );
}

import { useTranslation } from 'react-i18next';
import type { AppSettings } from '../../../shared/types';
import { Field } from '../../components/Field';
import { SaveRow } from '../../components/SaveRow';
import { SettingsFormSection } from '../../components/SettingsFormSection';
import { useSettingsForm } from '../../components/useSettingsForm';

/** The vendor's support contact: the last step of every escalation path. */
export function SupportVendorSection() {
  const { t } = useTranslation();
  return (
    <SettingsFormSection
      headingId="settings-vendor-heading"
      title={t('support.settings.vendor.title')}
      intro={t('support.settings.vendor.intro')}
      form={(settings) => <VendorForm settings={settings} />}
    />
  );
}

interface Values {
  vendorName: string;
  vendorEmail: string;
  vendorPhone: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function VendorForm({ settings }: { settings: AppSettings }) {
  const { t } = useTranslation();
  const { register, errors, submit, update } = useSettingsForm<Values>(
    { vendorName: settings.vendorName, vendorEmail: settings.vendorEmail, vendorPhone: settings.vendorPhone },
    (v) => ({ vendorName: v.vendorName.trim(), vendorEmail: v.vendorEmail.trim(), vendorPhone: v.vendorPhone.trim() }),
    t('support.settings.vendor.saved'),
  );

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <div className="field-row">
        <Field id="vendor-name" label={t('support.settings.vendor.name')} error={errors.vendorName?.message}>
          {(c) => <input {...c} className="input" autoComplete="organization" {...register('vendorName', { maxLength: { value: 200, message: t('form.tooLong', { max: 200 }) } })} />}
        </Field>
        <Field id="vendor-email" label={t('support.settings.vendor.email')} error={errors.vendorEmail?.message}>
          {(c) => (
            <input
              {...c}
              type="email"
              className="input"
              autoComplete="email"
              {...register('vendorEmail', { validate: (v) => v.trim() === '' || EMAIL.test(v.trim()) || t('support.settings.vendor.badEmail') })}
            />
          )}
        </Field>
        <Field id="vendor-phone" label={t('support.settings.vendor.phone')} error={errors.vendorPhone?.message}>
          {(c) => (
            <input
              {...c}
              type="tel"
              className="input"
              autoComplete="tel"
              {...register('vendorPhone', { validate: (v) => /^[+0-9 ()-]{0,40}$/.test(v.trim()) || t('support.settings.vendor.badPhone') })}
            />
          )}
        </Field>
      </div>
      <SaveRow error={update.error} pending={update.pending} label={t('support.settings.vendor.save')} />
    </form>
  );
}

import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AppSettings } from '../../../shared/types';
import { useAction } from '../../api/useAction';
import { useQuery } from '../../api/useQuery';
import { useAnnounce } from '../../components/Announcer';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';

/** The vendor's support contact: the last step of every escalation path. */
export function SupportVendorSection() {
  const { t } = useTranslation();
  const settings = useQuery('settings.get', {});
  return (
    <section className="panel" aria-labelledby="settings-vendor-heading">
      <h2 id="settings-vendor-heading">{t('support.settings.vendor.title')}</h2>
      <p className="muted">{t('support.settings.vendor.intro')}</p>
      <ErrorMessage error={settings.error} />
      {settings.data ? <VendorForm settings={settings.data} /> : null}
    </section>
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
  const announce = useAnnounce();
  const update = useAction('settings.update');
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<Values>({ defaultValues: { vendorName: settings.vendorName, vendorEmail: settings.vendorEmail, vendorPhone: settings.vendorPhone } });

  const submit = handleSubmit(async (v) => {
    const result = await update.run({ vendorName: v.vendorName.trim(), vendorEmail: v.vendorEmail.trim(), vendorPhone: v.vendorPhone.trim() });
    if (result.ok) announce(t('support.settings.vendor.saved'));
  });

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
      <ErrorMessage error={update.error} />
      <button type="submit" className="button button-primary" disabled={update.pending}>
        {t('support.settings.vendor.save')}
      </button>
    </form>
  );
}

import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AppSettings } from '../../../shared/types';
import { useAction } from '../../api/useAction';
import { useQuery } from '../../api/useQuery';
import { useAnnounce } from '../../components/Announcer';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';

/** The two numbers behind the gap list: the expiry window, and when a person carries too much. */
export function OwnershipSettingsSection() {
  const { t } = useTranslation();
  const settings = useQuery('settings.get', {});
  return (
    <section className="panel" aria-labelledby="settings-ownership-heading">
      <h2 id="settings-ownership-heading">{t('settings.ownership.title')}</h2>
      <ErrorMessage error={settings.error} />
      {/* The form needs the saved values before it sets its initial values. */}
      {settings.data ? <OwnershipForm settings={settings.data} /> : null}
    </section>
  );
}

interface Values {
  expiryDays: string;
  overloadLimit: string;
}

function OwnershipForm({ settings }: { settings: AppSettings }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const update = useAction('settings.update');
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<Values>({ defaultValues: { expiryDays: String(settings.expiryDays), overloadLimit: String(settings.overloadLimit) } });

  const submit = handleSubmit(async (values) => {
    const result = await update.run({ expiryDays: Number(values.expiryDays), overloadLimit: Number(values.overloadLimit) });
    if (result.ok) announce(t('settings.ownership.saved'));
  });

  const whole = (max: number) => ({
    validate: (v: string) => (/^\d{1,3}$/.test(v.trim()) && Number(v) >= 1 && Number(v) <= max) || t('settings.ownership.range', { max }),
  });
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <div className="field-row field-row-2">
        <Field id="expiry-days" label={t('settings.ownership.expiryDays')} hint={t('settings.ownership.expiryHint')} error={errors.expiryDays?.message}>
          {(c) => <input {...c} type="number" min={1} max={365} className="input input-number" {...register('expiryDays', whole(365))} />}
        </Field>
        <Field id="overload-limit" label={t('settings.ownership.overloadLimit')} hint={t('settings.ownership.overloadHint')} error={errors.overloadLimit?.message}>
          {(c) => <input {...c} type="number" min={1} max={100} className="input input-number" {...register('overloadLimit', whole(100))} />}
        </Field>
      </div>
      <ErrorMessage error={update.error} />
      <button type="submit" className="button button-primary" disabled={update.pending}>
        {t('common:action.save')}
      </button>
    </form>
  );
}

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/errors';
import type { SlaPolicyDto, SupportTier } from '../../../shared/types-support';
import { useClient } from '../../api/ClientContext';
import { useQuery } from '../../api/useQuery';
import { useAnnounce } from '../../components/Announcer';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { useSupportText } from '../support/useSupportText';

type TimeUnit = 'minutes' | 'hours';

interface TierValues {
  first: string;
  firstUnit: TimeUnit;
  resolution: string;
  resolutionUnit: TimeUnit;
  businessHours: boolean;
}

type Values = Record<SupportTier, TierValues>;

const MAX_MINUTES = 60 * 24 * 60;

/** Whole hours are shown as hours, anything else as minutes. */
function split(minutes: number): { value: string; unit: TimeUnit } {
  return minutes % 60 === 0 ? { value: String(minutes / 60), unit: 'hours' } : { value: String(minutes), unit: 'minutes' };
}

function toMinutes(value: string, unit: TimeUnit): number {
  return Number(value) * (unit === 'hours' ? 60 : 1);
}

/** The response targets per tier: first response and resolution, and whether only business hours count. */
export function SupportSlaSection() {
  const { t } = useTranslation();
  const policies = useQuery('sla.list', {});
  return (
    <section className="panel" aria-labelledby="settings-sla-heading">
      <h2 id="settings-sla-heading">{t('support.settings.sla.title')}</h2>
      <p className="muted">{t('support.settings.sla.intro')}</p>
      <ErrorMessage error={policies.error} />
      {policies.data ? <SlaForm policies={policies.data} onSaved={policies.reload} /> : null}
    </section>
  );
}

function SlaForm({ policies, onSaved }: { policies: SlaPolicyDto[]; onSaved: () => void }) {
  const { t } = useTranslation();
  const text = useSupportText();
  const client = useClient();
  const announce = useAnnounce();
  const [serverError, setServerError] = useState<ApiError | null>(null);
  const defaults = Object.fromEntries(
    policies.map((p) => {
      const first = split(p.firstResponseMinutes);
      const resolution = split(p.resolutionMinutes);
      return [p.tier, { first: first.value, firstUnit: first.unit, resolution: resolution.value, resolutionUnit: resolution.unit, businessHours: p.businessHours }];
    }),
  ) as Values;
  const {
    register,
    handleSubmit,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ defaultValues: defaults });

  const submit = handleSubmit(async (values) => {
    setServerError(null);
    for (const p of policies) {
      const v = values[p.tier];
      const result = await client.call('sla.update', {
        tier: p.tier,
        firstResponseMinutes: toMinutes(v.first, v.firstUnit),
        resolutionMinutes: toMinutes(v.resolution, v.resolutionUnit),
        businessHours: v.businessHours,
      });
      if (!result.ok) {
        setServerError(result.error);
        return;
      }
    }
    announce(t('support.settings.sla.saved'));
    onSaved();
  });

  const amount = (tier: SupportTier, which: 'first' | 'resolution') => ({
    validate: (v: string) => {
      if (!/^\d{1,5}$/.test(v.trim()) || Number(v) < 1) return t('support.settings.sla.whole');
      const values = getValues(tier);
      const minutes = toMinutes(v, which === 'first' ? values.firstUnit : values.resolutionUnit);
      if (minutes > MAX_MINUTES) return t('support.settings.sla.tooLong');
      if (which === 'resolution' && toMinutes(values.first, values.firstUnit) > minutes) return t('support.settings.sla.resolutionBeforeFirst');
      return true;
    },
  });

  const unitSelect = (id: string, label: string, name: `${SupportTier}.firstUnit` | `${SupportTier}.resolutionUnit`) => (
    <Field id={id} label={label}>
      {(c) => (
        <select {...c} className="input" {...register(name)}>
          <option value="hours">{t('support.settings.sla.hours')}</option>
          <option value="minutes">{t('support.settings.sla.minutes')}</option>
        </select>
      )}
    </Field>
  );

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      {policies.map((p) => {
        const tierName = text.tier(p.tier);
        return (
          <fieldset key={p.tier} className="sla-tier">
            <legend>{tierName}</legend>
            <div className="sla-row">
              <Field id={`sla-${p.tier}-first`} label={t('support.settings.sla.first', { tier: tierName })} error={errors[p.tier]?.first?.message}>
                {(c) => <input {...c} type="number" min={1} className="input input-number" {...register(`${p.tier}.first`, amount(p.tier, 'first'))} />}
              </Field>
              {unitSelect(`sla-${p.tier}-first-unit`, t('support.settings.sla.firstUnit', { tier: tierName }), `${p.tier}.firstUnit`)}
              <Field id={`sla-${p.tier}-resolution`} label={t('support.settings.sla.resolution', { tier: tierName })} error={errors[p.tier]?.resolution?.message}>
                {(c) => <input {...c} type="number" min={1} className="input input-number" {...register(`${p.tier}.resolution`, amount(p.tier, 'resolution'))} />}
              </Field>
              {unitSelect(`sla-${p.tier}-resolution-unit`, t('support.settings.sla.resolutionUnit', { tier: tierName }), `${p.tier}.resolutionUnit`)}
            </div>
            <label className="checkbox">
              <input type="checkbox" {...register(`${p.tier}.businessHours`)} />
              {t('support.settings.sla.businessHours', { tier: tierName })}
            </label>
          </fieldset>
        );
      })}
      <p className="field-hint">{t('support.settings.sla.businessHoursHint')}</p>
      <ErrorMessage error={serverError} />
      <button type="submit" className="button button-primary" disabled={isSubmitting}>
        {t('support.settings.sla.save')}
      </button>
    </form>
  );
}

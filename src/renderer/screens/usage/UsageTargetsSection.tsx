import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { UsageTarget } from '../../../shared/types-usage';
import { useAction } from '../../api/useAction';
import { useQuery } from '../../api/useQuery';
import { useAnnounce } from '../../components/Announcer';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { SaveRow } from '../../components/SaveRow';
import { formatRate } from '../../../shared/usage-format';

/** Settings → rollout: the targets (måltall) per level, the functional owner's to set. */
export function UsageTargetsSection() {
  const { t } = useTranslation('usage');
  const targets = useQuery('usage.targets', {});
  return (
    <section className="panel" aria-labelledby="settings-usage-heading">
      <h2 id="settings-usage-heading">{t('settings.title')}</h2>
      <p className="muted">{t('settings.intro')}</p>
      <ErrorMessage error={targets.error} />
      {targets.data ? <TargetsForm key={JSON.stringify(targets.data)} targets={targets.data} onSaved={targets.reload} /> : null}
    </section>
  );
}

type Values = Record<string, { percent: string; signIns: string }>;

const PERCENT = /^\d{1,3}$/;
const RATE = /^\d{1,4}([.,]\d{1,2})?$/;

function TargetsForm({ targets, onSaved }: { targets: UsageTarget[]; onSaved: () => void }) {
  const { t, i18n } = useTranslation('usage');
  const announce = useAnnounce();
  const save = useAction('usage.setTargets');
  const lang = i18n.language === 'en' ? 'en' : 'nb';
  const { register, handleSubmit, formState: { errors } } = useForm<{ levels: Values }>({
    defaultValues: {
      levels: Object.fromEntries(targets.map((l) => [String(l.levelId), {
        percent: l.activePercent === null ? '' : String(l.activePercent),
        signIns: l.signInsPerMember === null ? '' : formatRate(lang, l.signInsPerMember),
      }])),
    },
  });
  const submit = handleSubmit(async (values) => {
    const result = await save.run({
      targets: targets.map((l) => {
        const v = values.levels[String(l.levelId)] ?? { percent: '', signIns: '' };
        return {
          levelId: l.levelId,
          activePercent: v.percent.trim() === '' ? null : Number(v.percent),
          signInsPerMember: v.signIns.trim() === '' ? null : Number(v.signIns.trim().replace(',', '.')),
        };
      }),
    });
    if (!result.ok) return;
    announce(t('settings.saved'));
    onSaved();
  });
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      {targets.map((l) => {
        const key = String(l.levelId);
        return (
          <fieldset key={key} className="usage-target">
            <legend>{l.levelName}</legend>
            <Field id={`usage-percent-${key}`} label={t('settings.percent')} error={errors.levels?.[key]?.percent?.message}>
              {(c) => <input {...c} className="input" inputMode="numeric" {...register(`levels.${key}.percent`, {
                validate: (v) => v.trim() === '' || (PERCENT.test(v.trim()) && Number(v) >= 1 && Number(v) <= 100) || t('settings.percentError'),
              })} />}
            </Field>
            <Field id={`usage-signins-${key}`} label={t('settings.signIns')} error={errors.levels?.[key]?.signIns?.message}>
              {(c) => <input {...c} className="input" inputMode="decimal" {...register(`levels.${key}.signIns`, {
                validate: (v) => {
                  const text = v.trim();
                  const n = Number(text.replace(',', '.'));
                  return text === '' || (RATE.test(text) && n >= 0.01 && n <= 1000) || t('settings.signInsError');
                },
              })} />}
            </Field>
          </fieldset>
        );
      })}
      <SaveRow error={save.error} pending={save.pending} label={t('common:action.save')} />
    </form>
  );
}

import { useTranslation } from 'react-i18next';
import { FIXED_EXTERNAL_HOSTS, isHostName } from '../../../shared/links';
import type { AppSettings } from '../../../shared/types';
import { Field } from '../../components/Field';
import { SaveRow } from '../../components/SaveRow';
import { SettingsFormSection } from '../../components/SettingsFormSection';
import { useSettingsForm } from '../../components/useSettingsForm';

/** The hosts whose https links (e-learning, videos) the desktop app opens in the browser. */
export function LinkHostsSection() {
  const { t } = useTranslation();
  return (
    <SettingsFormSection
      headingId="settings-link-hosts-heading"
      title={t('settings.linkHosts.title')}
      intro={t('settings.linkHosts.intro')}
      form={(settings) => <LinkHostsForm settings={settings} />}
    />
  );
}

const hostLines = (value: string) => value.split('\n').map((l) => l.trim().toLowerCase()).filter(Boolean);

function LinkHostsForm({ settings }: { settings: AppSettings }) {
  const { t } = useTranslation();
  const { register, errors, submit, update } = useSettingsForm<{ externalHosts: string }>(
    { externalHosts: settings.externalHosts.join('\n') },
    (v) => ({ externalHosts: hostLines(v.externalHosts) }),
    t('settings.linkHosts.saved'),
  );
  const validate = (value: string): true | string => {
    const lines = value.split('\n');
    for (const [i, raw] of lines.entries()) {
      const host = raw.trim().toLowerCase();
      if (host !== '' && !isHostName(host)) return t('settings.linkHosts.bad', { line: i + 1, value: raw.trim() });
    }
    return hostLines(value).length <= 50 || t('settings.linkHosts.tooMany', { max: 50 });
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Field id="link-hosts" label={t('settings.linkHosts.label')} hint={t('settings.linkHosts.hint')} error={errors.externalHosts?.message}>
        {(c) => <textarea {...c} className="input input-code" rows={4} spellCheck={false} autoCapitalize="off" {...register('externalHosts', { validate })} />}
      </Field>
      <p className="field-hint">{t('settings.linkHosts.fixed', { hosts: FIXED_EXTERNAL_HOSTS.join(', ') })}</p>
      <SaveRow error={update.error} pending={update.pending} label={t('settings.linkHosts.save')} />
    </form>
  );
}

import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../api/ClientContext';
import { useAction } from '../../api/useAction';
import { forgetLogo } from '../../api/useLogo';
import { useQuery } from '../../api/useQuery';
import { useAnnounce } from '../../components/Announcer';
import { ErrorMessage } from '../../components/ErrorMessage';
import { fileToBase64 } from '../../lib/base64';

/** The organization's logo, for every report and the printed chapter card. The core checks the file's own bytes. */
export function OrganizationSection() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const logo = useQuery('organization.logo', {});
  const save = useAction('organization.setLogo');
  const client = useClient();
  const input = useRef<HTMLInputElement>(null);
  const put = async (base64: string | null) => {
    const result = await save.run({ base64 });
    if (!result.ok) return;
    announce(t(base64 === null ? 'settings.logo.removed' : 'settings.logo.saved'));
    forgetLogo(client);
    logo.reload();
  };
  const chosen = async (file: File | undefined) => {
    if (!file) return;
    await put(await fileToBase64(file));
    if (input.current) input.current.value = '';
  };
  return (
    <section className="panel" aria-labelledby="settings-logo-heading">
      <h2 id="settings-logo-heading">{t('settings.logo.title')}</h2>
      <p className="muted">{t('settings.logo.intro')}</p>
      {logo.data ? (
        <img className="logo-preview" src={`data:${logo.data.mime};base64,${logo.data.base64}`} alt={t('settings.logo.current')} />
      ) : (
        <p>{t('settings.logo.none')}</p>
      )}
      <div className="field">
        <label className="field-label" htmlFor="settings-logo-file">
          {t('settings.logo.choose')}
        </label>
        <input
          ref={input}
          id="settings-logo-file"
          type="file"
          accept="image/png,image/jpeg"
          aria-describedby="settings-logo-hint"
          onChange={(e) => void chosen(e.target.files?.[0])}
          disabled={save.pending}
        />
        <p id="settings-logo-hint" className="field-hint">
          {t('settings.logo.hint')}
        </p>
      </div>
      {logo.data ? (
        <button type="button" className="button" onClick={() => void put(null)} disabled={save.pending}>
          {t('settings.logo.remove')}
        </button>
      ) : null}
      <ErrorMessage error={save.error ?? logo.error} />
    </section>
  );
}

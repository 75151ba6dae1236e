import { useTranslation } from 'react-i18next';
import { LANGS } from '../../../shared/i18n';
import { useLanguage } from '../../i18n/useLanguage';
import { isTeamServer } from '../../api/transport';

export function LanguageSection() {
  const { t } = useTranslation();
  const { lang, setLang } = useLanguage();
  return (
    <section className="panel" aria-labelledby="settings-language-heading">
      <h2 id="settings-language-heading">{t('settings.language.title')}</h2>
      <fieldset className="radio-group">
        <legend>{t('settings.language.legend')}</legend>
        {LANGS.map((code) => (
          <label key={code} className="radio" lang={code}>
            <input type="radio" name="language" value={code} checked={lang === code} onChange={() => void setLang(code)} />
            {t(`common:lang.${code}`, { lng: code })}
          </label>
        ))}
      </fieldset>
      <p className="muted">{isTeamServer() ? t('settings.language.rememberedTeam') : t('settings.language.remembered')}</p>
    </section>
  );
}

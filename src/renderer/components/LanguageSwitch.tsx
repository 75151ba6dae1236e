import { useTranslation } from 'react-i18next';
import { LANGS } from '../../shared/i18n';
import { useLanguage } from '../i18n/useLanguage';

/** Two buttons, each language named in itself, so anyone can find their own. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { lang, setLang } = useLanguage();
  return (
    <div role="group" aria-label={t('shell.language')} className="language-switch">
      {LANGS.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          className="language-option"
          aria-pressed={code === lang}
          onClick={() => void setLang(code)}
        >
          {t(`common:lang.${code}`, { lng: code })}
        </button>
      ))}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { PLACEHOLDERS } from '../../../shared/types-messages';

/** Every placeholder a message may use, with what it becomes; any other name is refused on saving. */
export function PlaceholderList() {
  const { t } = useTranslation('messages');
  return (
    <details className="placeholder-list" open>
      <summary>{t('editor.placeholders')}</summary>
      <p className="field-hint">{t('editor.placeholdersHint', { example: '{{unit}}' })}</p>
      <dl>
        {PLACEHOLDERS.map((name) => (
          <div key={name}>
            <dt><code>{`{{${name}}}`}</code></dt>
            <dd>{t(`placeholder.${name}`)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

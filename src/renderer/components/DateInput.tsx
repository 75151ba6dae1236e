import { useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateInput, parseDateInput } from '../../shared/date-input';
import type { FieldControlProps } from './Field';

export interface DateInputProps extends Partial<FieldControlProps> {
  /** A calendar date (YYYY-MM-DD), '' for none, or what was typed that is not a date yet. */
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  name?: string;
  min?: string;
  max?: string;
  disabled?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  'data-autofocus'?: boolean;
}

/**
 * A date field that reads and writes the UI language's order (07.12.2026 in nb) whatever the
 * browser's locale, which a native date input would follow instead. The button beside it opens
 * the browser's own calendar through a native input kept out of sight and out of the tab order.
 */
export function DateInput({ value, onChange, onBlur, min, max, inputRef, ...control }: DateInputProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nb';
  const picker = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(() => formatDateInput(lang, value));
  // A new value from outside (a reset, another language) is shown; what the user types stays as typed.
  const [shownFor, setShownFor] = useState({ value, lang });
  if (shownFor.value !== value || shownFor.lang !== lang) {
    setShownFor({ value, lang });
    if (parseDateInput(lang, text) !== value || shownFor.lang !== lang) setText(formatDateInput(lang, value));
  }

  const typed = (next: string) => {
    setText(next);
    const iso = parseDateInput(lang, next);
    const emitted = next.trim() === '' ? '' : (iso ?? next);
    setShownFor({ value: emitted, lang });
    onChange(emitted);
  };

  const iso = parseDateInput(lang, text) ?? '';
  return (
    <span className="date-field">
      <input
        {...control}
        ref={inputRef}
        type="text"
        className="input date-input"
        autoComplete="off"
        placeholder={t('dateInput.placeholder')}
        value={text}
        onChange={(e) => typed(e.target.value)}
        onBlur={() => {
          if (iso !== '') setText(formatDateInput(lang, iso));
          onBlur?.();
        }}
      />
      <button
        type="button"
        className="button button-small date-pick"
        disabled={control.disabled}
        onClick={() => picker.current?.showPicker()}
      >
        <span className="visually-hidden">{t('dateInput.pick')}</span>
        <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5">
          <rect x="1.75" y="2.75" width="12.5" height="11.5" rx="1.5" />
          <path d="M1.75 6.25h12.5M5 1v3.5M11 1v3.5" />
        </svg>
      </button>
      <input
        ref={picker}
        type="date"
        tabIndex={-1}
        aria-hidden="true"
        className="date-picker-native"
        value={iso}
        min={min}
        max={max}
        onChange={(e) => typed(formatDateInput(lang, e.target.value))}
      />
    </span>
  );
}

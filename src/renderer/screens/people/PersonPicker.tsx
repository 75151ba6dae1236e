// Choose a person by searching for them (name, e-mail or unit), or create one
// on the spot. Radio buttons, one per hit, each with e-mail and home unit so
// two people of the same name can be told apart.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonRow } from '../../../shared/types-ownership';
import { useQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useDebounced } from '../../lib/useDebounced';
import { useOwnershipText } from '../ownership/useOwnershipText';
import { NewPersonInline } from './NewPersonInline';

export interface PickedPerson {
  id: number;
  name: string;
  email: string | null;
}

interface PersonPickerProps {
  label: string;
  value: PickedPerson | null;
  onChange: (person: PickedPerson) => void;
  /** The home unit a person created here gets. */
  homeUnitId?: number | null;
  autoFocus?: boolean;
  required?: boolean;
  error?: string;
  /** Offers to add a new person to the register (off where only existing people make sense, as a filter). */
  allowCreate?: boolean;
}

export function PersonPicker({ label, value, onChange, homeUnitId = null, autoFocus, required, error, allowCreate = true }: PersonPickerProps) {
  const { t } = useTranslation();
  const text = useOwnershipText();
  const inputId = useId();
  const [query, setQuery] = useState('');
  const [creating, setCreating] = useState(false);
  const settled = useDebounced(query.trim());
  const hits = useQuery('people.search', settled ? { query: settled, limit: 20 } : null);
  const list: PersonRow[] = settled ? (hits.data?.rows ?? []).filter((p) => !p.erased) : [];
  const errorId = error ? `${inputId}-error` : undefined;

  return (
    <div className={error ? 'person-picker has-error' : 'person-picker'}>
      <div className="field">
        <span className="field-label-row">
          <label htmlFor={inputId} className="field-label">
            {label}
          </label>
          {required ? (
            <span aria-hidden="true" className="required-mark">
              *
            </span>
          ) : null}
        </span>
        <input
          id={inputId}
          type="search"
          className="input"
          value={query}
          autoComplete="off"
          placeholder={t('people.searchPlaceholder')}
          aria-invalid={Boolean(error)}
          aria-required={required || undefined}
          aria-describedby={errorId}
          {...(autoFocus ? { 'data-autofocus': true } : {})}
          onChange={(event) => setQuery(event.target.value)}
        />
        {error ? (
          <p id={errorId} className="field-error">
            {error}
          </p>
        ) : null}
      </div>
      <ErrorMessage error={hits.error} />
      {settled && !hits.loading && list.length === 0 ? <p className="muted">{t('people.noHits')}</p> : null}
      {list.length > 0 ? (
        <fieldset className="picker-results">
          <legend className="visually-hidden">{t('people.hitsLegend', { label })}</legend>
          {list.map((person) => (
            <label key={person.id} className={value?.id === person.id ? 'picker-option is-checked' : 'picker-option'}>
              <input
                type="radio"
                name={`${inputId}-person`}
                checked={value?.id === person.id}
                onChange={() => onChange({ id: person.id, name: person.name, email: person.email })}
              />
              <span className="hit-text">
                <span className="hit-name">{text.personName(person.name)}</span>
                <span className="hit-path">{[person.email, person.homeUnitName].filter(Boolean).join(' · ')}</span>
              </span>
            </label>
          ))}
        </fieldset>
      ) : null}
      {value ? <p className="picked">{t('people.picked', { name: value.email ? `${value.name} (${value.email})` : value.name })}</p> : null}
      {allowCreate ? (
        <button type="button" className="link-button" aria-expanded={creating} onClick={() => setCreating((v) => !v)}>
          {t('people.createInline')}
        </button>
      ) : null}
      {allowCreate && creating ? (
        <NewPersonInline
          homeUnitId={homeUnitId}
          initialName={query.trim()}
          onCreated={(person) => {
            setCreating(false);
            setQuery('');
            onChange(person);
          }}
        />
      ) : null}
    </div>
  );
}

// Choose a unit by searching for it: radio buttons, one per hit, each with its
// path so the two Herøy can be told apart.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitSearchHit } from '../../shared/types';
import { useQuery } from '../api/useQuery';
import { useDebounced } from '../lib/useDebounced';
import { ErrorMessage } from './ErrorMessage';
import { UnitHitText } from './UnitHitText';

export interface PickedUnit {
  id: number;
  name: string;
  code: string;
}

interface UnitPickerProps {
  label: string;
  value: PickedUnit | null;
  onChange: (unit: PickedUnit) => void;
  /** Units that cannot be chosen (e.g. the unit being moved). */
  exclude?: readonly number[];
}

export function UnitPicker({ label, value, onChange, exclude = [] }: UnitPickerProps) {
  const { t } = useTranslation();
  const inputId = useId();
  const [query, setQuery] = useState('');
  const settled = useDebounced(query.trim());
  const hits = useQuery('units.search', settled ? { query: settled, limit: 20 } : null);
  const list: UnitSearchHit[] = settled ? (hits.data ?? []).filter((h) => !exclude.includes(h.id)) : [];

  return (
    <div className="unit-picker">
      <div className="field">
        <label htmlFor={inputId} className="field-label">
          {label}
        </label>
        <input
          id={inputId}
          type="search"
          className="input"
          value={query}
          autoComplete="off"
          data-autofocus
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      <ErrorMessage error={hits.error} />
      {settled && !hits.loading && list.length === 0 ? <p className="muted">{t('search.none')}</p> : null}
      {list.length > 0 ? (
        <fieldset className="picker-results">
          <legend className="visually-hidden">{t('search.results')}</legend>
          {list.map((hit) => (
            <label key={hit.id} className={value?.id === hit.id ? 'picker-option is-checked' : 'picker-option'}>
              <input
                type="radio"
                name={`${inputId}-unit`}
                checked={value?.id === hit.id}
                onChange={() => onChange({ id: hit.id, name: hit.name, code: hit.code })}
              />
              <UnitHitText hit={hit} />
            </label>
          ))}
        </fieldset>
      ) : null}
    </div>
  );
}

import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitSearchHit } from '../../../shared/types';
import { useQuery } from '../../api/useQuery';
import { useAnnounce } from '../../components/Announcer';
import { ErrorMessage } from '../../components/ErrorMessage';
import { UnitHitText } from '../../components/UnitHitText';
import { useFormat } from '../../lib/format';
import { useDebounced } from '../../lib/useDebounced';

interface UnitSearchProps {
  includeArchived: boolean;
  onChoose: (hit: UnitSearchHit) => void;
}

/** Find a unit by name or code; choosing a hit shows it in the tree. */
export function UnitSearch({ includeArchived, onChoose }: UnitSearchProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const announce = useAnnounce();
  const inputId = useId();
  const [query, setQuery] = useState('');
  const settled = useDebounced(query.trim());
  const search = useQuery('units.search', settled ? { query: settled, includeArchived, limit: 50 } : null);
  const hits = settled ? (search.data ?? []) : [];
  const ready = Boolean(settled) && !search.loading && !search.error;

  useEffect(() => {
    if (ready) announce(t('search.hits', { count: hits.length, n: format.number(hits.length) }), { quiet: true });
    // Announce once per finished search, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, settled, includeArchived]);

  return (
    <search className="unit-search">
      <label htmlFor={inputId} className="field-label">
        {t('search.label')}
      </label>
      <input
        id={inputId}
        type="search"
        className="input"
        value={query}
        autoComplete="off"
        placeholder={t('search.placeholder')}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setQuery('');
        }}
      />
      <ErrorMessage error={search.error} />
      {ready && hits.length === 0 ? <p className="muted search-none">{t('search.none')}</p> : null}
      {hits.length > 0 ? (
        <ul className="search-hits" aria-label={t('search.results')}>
          {hits.map((hit) => (
            <li key={hit.id}>
              <button
                type="button"
                className={hit.archived ? 'search-hit is-archived' : 'search-hit'}
                onClick={() => {
                  onChoose(hit);
                  setQuery('');
                }}
              >
                <UnitHitText hit={hit} />
                {hit.archived ? <span className="tag">{t('unit.archivedTag')}</span> : null}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </search>
  );
}

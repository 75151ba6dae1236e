import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/useQuery';
import { useAnnounce } from '../../components/Announcer';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageTitle } from '../../components/PageTitle';
import { Pager } from '../../components/Pager';
import { useFormat } from '../../lib/format';
import { navigate } from '../../lib/navigation';
import { useDebounced } from '../../lib/useDebounced';
import { PeopleTable } from './PeopleTable';
import { PeopleToolbar } from './PeopleToolbar';
import { PersonFormDialog } from './PersonFormDialog';

const PAGE = 50;

/** Search and page through people; create one, import many, export all. */
export function PeopleList() {
  const { t } = useTranslation();
  const format = useFormat();
  const announce = useAnnounce();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const [includeInactive, setIncludeInactive] = useState(false);
  const [offset, setOffset] = useState(0);
  const [creating, setCreating] = useState(false);
  const settled = useDebounced(query.trim());
  const people = useQuery('people.search', { query: settled, includeInactive, limit: PAGE, offset });
  const total = people.data?.total ?? 0;
  const ready = !people.loading && !people.error && people.data !== undefined;

  useEffect(() => {
    if (ready && settled) announce(t('people.hits', { count: total, n: format.number(total) }), { quiet: true });
    // Announce once per finished search, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, settled, includeInactive]);

  return (
    <div className="screen people-screen">
      <div className="screen-head">
        <PageTitle title={t('people.title')} />
        <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
          {t('people.new')}
        </button>
      </div>
      <PeopleToolbar />
      <section className="panel" aria-labelledby="people-list-heading">
        <h2 id="people-list-heading" className="panel-title">
          {t('people.listTitle')}
          <span className="panel-count">{t('people.count', { count: total, n: format.number(total) })}</span>
        </h2>
        <search className="people-filters">
          <div className="field">
            <label htmlFor={searchId} className="field-label">
              {t('people.search')}
            </label>
            <input
              id={searchId}
              type="search"
              className="input"
              value={query}
              autoComplete="off"
              placeholder={t('people.searchPlaceholder')}
              onChange={(event) => {
                setQuery(event.target.value);
                setOffset(0);
              }}
            />
          </div>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={includeInactive}
              onChange={(event) => {
                setIncludeInactive(event.target.checked);
                setOffset(0);
              }}
            />
            {t('people.includeInactive')}
          </label>
        </search>
        <ErrorMessage error={people.error} />
        {people.data && people.data.rows.length === 0 ? <p className="muted">{settled ? t('people.noHits') : t('people.none')}</p> : null}
        {people.data && people.data.rows.length > 0 ? <PeopleTable rows={people.data.rows} /> : null}
        {people.data === undefined && people.loading ? <p className="muted">{t('common:loading')}</p> : null}
        <Pager total={total} offset={offset} limit={PAGE} onChange={setOffset} label={t('people.pages')} />
      </section>
      {creating ? (
        <PersonFormDialog
          onClose={() => setCreating(false)}
          onSaved={(person) => {
            setCreating(false);
            announce(t('people.created', { name: person.name }));
            navigate('people', person.id);
          }}
        />
      ) : null}
    </div>
  );
}

// Who attended: the unit's role holders first (they are the people who need
// the training), a search for anyone else, and the chosen list. All checkboxes.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useFormat } from '../../lib/format';
import { useDebounced } from '../../lib/useDebounced';
import { useRolloutText } from '../dashboard/useRolloutText';

export interface Attendee {
  id: number;
  name: string;
  email: string | null;
}

interface Candidate extends Attendee {
  /** What tells two people of the same name apart: role, e-mail, home unit. */
  detail: string;
}

interface AttendeePickerProps {
  unitId: number | null;
  value: Attendee[];
  onChange: (next: Attendee[]) => void;
}

export function AttendeePicker({ unitId, value, onChange }: AttendeePickerProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useRolloutText();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const settled = useDebounced(query.trim());
  const holders = useQuery('assignments.list', unitId === null ? null : { unitId, personId: null, includeEnded: false });
  const hits = useQuery('people.search', settled ? { query: settled, limit: 20 } : null);
  const chosen = new Set(value.map((a) => a.id));

  const holderList: Candidate[] = [];
  for (const a of holders.data ?? []) {
    if (a.personErased || !a.current) continue;
    const role = text.name({ nameNb: a.roleNameNb, nameEn: a.roleNameEn });
    const known = holderList.find((c) => c.id === a.personId);
    if (known) known.detail = `${known.detail}, ${role}`;
    else holderList.push({ id: a.personId, name: a.personName, email: null, detail: role });
  }
  const hitList: Candidate[] = settled
    ? (hits.data?.rows ?? []).filter((p) => !p.erased).map((p) => ({ id: p.id, name: p.name, email: p.email, detail: [p.email, p.homeUnitName].filter(Boolean).join(' · ') }))
    : [];

  const toggle = (person: Attendee, on: boolean) => {
    if (on && !chosen.has(person.id)) onChange([...value, { id: person.id, name: person.name, email: person.email }]);
    if (!on) onChange(value.filter((a) => a.id !== person.id));
  };
  const box = (person: Candidate, group: string) => (
    <li key={`${group}-${person.id}`}>
      <label className="checkbox">
        <input type="checkbox" checked={chosen.has(person.id)} onChange={(e) => toggle(person, e.target.checked)} />
        <span>
          {person.name}
          {person.detail ? <span className="hit-path">{person.detail}</span> : null}
        </span>
      </label>
    </li>
  );

  return (
    <div className="attendee-groups">
      <fieldset className="attendee-group">
        <legend>{t('training.attendees.chosen', { count: value.length, n: format.number(value.length) })}</legend>
        {value.length === 0 ? (
          <p className="muted">{t('training.attendees.noneChosen')}</p>
        ) : (
          <ul className="attendee-list">{value.map((a) => box({ ...a, detail: a.email ?? '' }, 'chosen'))}</ul>
        )}
      </fieldset>
      <fieldset className="attendee-group">
        <legend>{t('training.attendees.holders')}</legend>
        <ErrorMessage error={holders.error} />
        {unitId === null ? <p className="muted">{t('training.attendees.pickUnitFirst')}</p> : null}
        {unitId !== null && holders.data && holderList.length === 0 ? <p className="muted">{t('training.attendees.noHolders')}</p> : null}
        {holderList.length > 0 ? (
          <>
            <ul className="attendee-list">{holderList.map((c) => box(c, 'holder'))}</ul>
            <button type="button" className="link-button" onClick={() => onChange([...value, ...holderList.filter((c) => !chosen.has(c.id))])}>
              {t('training.attendees.addAllHolders')}
            </button>
          </>
        ) : null}
      </fieldset>
      <fieldset className="attendee-group">
        <legend>{t('training.attendees.others')}</legend>
        <div className="field">
          <label htmlFor={searchId} className="field-label">
            {t('training.attendees.search')}
          </label>
          <input id={searchId} type="search" className="input" value={query} autoComplete="off" onChange={(e) => setQuery(e.target.value)} />
        </div>
        <ErrorMessage error={hits.error} />
        {settled && !hits.loading && hitList.length === 0 ? <p className="muted">{t('people.noHits')}</p> : null}
        {hitList.length > 0 ? <ul className="attendee-list">{hitList.map((c) => box(c, 'hit'))}</ul> : null}
      </fieldset>
    </div>
  );
}

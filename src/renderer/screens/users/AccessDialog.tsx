import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCESS_LEVELS, type AccessLevel } from '../../../shared/access';
import type { AccessSource } from '../../../shared/types-accounts';
import { useAction } from '../../api/useAction';
import { useQuery } from '../../api/useQuery';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { UnitPicker, type PickedUnit } from '../../components/UnitPicker';
import { useLanguage } from '../../i18n/useLanguage';
import { useFormat } from '../../lib/format';
import { endFromLastDay } from '../../lib/lastDay';
import { osloDate } from '../../../shared/dates';
import { DateInput } from '../../components/DateInput';

/** A person's access and why («superbruker i Herøy fra 1. mars»), with grants for staff who hold no role. */
export function AccessDialog({ personId, name, onClose }: { personId: number; name: string; onClose: () => void }) {
  const { t } = useTranslation();
  const report = useQuery('users.access', { personId });
  const end = useAction('grants.end');
  const [granting, setGranting] = useState(false);

  return (
    <Dialog title={t('users.access.title', { name })} onClose={onClose} wide>
      <ErrorMessage error={report.error ?? end.error} />
      {report.data ? (
        <>
          <p className="dialog-body">
            {report.data.administers ? t('users.access.administers', { name }) : t('users.access.counts', { name, count: report.data.readable, writable: report.data.writable, exportable: report.data.exportable })}
          </p>
          {report.data.sources.length === 0 ? <p>{t('users.access.none', { name })}</p> : (
            <ul className="plain-list access-sources">
              {report.data.sources.map((s) => (
                <li key={`${s.kind}-${s.grantId ?? s.unitId ?? 0}-${s.since ?? ''}-${s.roleNb ?? ''}`}>
                  <SourceText source={s} />
                  {s.grantId !== null ? (
                    <button type="button" className="button button-small" disabled={end.pending}
                      onClick={() => void end.run({ id: s.grantId ?? 0 }).then((a) => a.ok && report.reload())}>
                      {t('users.access.endGrant', { unit: s.unitName ?? '' })}
                    </button>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
      {granting ? <GrantForm personId={personId} onDone={() => { setGranting(false); report.reload(); }} onCancel={() => setGranting(false)} /> : (
        <div className="dialog-actions">
          <button type="button" className="button" onClick={() => setGranting(true)}>{t('users.access.grant')}</button>
          <button type="button" className="button button-primary" onClick={onClose} data-autofocus>{t('common:action.close')}</button>
        </div>
      )}
    </Dialog>
  );
}

function SourceText({ source: s }: { source: AccessSource }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const format = useFormat();
  const level = t(`roles.access.${s.level}`);
  const exportText = s.canExport ? t('users.access.withExport') : t('users.access.withoutExport');
  if (s.kind === 'admin') return <span>{t('users.access.adminSource')}</span>;
  const period = s.until ? t('users.access.period', { from: format.date(s.since ?? ''), to: format.lastDay(s.until) }) : t('users.access.since', { from: format.date(s.since ?? '') });
  const unit = `${s.unitCode ?? ''} ${s.unitName ?? ''}`.trim();
  const why = s.kind === 'role'
    ? t('users.access.roleSource', { role: lang === 'nb' ? s.roleNb : s.roleEn, unit })
    : t('users.access.grantSource', { unit, note: s.note || t('users.access.noNote') });
  return <span>{`${why}, ${period}: ${level}, ${exportText}.`}</span>;
}

function GrantForm({ personId, onDone, onCancel }: { personId: number; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const create = useAction('grants.create');
  const [unit, setUnit] = useState<PickedUnit | null>(null);
  const [level, setLevel] = useState<AccessLevel>('read');
  const [canExport, setCanExport] = useState(false);
  const [startDate, setStartDate] = useState(osloDate());
  const [endDate, setEndDate] = useState('');
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!unit) return;
    const answer = await create.run({ personId, unitId: unit.id, level, canExport, startDate, endDate: endFromLastDay(endDate), note });
    if (answer.ok) onDone();
  };

  return (
    <form className="grant-form" onSubmit={(e) => void submit(e)} noValidate>
      <h3>{t('users.access.grantTitle')}</h3>
      <UnitPicker label={t('users.access.unit')} value={unit} onChange={setUnit} />
      {tried && !unit ? <p className="field-error">{t('users.access.unitRequired')}</p> : null}
      <Field id="grant-level" label={t('users.access.level')}>
        {(props) => (
          <select {...props} className="input" value={level} onChange={(e) => setLevel(e.target.value as AccessLevel)}>
            {ACCESS_LEVELS.map((l) => <option key={l} value={l}>{t(`roles.access.${l}`)}</option>)}
          </select>
        )}
      </Field>
      <label className="checkbox">
        <input type="checkbox" checked={canExport} onChange={(e) => setCanExport(e.target.checked)} />
        {t('users.access.canExport')}
      </label>
      <Field id="grant-start" label={t('users.access.startDate')} required>
        {(props) => <DateInput {...props} value={startDate} onChange={setStartDate} />}
      </Field>
      <Field id="grant-end" label={t('users.access.endDate')} hint={t('users.access.endHint')}>
        {(props) => <DateInput {...props} value={endDate} onChange={setEndDate} />}
      </Field>
      <Field id="grant-note" label={t('users.access.note')} hint={t('users.access.noteHint')}>
        {(props) => <input {...props} className="input" value={note} maxLength={200} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <ErrorMessage error={create.error} />
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>{t('common:action.cancel')}</button>
        <button type="submit" className="button button-primary" disabled={create.pending}>{t('users.access.grantSubmit')}</button>
      </div>
    </form>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../api/useAction';
import { useQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ExportButtons } from '../../components/ExportButtons';
import { Field } from '../../components/Field';
import { PageTitle } from '../../components/PageTitle';
import { Pager } from '../../components/Pager';
import { UnitPicker, type PickedUnit } from '../../components/UnitPicker';
import { useLanguage } from '../../i18n/useLanguage';
import { useFormat } from '../../lib/format';
import { PersonPicker, type PickedPerson } from '../people/PersonPicker';
import { AuditTable } from './AuditTable';
import { DateInput } from '../../components/DateInput';

const MODULES = ['settings', 'levels', 'units', 'people', 'roles', 'assignments', 'stages', 'waves', 'rollout', 'trainingTypes', 'trainingSessions', 'problems', 'sla', 'cases', 'backup', 'demo', 'users', 'grants', 'feedback'] as const;
const LIMIT = 50;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** «Endringslogg»: every change, who made it and when, filtered by unit (with what is below it), module and period. */
export function AuditScreen() {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const format = useFormat();
  const [unit, setUnit] = useState<PickedUnit | null>(null);
  const [person, setPerson] = useState<PickedPerson | null>(null);
  const [module, setModule] = useState<string>('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [offset, setOffset] = useState(0);
  const wrongOrder = ISO_DATE.test(from) && ISO_DATE.test(to) && to < from;
  const filters = {
    unitId: unit?.id ?? null,
    personId: person?.id ?? null,
    module: module === '' ? null : module,
    from: ISO_DATE.test(from) ? from : null,
    to: ISO_DATE.test(to) ? to : null,
  };
  const list = useQuery('audit.list', wrongOrder ? null : { ...filters, limit: LIMIT, offset });
  const exporter = useAction('audit.export');
  const change = <T,>(set: (v: T) => void) => (v: T) => { set(v); setOffset(0); };

  return (
    <div className="screen audit-screen">
      <div className="screen-head">
        <PageTitle title={t('audit.title')} />
      </div>
      <p className="lead">{t('audit.intro')}</p>
      <search className="panel dashboard-filters" aria-label={t('audit.filters')}>
        <UnitPicker label={t('audit.unit')} value={unit} onChange={change(setUnit)} />
        {unit ? (
          <button type="button" className="button" onClick={() => change(setUnit)(null)}>
            {t('audit.allUnits')}
          </button>
        ) : null}
        <PersonPicker label={t('audit.person')} value={person} onChange={change(setPerson)} allowCreate={false} />
        {person ? (
          <button type="button" className="button" onClick={() => change(setPerson)(null)}>
            {t('audit.allPeople')}
          </button>
        ) : null}
        <Field id="audit-module" label={t('audit.module')}>
          {(c) => (
            <select {...c} className="input" value={module} onChange={(e) => change(setModule)(e.target.value)}>
              <option value="">{t('audit.allModules')}</option>
              {MODULES.map((m) => <option key={m} value={m}>{t(`audit.modules.${m}`)}</option>)}
            </select>
          )}
        </Field>
        <Field id="audit-from" label={t('audit.from')}>
          {(c) => <DateInput {...c} value={from} onChange={change(setFrom)} />}
        </Field>
        <Field id="audit-to" label={t('audit.to')} error={wrongOrder ? t('audit.toBeforeFrom') : undefined}>
          {(c) => <DateInput {...c} value={to} onChange={change(setTo)} />}
        </Field>
      </search>
      <ErrorMessage error={list.error} />
      <section className="panel" aria-labelledby="audit-list-heading">
        <div className="panel-head">
          <h2 id="audit-list-heading" className="panel-title">
            {t('audit.listTitle')}
            {list.data ? <span className="panel-count">{t('audit.found', { count: list.data.total, n: format.number(list.data.total) })}</span> : null}
          </h2>
          <ExportButtons
            what={t('audit.exportWhat')}
            run={(fmt) => exporter.run({ ...filters, format: fmt, lang })}
            pending={exporter.pending}
            error={exporter.error}
          />
        </div>
        {list.data ? (
          <>
            <AuditTable rows={list.data.rows} caption={t('audit.listTitle')} />
            <Pager total={list.data.total} offset={offset} limit={LIMIT} onChange={setOffset} label={t('audit.pages')} />
          </>
        ) : list.loading ? (
          <p className="muted">{t('common:loading')}</p>
        ) : null}
      </section>
    </div>
  );
}

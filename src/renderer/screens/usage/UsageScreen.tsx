import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { PageTitle } from '../../components/PageTitle';
import { AdoptionNow } from './AdoptionNow';
import { AdoptionTable } from './AdoptionTable';
import { AdoptionTrend } from './AdoptionTrend';
import { FurthestBelow } from './FurthestBelow';
import { UnusedList } from './UnusedList';
import { UsageImport } from './UsageImport';
import { useUsageFormat } from './useUsageFormat';
import './usage.css';

/** «Bruk»: measured use against the targets, for the nation or a region, and the CRM's usage export in. */
export function UsageScreen() {
  const { t } = useTranslation('usage');
  const f = useUsageFormat();
  const [unitId, setUnitId] = useState<number | null>(null);
  const regions = useQuery('units.regions', {});
  const adoption = useQuery('usage.adoption', { unitId, month: null });
  const data = adoption.data;
  return (
    <div className="screen usage-screen">
      <div className="screen-head">
        <PageTitle title={t('title')} />
      </div>
      <p className="screen-intro">{t('intro')}</p>
      <UsageImport onImported={adoption.reload} />
      <search className="panel" aria-label={t('subject.label')}>
        <Field id="usage-subject" label={t('subject.label')}>
          {(c) => (
            <select {...c} className="input" value={unitId ?? ''} onChange={(e) => setUnitId(e.target.value === '' ? null : Number(e.target.value))}>
              <option value="">{t('subject.nation')}</option>
              {(regions.data ?? []).map((r) => <option key={r.id} value={String(r.id)}>{r.name}</option>)}
            </select>
          )}
        </Field>
      </search>
      <ErrorMessage error={adoption.error ?? regions.error} />
      {data && data.month === null ? <p className="notice">{t('noData')}</p> : null}
      {data && data.month !== null ? (
        <>
          <p className="muted">{t('month', { month: f.month(data.month) })}</p>
          <AdoptionNow figures={data.total} />
          <AdoptionTrend trend={data.trend} />
          <AdoptionTable rows={data.rows} month={data.month} />
          <FurthestBelow rows={data.furthestBelow} />
          <UnusedList units={data.unused} />
        </>
      ) : adoption.loading ? (
        <p className="muted">{t('common:loading')}</p>
      ) : null}
    </div>
  );
}

import { addDays, format as formatDay, parseISO } from 'date-fns';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/useQuery';
import { useAnnounce } from '../../components/Announcer';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { PageTitle } from '../../components/PageTitle';
import { useFormat } from '../../lib/format';
import { RegionSelect } from '../dashboard/RegionSelect';
import { useRegions } from '../../api/useRegions';
import { osloDate } from '../../../shared/dates';
import { MetricsFigures } from './MetricsFigures';
import { RegionMetricsTable } from './RegionMetricsTable';
import { SupportNav } from './SupportNav';
import { TierChart } from './TierChart';
import { TopProblems } from './TopProblems';
import '../dashboard/dashboard.css';
import './support.css';
import { DateInput } from '../../components/DateInput';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** How much is solved locally, how fast, and where time is lost: for a period and optionally a region. */
export function MetricsScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const announce = useAnnounce();
  const { regions, error: regionsError } = useRegions();
  const [to, setTo] = useState(() => osloDate());
  const [from, setFrom] = useState(() => formatDay(addDays(parseISO(osloDate()), -29), 'yyyy-MM-dd'));
  const [regionId, setRegionId] = useState<number | null>(null);
  const valid = ISO_DATE.test(from) && ISO_DATE.test(to) && from <= to;
  const metrics = useQuery('support.metrics', valid ? { from, to, regionId } : null);
  const data = metrics.data;
  const ready = !metrics.loading && !metrics.error && data !== undefined;

  useEffect(() => {
    if (ready && data) announce(t('support.metrics.updated', { count: data.opened, n: format.number(data.opened) }), { quiet: true });
    // Announce once per finished filter change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, from, to, regionId]);

  return (
    <div className="screen support-screen metrics-screen">
      <div className="screen-head">
        <PageTitle title={t('support.metrics.title')} />
      </div>
      <SupportNav current="support-metrics" />
      <p className="lead">{t('support.metrics.intro')}</p>
      <search className="panel dashboard-filters" aria-label={t('support.metrics.filters')}>
        <Field id="metrics-from" label={t('support.metrics.from')}>
          {(c) => <DateInput {...c} value={from} max={to} onChange={setFrom} />}
        </Field>
        <Field id="metrics-to" label={t('support.metrics.to')} error={ISO_DATE.test(from) && ISO_DATE.test(to) && from > to ? t('support.metrics.toBeforeFrom') : undefined}>
          {(c) => <DateInput {...c} value={to} min={from} onChange={setTo} />}
        </Field>
        <RegionSelect id="metrics-region" regions={regions} value={regionId} onChange={setRegionId} />
      </search>
      <ErrorMessage error={metrics.error ?? regionsError} />
      {data ? (
        <>
          <MetricsFigures metrics={data} />
          <TierChart byTier={data.byTier} />
          <TopProblems problems={data.topProblems} />
          <RegionMetricsTable regions={data.byRegion} />
        </>
      ) : metrics.loading ? (
        <p className="muted">{t('common:loading')}</p>
      ) : null}
    </div>
  );
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/useQuery';
import { useAnnounce } from '../../components/Announcer';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageTitle } from '../../components/PageTitle';
import { useFormat } from '../../lib/format';
import { routeHref } from '../../lib/navigation';
import { FeedbackFigures } from '../feedback/FeedbackFigures';
import { UnusedList } from '../usage/UnusedList';
import { TrainingFiguresTable } from '../training/TrainingFiguresTable';
import { NationalProgress } from './NationalProgress';
import { RegionStageChart } from './RegionStageChart';
import { RegionStatusTable } from './RegionStatusTable';
import { StatusCounts } from './StatusCounts';
import { WaveSelect } from './WaveSelect';
import './dashboard.css';

/** How far the rollout has come, nationally and per region, what needs attention, and training coverage. */
export function DashboardScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const announce = useAnnounce();
  const [waveId, setWaveId] = useState<number | null>(null);
  const waves = useQuery('waves.list', {});
  const stages = useQuery('stages.list', {});
  const dashboard = useQuery('rollout.dashboard', { waveId });
  const data = dashboard.data;
  const ready = !dashboard.loading && !dashboard.error && data !== undefined;
  // Every active unit counts in the figures (an unplanned unit simply has not started);
  // the notice asks for planning while no unit is in any wave.
  const planned = (waves.data ?? []).reduce((sum, wave) => sum + wave.unitCount, 0);

  useEffect(() => {
    if (ready && data) announce(t('dashboard.updated', { count: data.national.units, n: format.number(data.national.units) }), { quiet: true });
    // Announce once per finished filter change, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, waveId]);

  return (
    <div className="screen dashboard-screen">
      <div className="screen-head">
        <PageTitle title={t('dashboard.title')} />
      </div>
      <p className="lead">{t('dashboard.intro')}</p>
      <search className="panel dashboard-filters" aria-label={t('dashboard.filter.label')}>
        <WaveSelect id="dashboard-wave" waves={waves.data ?? []} value={waveId} onChange={setWaveId} />
      </search>
      <ErrorMessage error={dashboard.error ?? waves.error ?? stages.error} />
      {data ? (
        <>
          <p className="muted">{t('dashboard.asOf', { date: format.date(data.today) })}</p>
          {waves.data !== undefined && planned === 0 ? (
            <p className="notice">
              {t('dashboard.noUnits')} <a href={routeHref('rollout')}>{t('dashboard.planLink')}</a>
            </p>
          ) : null}
          <div className="dashboard-top">
            <StatusCounts figures={data.national} unused={data.unused?.length ?? null} waveId={waveId} />
            <NationalProgress figures={data.national} />
          </div>
          {data.unused ? <UnusedList units={data.unused} more /> : null}
          <RegionStageChart regions={data.regions} national={data.national} stages={stages.data ?? []} />
          <RegionStatusTable regions={data.regions} nationalLevel={data.nationalLevel} national={data.national} waveId={waveId} />
          <section className="panel" aria-labelledby="dashboard-training-heading">
            <h2 id="dashboard-training-heading">{t('dashboard.training.title')}</h2>
            <p className="muted">{t('dashboard.training.intro')}</p>
            <TrainingFiguresTable
              caption={t('dashboard.training.title')}
              nationalLevel={data.nationalLevel.training}
              national={data.national.training}
              regions={data.regions.map((r) => ({ key: String(r.regionId), name: r.name, figures: r.training }))}
            />
            <p className="panel-foot">
              <a href={routeHref('training')}>{t('dashboard.training.more')}</a>
            </p>
          </section>
          <FeedbackFigures version={0} more />
        </>
      ) : dashboard.loading ? (
        <p className="muted">{t('common:loading')}</p>
      ) : null}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/useQuery';
import { osloDate } from '../../../shared/dates';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageTitle } from '../../components/PageTitle';
import { useFormat } from '../../lib/format';
import { routeHref } from '../../lib/navigation';
import { LeadTimes } from './LeadTimes';
import { WaveTimeline } from './WaveTimeline';
import '../dashboard/dashboard.css';

/** The waves against today, planned against actual, and how long stages take per region. */
export function TimelineScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const timeline = useQuery('rollout.timeline', {});
  const leadTimes = useQuery('rollout.leadTimes', {});
  const today = osloDate();
  return (
    <div className="screen timeline-screen">
      <div className="screen-head">
        <PageTitle title={t('timeline.title')} />
      </div>
      <p className="lead">{t('timeline.intro')}</p>
      <p className="muted">{t('timeline.today', { date: format.date(today) })}</p>
      <section className="panel" aria-labelledby="timeline-waves-heading">
        <h2 id="timeline-waves-heading">{t('timeline.waves.title')}</h2>
        <ErrorMessage error={timeline.error} />
        {timeline.data && timeline.data.length === 0 ? (
          <p className="empty-state">
            {t('timeline.waves.none')} <a href={routeHref('rollout')}>{t('dashboard.planLink')}</a>
          </p>
        ) : null}
        {timeline.data && timeline.data.length > 0 ? <WaveTimeline waves={timeline.data} today={today} /> : null}
        {timeline.data === undefined && timeline.loading ? <p className="muted">{t('common:loading')}</p> : null}
      </section>
      <section className="panel" aria-labelledby="timeline-lead-heading">
        <h2 id="timeline-lead-heading">{t('timeline.lead.title')}</h2>
        <p className="muted">{t('timeline.lead.intro')}</p>
        <ErrorMessage error={leadTimes.error} />
        {leadTimes.data ? <LeadTimes rows={leadTimes.data} /> : null}
        {leadTimes.data === undefined && leadTimes.loading ? <p className="muted">{t('common:loading')}</p> : null}
      </section>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import type { DurationStats, SupportMetrics } from '../../../shared/types-support';
import { useFormat } from '../../lib/format';
import { useSupportText } from './useSupportText';

/** The headline: the share solved locally (the goal), counts, and the median and p90 times. */
export function MetricsFigures({ metrics }: { metrics: SupportMetrics }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useSupportText();
  const share = metrics.solvedLocallyShare;
  const stat = (m: number | null) => (m === null ? '–' : text.duration(m));
  const durationRow = (key: string, stats: DurationStats) => (
    <tr>
      <th scope="row">{t(key)}</th>
      <td className="num">{stat(stats.medianMinutes)}</td>
      <td className="num">{stat(stats.p90Minutes)}</td>
      <td className="num">{format.number(stats.count)}</td>
    </tr>
  );
  return (
    <div className="dashboard-top">
      <section className="panel" aria-labelledby="metrics-local-heading">
        <h2 id="metrics-local-heading">{t('support.metrics.local.title')}</h2>
        <p className="big-figure">{share === null ? '–' : t('support.metrics.percent', { n: format.number(Math.round(share * 100)) })}</p>
        <p>{share === null ? t('support.metrics.local.none') : t('support.metrics.local.text')}</p>
        <dl className="facts">
          <div>
            <dt>{t('support.metrics.opened')}</dt>
            <dd className="num-value">{format.number(metrics.opened)}</dd>
          </div>
          <div>
            <dt>{t('support.metrics.resolved')}</dt>
            <dd className="num-value">{format.number(metrics.resolved)}</dd>
          </div>
        </dl>
      </section>
      <section className="panel" aria-labelledby="metrics-time-heading">
        <h2 id="metrics-time-heading">{t('support.metrics.time.title')}</h2>
        <table className="data-table">
          <caption className="visually-hidden">{t('support.metrics.time.title')}</caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{t('support.metrics.time.measure')}</span>
              </th>
              <th scope="col" className="num">
                {t('support.metrics.time.median')}
              </th>
              <th scope="col" className="num">
                {t('support.metrics.time.p90')}
              </th>
              <th scope="col" className="num">
                {t('support.metrics.time.count')}
              </th>
            </tr>
          </thead>
          <tbody>
            {durationRow('support.metrics.time.firstResponse', metrics.firstResponse)}
            {durationRow('support.metrics.time.resolution', metrics.resolution)}
          </tbody>
        </table>
        <p className="muted">{t('support.metrics.time.note')}</p>
      </section>
    </div>
  );
}

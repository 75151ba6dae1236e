import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/useQuery';
import { useTotalName } from '../../api/useMe';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useFormat } from '../../lib/format';
import { routeHref } from '../../lib/navigation';
import type { FeedbackRegionFigures } from '../../../shared/types-feedback';

/** Per region: open entries, the share answered within N days, and the top themes; on the overview with a link to «Innspill». */
export function FeedbackFigures({ version, more = false }: { version: number; more?: boolean }) {
  const { t } = useTranslation('feedback');
  const format = useFormat();
  const totalName = useTotalName();
  const summary = useQuery('feedback.summary', {});
  const { reload } = summary;
  useEffect(() => {
    if (version > 0) reload();
  }, [version, reload]);
  const data = summary.data;
  const share = (f: FeedbackRegionFigures) => (f.share === null ? '–' : `${format.number(Math.round(f.share * 100))} %`);
  const row = (f: FeedbackRegionFigures, name: string) => (
    <tr key={name}>
      <th scope="row">{name}</th>
      <td>{format.number(f.open)}</td>
      <td>{share(f)}</td>
      <td>{f.themes.map((th) => t('figures.theme', { title: th.title, votes: format.number(th.votes) })).join('; ') || '–'}</td>
    </tr>
  );
  return (
    <section className="panel" aria-labelledby="feedback-figures-heading">
      <h2 id="feedback-figures-heading" className="panel-title">{t('figures.title')}</h2>
      <ErrorMessage error={summary.error} />
      {data ? (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('figures.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('figures.region')}</th>
                <th scope="col">{t('figures.open')}</th>
                <th scope="col">{t('figures.share', { days: data.days })}</th>
                <th scope="col">{t('figures.themes')}</th>
              </tr>
            </thead>
            <tbody>
              {data.regions.map((r) => row(r, r.regionName ?? t('figures.noRegion')))}
              {row(data.total, totalName)}
            </tbody>
          </table>
        </div>
      ) : null}
      {more ? (
        <p className="panel-foot">
          <a href={routeHref('feedback')}>{t('figures.more')}</a>
        </p>
      ) : null}
    </section>
  );
}

import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useFormat } from '../../lib/format';
import { routeHref, rolloutUnitHref } from '../../lib/navigation';

/** The wave's units whose message for the stage they are in has not gone out by any channel. */
export function MissingList({ waveId, version, heading: Heading = 'h2' }: { waveId: number; version: number; heading?: 'h2' | 'h4' }) {
  const { t, i18n } = useTranslation('messages');
  const format = useFormat();
  const missing = useQuery('messages.missing', { waveId });
  const stages = useQuery('stages.list', {});
  const plan = useQuery('messages.plan', { waveId });
  const { reload } = missing;
  useEffect(() => {
    if (version > 0) reload();
  }, [version, reload]);
  const stageName = (id: number) => {
    const stage = stages.data?.find((s) => s.id === id);
    return stage ? (i18n.language === 'en' ? stage.nameEn : stage.nameNb) : '';
  };
  const subject = (id: number) => {
    const m = plan.data?.messages.find((x) => x.id === id);
    return m ? (i18n.language === 'en' ? m.subjectEn || m.subjectNb : m.subjectNb || m.subjectEn) : '';
  };
  const rows = missing.data ?? [];
  return (
    <section className="panel" aria-labelledby={`missing-heading-${waveId}`}>
      <Heading id={`missing-heading-${waveId}`} className="panel-title">{t('missing.title')}</Heading>
      <ErrorMessage error={missing.error} />
      {missing.data && rows.length === 0 ? <p>{t('missing.empty')}</p> : null}
      {Heading === 'h4' ? <p><a href={routeHref('messages', waveId)}>{t('missing.open')}</a></p> : null}
      {rows.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('missing.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('missing.unit')}</th>
                <th scope="col">{t('missing.stage')}</th>
                <th scope="col">{t('missing.message')}</th>
                <th scope="col">{t('missing.sendOn')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={`${r.messageId}-${r.unitId}`}>
                  <th scope="row"><a href={rolloutUnitHref(r.unitId)}>{`${r.unitCode} ${r.unitName}`}</a></th>
                  <td>{stageName(r.stageId)}</td>
                  <td>{subject(r.messageId)}</td>
                  <td>{format.date(r.sendOn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

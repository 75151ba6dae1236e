import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useFormat } from '../../lib/format';

/** What went out, when, how and to whom, per unit; newest first. */
export function SentLog({ waveId, version }: { waveId: number; version: number }) {
  const { t } = useTranslation('messages');
  const format = useFormat();
  const log = useQuery('messages.sentLog', { waveId });
  const { reload } = log;
  useEffect(() => {
    if (version > 0) reload();
  }, [version, reload]);
  const rows = log.data ?? [];
  return (
    <section className="panel" aria-labelledby="sent-heading">
      <h2 id="sent-heading" className="panel-title">{t('sent.title')}</h2>
      <ErrorMessage error={log.error} />
      {log.data && rows.length === 0 ? <p>{t('sent.empty')}</p> : null}
      {rows.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('sent.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('sent.at')}</th>
                <th scope="col">{t('sent.unit')}</th>
                <th scope="col">{t('sent.to')}</th>
                <th scope="col">{t('sent.how')}</th>
                <th scope="col">{t('sent.subject')}</th>
                <th scope="col">{t('sent.by')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>{format.dateTime(r.sentAt)}</td>
                  <th scope="row">{`${r.unitCode} ${r.unitName}`}</th>
                  <td>{r.personName || '–'}</td>
                  <td>{t(`channel.${r.channel}`)}</td>
                  <td>{r.subject}</td>
                  <td>{r.sentBy}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

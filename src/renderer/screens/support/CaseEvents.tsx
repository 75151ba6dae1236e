import { useTranslation } from 'react-i18next';
import type { CaseEventDto } from '../../../shared/types-support';
import { useFormat } from '../../lib/format';
import { useSupportText } from './useSupportText';

/** What happened to the case, oldest first. */
export function CaseEvents({ events }: { events: CaseEventDto[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useSupportText();
  const what = (e: CaseEventDto) =>
    t(`support.event.${e.kind}`, { from: e.fromTier ? text.tierTo(e.fromTier) : '', to: e.toTier ? text.tierTo(e.toTier) : '' });
  return (
    <section className="panel" aria-labelledby="case-events-heading">
      <h2 id="case-events-heading">{t('support.event.title')}</h2>
      <ol className="case-events">
        {events.map((e) => (
          <li key={e.id} className="case-event">
            <p className="case-event-head">
              <strong>{what(e)}</strong> <span className="muted">{t('support.event.byAt', { actor: e.actor, at: format.dateTime(e.at) })}</span>
            </p>
            {e.note ? <p className="notes case-event-note">{e.note}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

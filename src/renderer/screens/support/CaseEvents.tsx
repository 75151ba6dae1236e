import { useTranslation } from 'react-i18next';
import type { CaseChange, CaseEventDto } from '../../../shared/types-support';
import { useFormat } from '../../lib/format';
import { useSupportText } from './useSupportText';

/** What happened to the case, oldest first; a correction lists what it changed, before and after. */
export function CaseEvents({ events }: { events: CaseEventDto[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useSupportText();
  const what = (e: CaseEventDto) =>
    t(`support.event.${e.kind}`, { from: e.fromTier ? text.tierTo(e.fromTier) : '', to: e.toTier ? text.tierTo(e.toTier) : '' });
  const describe = (description: string) => (description === '' ? t('support.event.noDescription') : t('support.event.quoted', { text: description }));
  const change = (c: CaseChange) => {
    switch (c.field) {
      case 'problem':
        return t('support.event.change.problem', { before: text.problemTitle(c.before), after: text.problemTitle(c.after) });
      case 'unit':
        return t('support.event.change.unit', {
          before: t('support.event.unitName', { name: c.before.name, code: c.before.code }),
          after: t('support.event.unitName', { name: c.after.name, code: c.after.code }),
        });
      case 'description':
        return t('support.event.change.description', { before: describe(c.before), after: describe(c.after) });
    }
  };
  return (
    <section className="panel" aria-labelledby="case-events-heading">
      <h2 id="case-events-heading">{t('support.event.title')}</h2>
      <ol className="case-events">
        {events.map((e) => (
          <li key={e.id} className="case-event">
            <p className="case-event-head">
              <strong>{what(e)}</strong> <span className="muted">{t('support.event.byAt', { actor: e.actor, at: format.dateTime(e.at) })}</span>
            </p>
            {e.changes.length > 0 ? (
              <ul className="case-changes">
                {e.changes.map((c) => (
                  <li key={c.field} className="notes">{change(c)}</li>
                ))}
              </ul>
            ) : null}
            {e.note ? <p className="notes case-event-note">{e.note}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

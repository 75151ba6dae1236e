import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useFormat } from '../../lib/format';
import { EntryAnswer, raiserText } from './EntryAnswer';

interface UnitFeedbackProps {
  unitId: number;
  unitName: string;
  /** Bumped by the screen after a new entry, so the list reloads. */
  version: number;
}

/** The unit's own view: its entries (and those below it), newest first, each with its status and answer. */
export function UnitFeedback({ unitId, unitName, version }: UnitFeedbackProps) {
  const { t } = useTranslation('feedback');
  const format = useFormat();
  const entries = useQuery('feedback.forUnit', { unitId });
  const { reload } = entries;
  useEffect(() => {
    if (version > 0) reload();
  }, [version, reload]);
  return (
    <section className="panel" aria-labelledby="feedback-unit-heading">
      <h2 id="feedback-unit-heading" className="panel-title">{t('unit.title', { name: unitName })}</h2>
      <ErrorMessage error={entries.error} />
      {entries.data && entries.data.length === 0 ? <p className="empty-state">{t('unit.none')}</p> : null}
      <ul className="feedback-entries">
        {(entries.data ?? []).map((e) => (
          <li key={e.id}>
            <article aria-labelledby={`feedback-own-${e.id}`} className="feedback-entry">
              <h3 id={`feedback-own-${e.id}`}>{e.title}</h3>
              <p className="field-hint">
                {t('entry.meta', {
                  kind: t(`kind.${e.kind}`), status: t(`status.${e.status}`), unit: e.unitName,
                  raiser: raiserText(t, e), date: format.dateTime(e.createdAt),
                })}
              </p>
              {e.description ? <p>{e.description}</p> : null}
              <EntryAnswer entry={e} />
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
}

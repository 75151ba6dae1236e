import { useTranslation } from 'react-i18next';
import type { FeedbackEntry } from '../../../shared/types-feedback';
import { useFormat } from '../../lib/format';

/** The answer the unit reads: its text, dated and signed by role; a duplicate shows the kept entry's. */
export function EntryAnswer({ entry }: { entry: FeedbackEntry }) {
  const { t } = useTranslation('feedback');
  const format = useFormat();
  const answer = entry.answer ?? entry.duplicateOf?.answer ?? null;
  return (
    <div className="feedback-answer">
      {entry.duplicateOf ? (
        <p className="field-hint">{t(entry.merged ? 'entry.mergedInto' : 'entry.linkedTo', { id: entry.duplicateOf.id, title: entry.duplicateOf.title })}</p>
      ) : null}
      {answer ? (
        <blockquote>
          <p>{answer.text}</p>
          <footer>{t('entry.signed', { role: answer.signedAs, date: format.dateTime(answer.at) })}</footer>
        </blockquote>
      ) : (
        <p className="field-hint">{t('entry.noAnswer')}</p>
      )}
    </div>
  );
}

/** Who raised it: the person, «anonym», or nobody left after an erasure. */
export function raiserText(t: (key: string) => string, entry: FeedbackEntry): string {
  if (entry.raisedBy) return entry.raisedBy.name;
  return entry.anonymous ? t('entry.anonymous') : t('entry.erased');
}

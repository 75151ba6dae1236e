import { useTranslation } from 'react-i18next';
import { CLOSING_STATUSES } from '../../../shared/types-feedback';
import { useQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useFormat } from '../../lib/format';
import { routeHref } from '../../lib/navigation';

/** «Innspill» on the unit card: how many of its entries are open and answered, and the way to them. */
export function UnitFeedbackCard({ unitId }: { unitId: number }) {
  const { t } = useTranslation('feedback');
  const format = useFormat();
  const entries = useQuery('feedback.forUnit', { unitId });
  const list = entries.data ?? [];
  const open = list.filter((e) => !CLOSING_STATUSES.includes(e.status)).length;
  const answered = list.filter((e) => e.answer !== null).length;
  return (
    <section className="unit-feedback" aria-labelledby="unit-feedback-heading">
      <h3 id="unit-feedback-heading">{t('card.title')}</h3>
      <ErrorMessage error={entries.error} />
      {entries.data ? (
        <p>{t('card.counts', { count: list.length, n: format.number(list.length), open: format.number(open), answered: format.number(answered) })}</p>
      ) : null}
      <a href={routeHref('feedback', unitId)}>{t('card.link')}</a>
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import type { CoverageState } from '../../../shared/types-ownership';
import { useFormat } from '../../lib/format';

interface StateBadgeProps {
  state: CoverageState;
  vacantSince: string | null;
  expiresOn: string | null;
}

/** The coverage state in words (colour only repeats it), with its date where it has one. */
export function StateBadge({ state, vacantSince, expiresOn }: StateBadgeProps) {
  const { t } = useTranslation();
  const format = useFormat();
  // vacantSince is the first day without a holder; expiresOn is a stored (exclusive)
  // end, so the badge names the last day still covered, as the holder's dates do.
  const text =
    state === 'vacant' && vacantSince
      ? t('coverage.state.vacantSince', { date: format.date(vacantSince) })
      : state === 'expiring' && expiresOn
        ? t('coverage.state.expiringOn', { date: format.lastDay(expiresOn) })
        : t(`coverage.state.${state}`);
  return <span className={`state-badge state-${state}`}>{text}</span>;
}

import { useTranslation } from 'react-i18next';
import type { RolloutFigures } from '../../../shared/types-rollout';
import { useFormat } from '../../lib/format';
import { listHref, type ListFilter } from './links';

const KINDS: ReadonlyArray<{ filter: Exclude<ListFilter, 'all'>; pick: (f: RolloutFigures) => number }> = [
  { filter: 'late', pick: (f) => f.late },
  { filter: 'blocked', pick: (f) => f.blocked },
  { filter: 'at_risk', pick: (f) => f.atRisk },
  { filter: 'ready', pick: (f) => f.readyToConfirm },
];

/** Late, blocked and at-risk units, and those with a stage ready to confirm, each a link to its list. */
export function StatusCounts({ figures, waveId }: { figures: RolloutFigures; waveId: number | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="panel status-panel" aria-labelledby="dashboard-status-heading">
      <h2 id="dashboard-status-heading">{t('dashboard.status.title')}</h2>
      <ul className="status-counts">
        {KINDS.map(({ filter, pick }) => {
          const count = pick(figures);
          return (
            <li key={filter}>
              <a href={listHref(filter, { waveId })} className={`status-count status-${filter}`}>
                <span className="status-count-n">{format.number(count)}</span>{' '}
                <span className="status-count-label">{t(`dashboard.status.${filter}`, { count })}</span>
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

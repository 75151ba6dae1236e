import { useTranslation } from 'react-i18next';
import type { RolloutFigures } from '../../../shared/types-rollout';
import { useQuery } from '../../api/useQuery';
import { useFormat } from '../../lib/format';
import { routeHref } from '../../lib/navigation';
import { casesHref } from '../support/casesAddress';
import { listHref, type ListFilter } from './links';

const KINDS: ReadonlyArray<{ filter: Exclude<ListFilter, 'all'>; pick: (f: RolloutFigures, unused: number) => number }> = [
  { filter: 'late', pick: (f) => f.late },
  { filter: 'blocked', pick: (f) => f.blocked },
  { filter: 'at_risk', pick: (f) => f.atRisk },
  { filter: 'ready', pick: (f) => f.readyToConfirm },
  { filter: 'unused', pick: (_f, unused) => unused },
];

/**
 * What needs action, first on the Overview: late, blocked and at-risk units, those with a stage
 * ready to confirm, those in operation but unused (`unused`, from the usage figures; left out, as null,
 * while no usage is imported), open cases past their target and unfilled required roles, each a link to its
 * list. Cases and roles belong to no wave, so they are left out while a wave is chosen; a count the
 * caller may not read (no access to cases) is left out rather than shown as an error.
 */
export function StatusCounts({ figures, unused, waveId }: { figures: RolloutFigures; unused: number | null; waveId: number | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const whole = waveId === null;
  const overdue = useQuery('cases.list', whole ? { state: 'active', overdueOnly: true, limit: 1 } : null);
  const gaps = useQuery('coverage.gapCounts', whole ? {} : null);
  const more: Array<{ key: string; count: number; href: string; label: string }> = [];
  if (whole && overdue.data) {
    const count = overdue.data.total;
    more.push({ key: 'cases', count, label: t('dashboard.status.casesOverTarget', { count }), href: casesHref({ state: 'active', tier: null, regionId: null, overdueOnly: true, sort: 'due', desc: false }) });
  }
  if (whole && gaps.data) {
    const count = gaps.data.national.total;
    more.push({ key: 'gaps', count, label: t('dashboard.status.gaps', { count }), href: routeHref('ownership') });
  }
  return (
    <section className="panel status-panel" aria-labelledby="dashboard-status-heading">
      <h2 id="dashboard-status-heading">{t('dashboard.status.title')}</h2>
      <ul className="status-counts">
        {KINDS.filter(({ filter }) => filter !== 'unused' || unused !== null).map(({ filter, pick }) => {
          const count = pick(figures, unused ?? 0);
          return (
            <li key={filter}>
              <a href={listHref(filter, { waveId })} className={`status-count status-${filter}`}>
                <span className="status-count-n">{format.number(count)}</span>{' '}
                <span className="status-count-label">{t(`dashboard.status.${filter}`, { count })}</span>
              </a>
            </li>
          );
        })}
        {more.map((item) => (
          <li key={item.key}>
            <a href={item.href} className="status-count status-other">
              <span className="status-count-n">{format.number(item.count)}</span>{' '}
              <span className="status-count-label">{item.label}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

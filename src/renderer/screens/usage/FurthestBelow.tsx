import { useTranslation } from 'react-i18next';
import type { UsageRow } from '../../../shared/types-usage';
import { rolloutUnitHref } from '../../lib/navigation';
import { useUsageFormat } from './useUsageFormat';

/** The units furthest below their target this month, lowest first. */
export function FurthestBelow({ rows }: { rows: UsageRow[] }) {
  const { t } = useTranslation('usage');
  const f = useUsageFormat();
  return (
    <section className="panel" aria-labelledby="usage-below-heading">
      <h2 id="usage-below-heading">{t('below.title')}</h2>
      <p className="muted">{t('below.intro')}</p>
      {rows.length === 0 ? (
        <p className="empty-state">{t('below.none')}</p>
      ) : (
        <ol className="usage-furthest">
          {rows.map((r) => (
            <li key={r.unitId}>
              <a href={rolloutUnitHref(r.unitId)}>{r.name} ({r.code})</a>{' '}
              <span className="muted">{t('below.attainment', { share: f.share(r.figures.attainment) })}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

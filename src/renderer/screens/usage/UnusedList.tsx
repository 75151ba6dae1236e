import { useTranslation } from 'react-i18next';
import type { UnusedUnit } from '../../../shared/types-usage';
import { rolloutUnitHref, routeHref } from '../../lib/navigation';
import { useUsageFormat } from './useUsageFormat';

/** The units in operation but unused: on the Overview (with a link to «Bruk») and on «Bruk» itself. */
export function UnusedList({ units, more = false }: { units: UnusedUnit[]; more?: boolean }) {
  const { t } = useTranslation('usage');
  const f = useUsageFormat();
  return (
    <section className="panel" aria-labelledby="usage-unused-heading">
      <h2 id="usage-unused-heading">{t('unused.title')}</h2>
      <p className="muted">{t('unused.intro')}</p>
      {units.length === 0 ? (
        <p className="empty-state">{t('unused.none')}</p>
      ) : (
        <ul className="usage-unused">
          {units.map((u) => {
            const words = { name: u.name, code: u.code, region: u.regionName ?? '', first: f.month(u.months[0]), second: f.month(u.months[1]) };
            return (
              <li key={u.unitId}>
                <a href={rolloutUnitHref(u.unitId)}>{u.regionName ? t('unused.item', words) : t('unused.itemNoRegion', words)}</a>
              </li>
            );
          })}
        </ul>
      )}
      {more ? (
        <p className="panel-foot">
          <a href={routeHref('usage')}>{t('unused.more')}</a>
        </p>
      ) : null}
    </section>
  );
}

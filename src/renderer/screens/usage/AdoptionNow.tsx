import { useTranslation } from 'react-i18next';
import type { UsageFigures } from '../../../shared/types-usage';
import { useUsageFormat } from './useUsageFormat';

/** This month against the target: the share of role holders active and sign-ins per member. */
export function AdoptionNow({ figures }: { figures: UsageFigures }) {
  const { t } = useTranslation('usage');
  const f = useUsageFormat();
  const target = (value: string | null) => value ?? t('now.noTarget');
  return (
    <section className="panel" aria-labelledby="usage-now-heading">
      <h2 id="usage-now-heading">{t('now.title')}</h2>
      <dl className="usage-now">
        <dt>{t('now.active')}</dt>
        <dd>
          {figures.activeShare === null
            ? t('now.noBase')
            : t('now.activeValue', { share: f.share(figures.activeShare), active: f.number(Math.min(figures.activeUsers, figures.holders)), holders: f.number(figures.holders) })}
          {' · '}
          {t('now.target')}: {target(figures.targetPercent === null ? null : f.share(figures.targetPercent / 100))}
        </dd>
        <dt>{t('now.signIns')}</dt>
        <dd>
          {f.rate(figures.signInsPerMember)}
          {' · '}
          {t('now.target')}: {target(figures.targetSignIns === null ? null : f.rate(figures.targetSignIns))}
        </dd>
        <dt>{t('now.status')}</dt>
        <dd className={figures.below ? 'usage-below' : undefined}>{figures.attainment === null ? t('now.noTarget') : figures.below ? t('now.below') : t('now.met')}</dd>
      </dl>
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import type { RolloutFigures } from '../../../shared/types-rollout';
import { useFormat } from '../../lib/format';
import { useRolloutText } from './useRolloutText';

/** The share of all unit-stages done, as a figure, a bar and a sentence. */
export function NationalProgress({ figures }: { figures: RolloutFigures }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useRolloutText();
  const percent = Math.round(figures.shareDone * 100);
  return (
    <section className="panel national-progress" aria-labelledby="dashboard-progress-heading">
      <h2 id="dashboard-progress-heading">{t('dashboard.progress.title')}</h2>
      <p className="big-figure">{text.percent(figures.shareDone)}</p>
      <progress className="progress-bar" max={100} value={percent} aria-labelledby="dashboard-progress-heading" aria-describedby="dashboard-progress-text" />
      <p id="dashboard-progress-text" className="muted">
        {t('dashboard.progress.text', { percent: text.percent(figures.shareDone), count: figures.units, n: format.number(figures.units) })}
      </p>
    </section>
  );
}

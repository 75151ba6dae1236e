import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useFormat } from '../../lib/format';
import { rolloutUnitHref } from '../../lib/navigation';
import { ProgressText } from './ProgressText';
import { RolloutFlags } from './RolloutFlags';
import './rollout.css';

/** The unit panel's short rollout summary: wave, progress, share done, flags, and a link to the full page. */
export function RolloutStatus({ unitId, unitName }: { unitId: number; unitName: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rollout = useQuery('rollout.unit', { unitId });
  const stages = useQuery('stages.list', {});
  const unit = rollout.data?.unitId === unitId ? rollout.data : undefined;
  return (
    <section className="rollout-status" aria-labelledby="rollout-status-heading">
      <h3 id="rollout-status-heading">{t('rollout.status.title')}</h3>
      <ErrorMessage error={rollout.error} />
      {unit ? (
        <dl className="facts">
          <div>
            <dt>{t('rollout.unit.wave')}</dt>
            <dd>{unit.wave ? unit.wave.name : t('rollout.unit.noWave')}</dd>
          </div>
          <div>
            <dt>{t('rollout.unit.progress')}</dt>
            <dd>
              <ProgressText position={unit.position} readyStageIds={unit.readyStageIds} stages={stages.data} />
            </dd>
          </div>
          <div>
            <dt>{t('rollout.unit.shareDone')}</dt>
            <dd className="num-value">{t('rollout.percent', { n: format.number(Math.round(unit.shareDone * 100)) })}</dd>
          </div>
          <div>
            <dt>{t('rollout.unit.status')}</dt>
            <dd>
              <RolloutFlags row={unit} planned={unit.wave !== null} />
            </dd>
          </div>
        </dl>
      ) : null}
      <p>
        <a href={rolloutUnitHref(unitId)}>{t('rollout.status.open', { name: unitName })}</a>
      </p>
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageTitle } from '../../components/PageTitle';
import { routeHref, useRouteId } from '../../lib/navigation';
import { StageHistory } from './StageHistory';
import { UnitRolloutFacts } from './UnitRolloutFacts';
import { UnitStages } from './UnitStages';
import './rollout.css';

/** One unit's rollout at #/rollout-unit/42: its wave, every stage, and the history of changes. */
export function UnitRolloutScreen() {
  const { t } = useTranslation();
  const unitId = useRouteId();
  const rollout = useQuery('rollout.unit', unitId === null ? null : { unitId });
  const stages = useQuery('stages.list', {});
  const unit = rollout.data?.unitId === unitId ? rollout.data : undefined;
  return (
    <div className="screen unit-rollout-screen">
      <p>
        <a href={routeHref('rollout')}>{t('rollout.unit.back')}</a>
      </p>
      <div className="screen-head">
        <PageTitle title={unit ? t('rollout.unit.title', { name: unit.name }) : t('rollout.unit.titlePlain')} />
      </div>
      {unitId === null ? <p>{t('rollout.unit.noUnit')}</p> : null}
      <ErrorMessage error={rollout.error ?? stages.error} />
      {unit && stages.data ? (
        <>
          <UnitRolloutFacts unit={unit} stages={stages.data} onChanged={rollout.reload} />
          <UnitStages unit={unit} stages={stages.data} onChanged={rollout.reload} />
          <StageHistory entries={unit.history} stages={stages.data} />
        </>
      ) : rollout.loading ? (
        <p className="muted">{t('common:loading')}</p>
      ) : null}
    </div>
  );
}

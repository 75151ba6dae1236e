import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StageDto, UnitRollout } from '../../../shared/types-rollout';
import { useAnnounce } from '../../components/Announcer';
import { useFormat } from '../../lib/format';
import { routeHref } from '../../lib/navigation';
import { MoveWaveDialog } from './MoveWaveDialog';
import { ProgressText } from './ProgressText';
import { RolloutFlags } from './RolloutFlags';

interface UnitRolloutFactsProps {
  unit: UnitRollout;
  stages: StageDto[];
  onChanged: () => void;
}

/** Where the unit is: region, wave, progress, share done, and moving it to another wave. */
export function UnitRolloutFacts({ unit, stages, onChanged }: UnitRolloutFactsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const announce = useAnnounce();
  const [moving, setMoving] = useState(false);
  return (
    <section className="panel" aria-labelledby="unit-rollout-facts">
      <h2 id="unit-rollout-facts">{t('rollout.unit.facts')}</h2>
      <dl className="facts">
        <div>
          <dt>{t('rollout.unit.code')}</dt>
          <dd className="code">
            <a href={routeHref('organization', unit.unitId)}>{unit.code}</a>
          </dd>
        </div>
        <div>
          <dt>{t('rollout.unit.region')}</dt>
          <dd>{unit.regionName ?? t('rollout.unit.noRegion')}</dd>
        </div>
        <div>
          <dt>{t('rollout.unit.wave')}</dt>
          <dd>
            {unit.wave
              ? t('rollout.unit.waveWithPeriod', { name: unit.wave.name, start: format.date(unit.wave.plannedStart), end: format.date(unit.wave.plannedEnd) })
              : t('rollout.unit.noWave')}
            {unit.wave?.reason ? <span className="stage-meta">{t('rollout.unit.moveReason', { reason: unit.wave.reason })}</span> : null}
          </dd>
        </div>
        <div>
          <dt>{t('rollout.unit.progress')}</dt>
          <dd>
            <ProgressText position={unit.position} readyStageIds={unit.readyStageIds} stages={stages} />
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
      <div className="button-row">
        <button type="button" className="button" onClick={() => setMoving(true)}>
          {t('rollout.move.open')}
        </button>
      </div>
      {moving ? (
        <MoveWaveDialog
          unit={unit}
          onClose={() => setMoving(false)}
          onMoved={(waveName) => {
            setMoving(false);
            announce(waveName ? t('rollout.move.done', { name: unit.name, wave: waveName }) : t('rollout.move.doneNone', { name: unit.name }));
            onChanged();
          }}
        />
      ) : null}
    </section>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StageDto, WaveDto } from '../../../shared/types-rollout';
import { useFormat } from '../../lib/format';
import { MissingList } from '../messages/MissingList';
import { AddRegionForm } from './AddRegionForm';
import { WaveRegions } from './WaveRegions';
import { WaveStageDates } from './WaveStageDates';
import { WaveUnits } from './WaveUnits';

interface WavePlanProps {
  wave: WaveDto;
  stages: StageDto[];
  version: number;
  onChanged: () => void;
}

/** Planning one wave: which regions it covers, when each stage is due, and its units. */
export function WavePlan({ wave, stages, version, onChanged }: WavePlanProps) {
  const { t } = useTranslation();
  const format = useFormat();
  // Bumped when regions are added, so the unit list reloads.
  const [unitsVersion, setUnitsVersion] = useState(0);
  return (
    <section className="wave-plan" aria-labelledby="wave-plan-heading">
      <h3 id="wave-plan-heading">{t('rollout.plan.title', { name: wave.name })}</h3>
      <p className="muted">
        {t('rollout.plan.period', { start: format.date(wave.plannedStart), end: format.date(wave.plannedEnd) })}
      </p>
      <div className="wave-plan-grid">
        <AddRegionForm
          wave={wave}
          onAdded={() => {
            setUnitsVersion((v) => v + 1);
            onChanged();
          }}
        />
        <WaveRegions
          wave={wave}
          onRemoved={() => {
            setUnitsVersion((v) => v + 1);
            onChanged();
          }}
        />
        <WaveStageDates key={JSON.stringify(wave.stageDates)} wave={wave} stages={stages} onSaved={onChanged} />
      </div>
      <WaveUnits key={`${version}-${unitsVersion}`} wave={wave} stages={stages} />
      <MissingList waveId={wave.id} version={version} heading="h4" />
    </section>
  );
}

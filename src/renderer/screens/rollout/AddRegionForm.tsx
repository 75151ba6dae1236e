import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WaveDto } from '../../../shared/types-rollout';
import { useAction } from '../../api/useAction';
import { useAnnounce } from '../../components/Announcer';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { useFormat } from '../../lib/format';
import { useRegions } from '../../api/useRegions';

/** Puts a whole region, with every unit below it, in the wave. */
export function AddRegionForm({ wave, onAdded }: { wave: WaveDto; onAdded: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const announce = useAnnounce();
  const { regions, error } = useRegions();
  const add = useAction('waves.addRegion');
  const [regionId, setRegionId] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>(undefined);
  const inWave = new Set(wave.regions.map((r) => r.id));

  const submit = async () => {
    if (regionId === '') {
      setFieldError(t('rollout.plan.pickRegion'));
      return;
    }
    setFieldError(undefined);
    const region = regions.find((r) => r.id === Number(regionId));
    const result = await add.run({ waveId: wave.id, regionId: Number(regionId) });
    if (!result.ok) return;
    setRegionId('');
    announce(t('rollout.plan.regionAdded', { region: region?.name ?? '', wave: wave.name, n: format.number(result.value.unitCount) }));
    onAdded();
  };

  return (
    <form
      className="inline-form"
      aria-labelledby="add-region-heading"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      noValidate
    >
      <h4 id="add-region-heading">{t('rollout.plan.addRegion')}</h4>
      <p className="field-hint">{t('rollout.plan.addRegionHint')}</p>
      <div className="inline-form-row">
        <Field id="add-region" label={t('rollout.plan.region')} error={fieldError}>
          {(c) => (
            <select {...c} className="input" value={regionId} onChange={(e) => setRegionId(e.target.value)}>
              <option value="">{t('rollout.plan.chooseRegion')}</option>
              {regions.map((r) => (
                <option key={r.id} value={String(r.id)}>
                  {inWave.has(r.id) ? t('rollout.plan.regionInWave', { name: r.name }) : r.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" className="button" disabled={add.pending}>
          {t('rollout.plan.addRegion')}
        </button>
      </div>
      <ErrorMessage error={add.error ?? error} />
    </form>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WaveDto } from '../../../shared/types-rollout';
import { useAction } from '../../api/useAction';
import { useAnnounce } from '../../components/Announcer';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useFormat } from '../../lib/format';

/** The regions in the wave, each of which can be taken out again (its units leave the wave). */
export function WaveRegions({ wave, onRemoved }: { wave: WaveDto; onRemoved: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const announce = useAnnounce();
  const remove = useAction('waves.removeRegion');
  const [asking, setAsking] = useState<WaveDto['regions'][number] | null>(null);

  const run = async () => {
    if (!asking) return;
    const result = await remove.run({ waveId: wave.id, regionId: asking.id });
    if (!result.ok) return;
    announce(t('rollout.plan.regionRemoved', { region: asking.name, wave: wave.name, n: format.number(result.value.unitCount) }));
    setAsking(null);
    onRemoved();
  };

  if (wave.regions.length === 0) return null;
  return (
    <section aria-labelledby="wave-regions-heading">
      <h4 id="wave-regions-heading">{t('rollout.plan.regionsTitle')}</h4>
      <ul className="plain-list">
        {wave.regions.map((r) => (
          <li key={r.id}>
            {r.name}{' '}
            <button type="button" className="link-button" onClick={() => setAsking(r)}>
              {t('rollout.plan.removeRegion', { region: r.name })}
            </button>
          </li>
        ))}
      </ul>
      {asking ? (
        <ConfirmDialog
          title={t('rollout.plan.removeRegionTitle', { region: asking.name, wave: wave.name })}
          body={t('rollout.plan.removeRegionBody')}
          confirmLabel={t('rollout.plan.removeRegionConfirm')}
          onConfirm={() => void run()}
          onCancel={() => {
            remove.reset();
            setAsking(null);
          }}
          pending={remove.pending}
          error={remove.error}
        />
      ) : null}
    </section>
  );
}

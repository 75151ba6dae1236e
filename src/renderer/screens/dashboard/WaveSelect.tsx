import { useTranslation } from 'react-i18next';
import type { WaveDto } from '../../../shared/types-rollout';
import { Field } from '../../components/Field';

interface WaveSelectProps {
  id: string;
  waves: readonly WaveDto[];
  value: number | null;
  onChange: (waveId: number | null) => void;
}

/** All waves, or one. */
export function WaveSelect({ id, waves, value, onChange }: WaveSelectProps) {
  const { t } = useTranslation();
  return (
    <Field id={id} label={t('dashboard.filter.wave')}>
      {(c) => (
        <select {...c} className="input" value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}>
          <option value="">{t('dashboard.filter.allWaves')}</option>
          {waves.map((w) => (
            <option key={w.id} value={String(w.id)}>
              {w.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

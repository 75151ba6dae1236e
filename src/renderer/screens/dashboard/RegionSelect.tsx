import { useTranslation } from 'react-i18next';
import type { RegionOption } from '../../../shared/types';
import { Field } from '../../components/Field';

interface RegionSelectProps {
  id: string;
  regions: readonly RegionOption[];
  value: number | null;
  onChange: (regionId: number | null) => void;
}

/** All regions, or one. */
export function RegionSelect({ id, regions, value, onChange }: RegionSelectProps) {
  const { t } = useTranslation();
  return (
    <Field id={id} label={t('dashboard.filter.region')}>
      {(c) => (
        <select {...c} className="input" value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}>
          <option value="">{t('dashboard.filter.allRegions')}</option>
          {regions.map((r) => (
            <option key={r.id} value={String(r.id)}>
              {r.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

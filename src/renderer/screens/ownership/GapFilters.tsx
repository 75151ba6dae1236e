import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/useQuery';
import { useRegions } from '../../api/useRegions';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { useOwnershipText } from './useOwnershipText';

export interface GapFilterValues {
  regionId: number | null;
  levelRank: number | null;
  roleId: number | null;
}

const ALL = '';
const toNumber = (value: string) => (value === ALL ? null : Number(value));

/** Region (the units at rank 1), level and role; each applies as soon as it is chosen. */
export function GapFilters({ value, onChange }: { value: GapFilterValues; onChange: (next: GapFilterValues) => void }) {
  const { t } = useTranslation();
  const text = useOwnershipText();
  const levels = useQuery('levels.list', {});
  const { regions, error: regionsError } = useRegions();
  const roles = useQuery('roles.list', {});
  return (
    <search className="panel gap-filters" aria-label={t('gaps.filters')}>
      <Field id="gap-region" label={t('gaps.region')}>
        {(c) => (
          <select {...c} className="input" value={value.regionId ?? ALL} onChange={(e) => onChange({ ...value, regionId: toNumber(e.target.value) })}>
            <option value={ALL}>{t('gaps.allRegions')}</option>
            {regions.map((u) => (
              <option key={u.id} value={String(u.id)}>
                {u.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="gap-level" label={t('gaps.level')}>
        {(c) => (
          <select {...c} className="input" value={value.levelRank ?? ALL} onChange={(e) => onChange({ ...value, levelRank: toNumber(e.target.value) })}>
            <option value={ALL}>{t('gaps.allLevels')}</option>
            {(levels.data ?? []).map((l) => (
              <option key={l.id} value={String(l.rank)}>
                {l.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="gap-role" label={t('gaps.role')}>
        {(c) => (
          <select {...c} className="input" value={value.roleId ?? ALL} onChange={(e) => onChange({ ...value, roleId: toNumber(e.target.value) })}>
            <option value={ALL}>{t('gaps.allRoles')}</option>
            {(roles.data ?? []).map((r) => (
              <option key={r.id} value={String(r.id)}>
                {text.roleName(r)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <ErrorMessage error={levels.error ?? regionsError ?? roles.error} />
    </search>
  );
}

import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrainingTypeDto } from '../../../shared/types-rollout';
import { Field } from '../../components/Field';
import { UnitPicker, type PickedUnit } from '../../components/UnitPicker';
import { useRolloutText } from '../dashboard/useRolloutText';
import { DateInput } from '../../components/DateInput';

export interface SessionFilterValues {
  unit: PickedUnit | null;
  typeId: number | null;
  from: string | null;
  to: string | null;
}

interface SessionFiltersProps {
  types: readonly TrainingTypeDto[];
  value: SessionFilterValues;
  onChange: (next: SessionFilterValues) => void;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateOrNull = (value: string) => (ISO_DATE.test(value) ? value : null);

/** Type, unit and a date range; each applies as soon as it is chosen. */
export function SessionFilters({ types, value, onChange }: SessionFiltersProps) {
  const { t } = useTranslation();
  const text = useRolloutText();
  const [picking, setPicking] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  return (
    <search className="session-filters" aria-label={t('training.sessions.filters')}>
      <Field id="session-filter-type" label={t('training.field.type')}>
        {(c) => (
          <select {...c} className="input" value={value.typeId ?? ''} onChange={(e) => onChange({ ...value, typeId: e.target.value === '' ? null : Number(e.target.value) })}>
            <option value="">{t('training.sessions.allTypes')}</option>
            {types.map((type) => (
              <option key={type.id} value={String(type.id)}>
                {text.name(type)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="session-filter-from" label={t('training.sessions.from')}>
        {(c) => <DateInput {...c} value={value.from ?? ''} onChange={(v) => onChange({ ...value, from: dateOrNull(v) })} />}
      </Field>
      <Field id="session-filter-to" label={t('training.sessions.to')}>
        {(c) => <DateInput {...c} value={value.to ?? ''} onChange={(v) => onChange({ ...value, to: dateOrNull(v) })} />}
      </Field>
      <div className="unit-filter">
        <p className="unit-filter-current">
          <span>{value.unit ? t('training.sessions.unitChosen', { unit: `${value.unit.name} (${value.unit.code})` }) : t('training.sessions.allUnits')}</span>
          <button ref={toggleRef} type="button" className="link-button" aria-expanded={picking} onClick={() => setPicking((v) => !v)}>
            {t('training.sessions.chooseUnit')}
          </button>
          {value.unit ? (
            <button type="button" className="link-button" onClick={() => onChange({ ...value, unit: null })}>
              {t('training.sessions.clearUnit')}
            </button>
          ) : null}
        </p>
        {picking ? (
          <UnitPicker
            label={t('training.sessions.unitSearch')}
            value={value.unit}
            onChange={(unit) => {
              setPicking(false);
              onChange({ ...value, unit });
              // The chosen radio goes away with the picker; focus returns to where the picking started.
              toggleRef.current?.focus();
            }}
          />
        ) : null}
      </div>
    </search>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UnitPicker, type PickedUnit } from '../../components/UnitPicker';

/** The person's home unit: shown, changed by searching, or cleared. */
export function HomeUnitField({ value, onChange }: { value: PickedUnit | null; onChange: (unit: PickedUnit | null) => void }) {
  const { t } = useTranslation();
  const [changing, setChanging] = useState(false);
  return (
    <div className="field">
      <p className="field-label" id="person-home-unit">
        {t('people.field.homeUnit')}
      </p>
      <div className="parent-choice" role="group" aria-labelledby="person-home-unit">
        <span>{value ? `${value.name} (${value.code})` : t('people.form.noHomeUnit')}</span>
        <button type="button" className="link-button" onClick={() => setChanging((v) => !v)} aria-expanded={changing}>
          {t('people.form.changeHomeUnit')}
        </button>
        {value ? (
          <button type="button" className="link-button" onClick={() => onChange(null)}>
            {t('people.form.clearHomeUnit')}
          </button>
        ) : null}
      </div>
      {changing ? (
        <div className="parent-picker">
          <UnitPicker
            label={t('people.form.searchHomeUnit')}
            value={value}
            onChange={(picked) => {
              onChange(picked);
              setChanging(false);
            }}
          />
        </div>
      ) : null}
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../components/ErrorMessage';
import { UnitPicker, type PickedUnit } from '../../components/UnitPicker';
import { EscalationPath } from './EscalationPath';

interface UnitPathPickerProps {
  unit: PickedUnit | null;
  onChange: (unit: PickedUnit | null) => void;
}

/** Choose the unit (remembered), then see its escalation path. */
export function UnitPathPicker({ unit, onChange }: UnitPathPickerProps) {
  const { t } = useTranslation();
  const [choosing, setChoosing] = useState(false);
  const path = useQuery('support.path', unit ? { unitId: unit.id } : null);
  const showPicker = choosing || unit === null;

  return (
    <div className="unit-path">
      {unit ? (
        <p className="chosen-unit">
          {t('support.help.chosenUnit', { name: unit.name, code: unit.code })}{' '}
          {showPicker ? null : (
            <button type="button" className="link-button" onClick={() => setChoosing(true)}>
              {t('support.help.changeUnit')}
            </button>
          )}
        </p>
      ) : null}
      {showPicker ? (
        <UnitPicker
          label={t('support.help.unit')}
          value={unit}
          onChange={(picked) => {
            onChange(picked);
            setChoosing(false);
          }}
        />
      ) : null}
      <ErrorMessage error={path.error} />
      {unit && path.data?.unitId === unit.id ? (
        <EscalationPath path={path.data} label={t('support.path.label', { name: unit.name })} />
      ) : null}
    </div>
  );
}

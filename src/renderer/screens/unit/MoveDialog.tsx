import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitDetail } from '../../../shared/types';
import { useAction } from '../../api/useAction';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { UnitPicker, type PickedUnit } from '../../components/UnitPicker';

interface MoveDialogProps {
  unit: UnitDetail;
  onClose: () => void;
  onMoved: (unit: UnitDetail) => void;
}

/** Move a unit under another parent, or to the top. The core refuses moving a unit below itself. */
export function MoveDialog({ unit, onClose, onMoved }: MoveDialogProps) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<PickedUnit | null>(null);
  const [toTop, setToTop] = useState(false);
  const move = useAction('units.move');
  const current = unit.ancestors[unit.ancestors.length - 1];

  const submit = async () => {
    const result = await move.run({ id: unit.id, parentId: toTop ? null : (target?.id ?? null) });
    if (result.ok) onMoved(result.value);
  };

  return (
    <Dialog title={t('unit.move.title', { name: unit.name })} onClose={onClose} wide>
      <p className="dialog-body">
        {current ? t('unit.move.current', { name: current.name }) : t('unit.move.currentTop')}
      </p>
      <UnitPicker
        label={t('unit.move.search')}
        value={toTop ? null : target}
        exclude={[unit.id]}
        onChange={(picked) => {
          setToTop(false);
          setTarget(picked);
          move.reset();
        }}
      />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={toTop}
          onChange={(event) => {
            setToTop(event.target.checked);
            move.reset();
          }}
        />
        {t('unit.move.toTop')}
      </label>
      <ErrorMessage error={move.error} />
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          {t('common:action.cancel')}
        </button>
        <button
          type="button"
          className="button button-primary"
          onClick={() => void submit()}
          disabled={move.pending || (!toTop && !target)}
        >
          {toTop ? t('unit.move.confirmTop') : target ? t('unit.move.confirm', { name: target.name }) : t('unit.move.confirmPlain')}
        </button>
      </div>
    </Dialog>
  );
}

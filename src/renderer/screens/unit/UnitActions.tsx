import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitDetail } from '../../../shared/types';
import { useAction } from '../../api/useAction';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { MoveDialog } from './MoveDialog';

export type UnitChange =
  | { kind: 'archived'; unit: UnitDetail; count: number }
  | { kind: 'restored'; unit: UnitDetail }
  | { kind: 'deleted'; unit: UnitDetail }
  | { kind: 'moved'; unit: UnitDetail };

interface UnitActionsProps {
  unit: UnitDetail;
  onEdit: () => void;
  onChanged: (change: UnitChange) => void;
}

type Open = 'none' | 'move' | 'archive' | 'delete';

export function UnitActions({ unit, onEdit, onChanged }: UnitActionsProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open>('none');
  const archive = useAction('units.archive');
  const restore = useAction('units.restore');
  const remove = useAction('units.delete');

  const close = () => {
    archive.reset();
    remove.reset();
    setOpen('none');
  };

  const doArchive = async () => {
    const result = await archive.run({ id: unit.id });
    if (!result.ok) return;
    setOpen('none');
    onChanged({ kind: 'archived', unit, count: result.value.archived });
  };

  const doRestore = async () => {
    const result = await restore.run({ id: unit.id });
    if (result.ok) onChanged({ kind: 'restored', unit: result.value });
  };

  const doDelete = async () => {
    const result = await remove.run({ id: unit.id });
    if (!result.ok) return;
    setOpen('none');
    onChanged({ kind: 'deleted', unit });
  };

  return (
    <div className="unit-actions">
      <div className="button-row">
        <button type="button" className="button" onClick={onEdit}>
          {t('common:action.edit')}
        </button>
        {unit.archived ? null : (
          <button type="button" className="button" onClick={() => setOpen('move')}>
            {t('unit.move.open')}
          </button>
        )}
        {unit.archived ? (
          <button type="button" className="button" onClick={() => void doRestore()} disabled={restore.pending}>
            {t('unit.restore')}
          </button>
        ) : (
          <button type="button" className="button" onClick={() => setOpen('archive')}>
            {t('unit.archive.open')}
          </button>
        )}
        {unit.childCount === 0 ? (
          <button type="button" className="button button-danger-quiet" onClick={() => setOpen('delete')}>
            {t('common:action.delete')}
          </button>
        ) : null}
      </div>
      <ErrorMessage error={restore.error} />
      {open === 'move' ? (
        <MoveDialog
          unit={unit}
          onClose={close}
          onMoved={(moved) => {
            setOpen('none');
            onChanged({ kind: 'moved', unit: moved });
          }}
        />
      ) : null}
      {open === 'archive' ? (
        <ConfirmDialog
          title={t('unit.archive.title', { name: unit.name })}
          body={unit.childCount > 0 ? t('unit.archive.bodyWithChildren', { count: unit.childCount }) : t('unit.archive.body')}
          confirmLabel={t('unit.archive.confirm')}
          onConfirm={() => void doArchive()}
          onCancel={close}
          pending={archive.pending}
          error={archive.error}
        />
      ) : null}
      {open === 'delete' ? (
        <ConfirmDialog
          title={t('unit.delete.title', { name: unit.name })}
          body={t('unit.delete.body')}
          confirmLabel={t('unit.delete.confirm')}
          onConfirm={() => void doDelete()}
          onCancel={close}
          pending={remove.pending}
          error={remove.error}
          danger
        />
      ) : null}
    </div>
  );
}

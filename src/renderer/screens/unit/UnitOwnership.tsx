import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitDetail } from '../../../shared/types';
import type { CardHolder, CardLevel, CardRole } from '../../../shared/types-ownership';
import { useQuery } from '../../api/useQuery';
import { useAnnounce } from '../../components/Announcer';
import { ErrorMessage } from '../../components/ErrorMessage';
import { UndoNotice, type PendingUndo } from '../../components/UndoNotice';
import { useFormat } from '../../lib/format';
import { rolesAtLevel } from '../ownership/rolesAtLevel';
import { useOwnershipText } from '../ownership/useOwnershipText';
import { AssignRoleDialog } from './AssignRoleDialog';
import { EndAssignmentDialog } from './EndAssignmentDialog';
import { ReplaceBoardDialog } from './ReplaceBoardDialog';
import { UnitCard } from './UnitCard';

type Open = { kind: 'none' } | { kind: 'assign' } | { kind: 'board' } | { kind: 'end'; assignmentId: number; startDate: string; personName: string; roleName: string };

/** "Who owns what" for the selected unit: its card, and assigning, ending and replacing the board. */
export function UnitOwnership({ unit }: { unit: UnitDetail }) {
  const { t } = useTranslation();
  const text = useOwnershipText();
  const format = useFormat();
  const announce = useAnnounce();
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const [undo, setUndo] = useState<PendingUndo | null>(null);
  const card = useQuery('units.card', { id: unit.id });
  const roles = useQuery('roles.list', {});
  // The card names holders; ending one needs the assignment's id.
  const current = useQuery('assignments.list', { unitId: unit.id, includeEnded: false });

  const own = card.data?.levels[0];
  const today = card.data?.today ?? '';
  const allowed = own ? rolesAtLevel(roles.data ?? [], own.levelRank) : [];
  const close = () => setOpen({ kind: 'none' });
  const reload = () => {
    card.reload();
    current.reload();
  };
  const changed = (message: string, undoId?: number) => {
    close();
    announce(message);
    setUndo(undoId === undefined ? null : { message, method: 'assignments.undo', undoId });
    reload();
  };

  const assignmentIdOf = (role: CardRole, holder: CardHolder) =>
    current.data?.find((a) => a.personId === holder.personId && a.roleId === role.roleId && a.startDate === holder.startDate)?.id;

  const endButton = (level: CardLevel, role: CardRole, holder: CardHolder) => {
    if (level.unitId !== unit.id || unit.archived) return null;
    const id = assignmentIdOf(role, holder);
    if (id === undefined) return null;
    const personName = text.personName(holder.name);
    const roleName = text.roleName(role);
    return (
      <button
        type="button"
        className="button button-small"
        aria-label={t('card.endLabel', { name: personName, role: roleName })}
        onClick={() => setOpen({ kind: 'end', assignmentId: id, startDate: holder.startDate, personName, roleName })}
      >
        {t('card.end')}
      </button>
    );
  };

  return (
    <section className="unit-ownership" aria-labelledby="unit-ownership-heading">
      <h3 id="unit-ownership-heading">{t('card.title')}</h3>
      {unit.archived ? null : (
        <div className="button-row compact">
          <button type="button" className="button button-primary" onClick={() => setOpen({ kind: 'assign' })} disabled={!own}>
            {t('card.assign')}
          </button>
          <button type="button" className="button" onClick={() => setOpen({ kind: 'board' })} disabled={!own}>
            {t('card.replaceBoard')}
          </button>
        </div>
      )}
      {undo ? <UndoNotice pending={undo} onDismiss={() => setUndo(null)} onUndone={() => { setUndo(null); reload(); }} /> : null}
      <ErrorMessage error={card.error ?? roles.error ?? current.error} />
      {card.data ? <UnitCard card={card.data} holderAction={endButton} /> : card.loading ? <p className="muted">{t('common:loading')}</p> : null}

      {open.kind === 'assign' && own ? (
        <AssignRoleDialog
          unit={unit}
          roles={allowed}
          today={today}
          onClose={close}
          onAssigned={(row) => changed(t('assign.done', { name: text.personName(row.personName), role: text.roleName({ nameNb: row.roleNameNb, nameEn: row.roleNameEn }), unit: row.unitName }))}
        />
      ) : null}
      {open.kind === 'end' ? (
        <EndAssignmentDialog
          assignmentId={open.assignmentId}
          personName={open.personName}
          roleName={open.roleName}
          startDate={open.startDate}
          today={today}
          onClose={close}
          onEnded={(row) =>
            changed(t('endAssignment.done', { name: open.personName, role: open.roleName, date: row.endDate ? format.lastDay(row.endDate) : '' }), row.undoId)
          }
        />
      ) : null}
      {open.kind === 'board' && own ? (
        <ReplaceBoardDialog
          unit={unit}
          roles={allowed}
          today={today}
          onClose={close}
          onReplaced={(summary) => changed(t('board.done', { ended: summary.ended, added: summary.added, name: unit.name }), summary.undoId)}
        />
      ) : null}
    </section>
  );
}

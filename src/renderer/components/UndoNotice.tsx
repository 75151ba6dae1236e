import { useTranslation } from 'react-i18next';
import { useAction } from '../api/useAction';
import { useAnnounce } from './Announcer';
import { ErrorMessage } from './ErrorMessage';

export type UndoMethod = 'assignments.undo' | 'waves.undoDelete' | 'trainingSessions.undoDelete';

export interface PendingUndo {
  /** What was done, as it was announced («Rollen til Kari er avsluttet»). */
  message: string;
  method: UndoMethod;
  undoId: number;
}

/**
 * What was just done, with «Angre» beside it, as mail and chat apps offer after a delete.
 * The change is taken back whole in one call, without a second question; if something has
 * changed since, the refusal says so and nothing moves.
 */
export function UndoNotice({ pending, onUndone, onDismiss }: { pending: PendingUndo; onUndone: () => void; onDismiss: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const undo = useAction(pending.method);
  const run = async () => {
    const result = await undo.run({ id: pending.undoId });
    if (!result.ok) return;
    announce(t('undo.done'));
    onUndone();
  };
  return (
    <div className="undo-notice">
      <p>{pending.message}</p>
      <div className="button-row compact">
        <button type="button" className="button button-small" onClick={() => void run()} disabled={undo.pending}>
          {t('undo.run')}
        </button>
        <button type="button" className="button button-small" onClick={onDismiss}>
          {t('undo.dismiss')}
        </button>
      </div>
      <ErrorMessage error={undo.error} />
    </div>
  );
}

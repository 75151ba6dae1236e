import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrainingSessionRow } from '../../../shared/types-rollout';
import { useAction } from '../../api/useAction';
import { useQuery } from '../../api/useQuery';
import { useAnnounce } from '../../components/Announcer';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Pager } from '../../components/Pager';
import { useFormat } from '../../lib/format';
import { useRolloutText } from '../dashboard/useRolloutText';
import { SessionDetailDialog } from './SessionDetailDialog';
import { SessionFilters, type SessionFilterValues } from './SessionFilters';
import { SessionFormDialog } from './SessionFormDialog';
import { SessionsTable } from './SessionsTable';
import { UndoNotice, type PendingUndo } from '../../components/UndoNotice';

const PAGE = 50;
const NO_FILTERS: SessionFilterValues = { unit: null, typeId: null, from: null, to: null };

type Open = { kind: 'none' } | { kind: 'create' } | { kind: 'view'; id: number } | { kind: 'edit'; id: number } | { kind: 'delete'; session: TrainingSessionRow };

/** The sessions held, filtered and paged; register, open, edit and delete them. */
export function SessionsSection({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useRolloutText();
  const announce = useAnnounce();
  const [filters, setFilters] = useState<SessionFilterValues>(NO_FILTERS);
  const [offset, setOffset] = useState(0);
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const types = useQuery('trainingTypes.list', {});
  const sessions = useQuery('trainingSessions.list', { unitId: filters.unit?.id ?? null, typeId: filters.typeId, from: filters.from, to: filters.to, limit: PAGE, offset });
  const remove = useAction('trainingSessions.delete');
  const [undo, setUndo] = useState<PendingUndo | null>(null);
  const total = sessions.data?.total ?? 0;
  const ready = !sessions.loading && !sessions.error && sessions.data !== undefined;

  // The filters the count was last announced for: a reload after registering a session
  // must not talk over "the session is registered".
  const announcedFor = useRef<SessionFilterValues | null>(null);
  useEffect(() => {
    if (!ready || announcedFor.current === filters) return;
    announcedFor.current = filters;
    announce(t('training.sessions.found', { count: total, n: format.number(total) }), { quiet: true });
    // Announce once per finished filter change, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, filters]);

  const close = () => {
    remove.reset();
    setOpen({ kind: 'none' });
  };
  const describe = (s: { typeNameNb: string; typeNameEn: string; date: string; unitName: string }) =>
    t('training.sessions.describe', { type: text.name({ nameNb: s.typeNameNb, nameEn: s.typeNameEn }), date: format.date(s.date), unit: s.unitName });
  const doDelete = async (session: TrainingSessionRow) => {
    const result = await remove.run({ id: session.id });
    if (!result.ok) return;
    setOpen({ kind: 'none' });
    const message = t('training.sessions.deleted', { session: describe(session) });
    announce(message);
    setUndo({ message, method: 'trainingSessions.undoDelete', undoId: result.value.undoId });
    sessions.reload();
    onChanged();
  };
  const undone = () => {
    setUndo(null);
    sessions.reload();
    onChanged();
  };

  return (
    <section className="panel" aria-labelledby="training-sessions-heading">
      <div className="panel-head">
        <h2 id="training-sessions-heading" className="panel-title">
          {t('training.sessions.title')}
          <span className="panel-count">{t('training.sessions.found', { count: total, n: format.number(total) })}</span>
        </h2>
        <button type="button" className="button button-primary" onClick={() => setOpen({ kind: 'create' })}>
          {t('training.sessions.new')}
        </button>
      </div>
      {undo ? <UndoNotice pending={undo} onDismiss={() => setUndo(null)} onUndone={undone} /> : null}
      <SessionFilters
        types={types.data ?? []}
        value={filters}
        onChange={(next) => {
          setFilters(next);
          setOffset(0);
        }}
      />
      <ErrorMessage error={sessions.error ?? types.error} />
      {sessions.data && sessions.data.rows.length === 0 ? <p className="empty-state">{t('training.sessions.none')}</p> : null}
      {sessions.data && sessions.data.rows.length > 0 ? (
        <SessionsTable
          rows={sessions.data.rows}
          describe={describe}
          onOpen={(s) => setOpen({ kind: 'view', id: s.id })}
          onEdit={(s) => setOpen({ kind: 'edit', id: s.id })}
          onDelete={(s) => setOpen({ kind: 'delete', session: s })}
        />
      ) : null}
      {sessions.data === undefined && sessions.loading ? <p className="muted">{t('common:loading')}</p> : null}
      <Pager total={total} offset={offset} limit={PAGE} onChange={setOffset} label={t('training.sessions.pages')} />
      {open.kind === 'create' ? (
        <SessionFormDialog
          types={types.data ?? []}
          onClose={close}
          onSaved={(s) => {
            setOpen({ kind: 'none' });
            announce(t('training.sessions.created', { session: describe(s) }));
            sessions.reload();
            onChanged();
          }}
        />
      ) : null}
      {open.kind === 'edit' ? (
        <SessionFormDialog
          sessionId={open.id}
          types={types.data ?? []}
          onClose={close}
          onSaved={(s) => {
            setOpen({ kind: 'none' });
            announce(t('training.sessions.saved', { session: describe(s) }));
            sessions.reload();
            onChanged();
          }}
        />
      ) : null}
      {open.kind === 'view' ? <SessionDetailDialog id={open.id} describe={describe} onClose={close} onEdit={() => setOpen({ kind: 'edit', id: open.id })} /> : null}
      {open.kind === 'delete' ? (
        <ConfirmDialog
          title={t('training.sessions.deleteTitle', { session: describe(open.session) })}
          body={t('training.sessions.deleteBody', { count: open.session.attendeeCount, n: format.number(open.session.attendeeCount) })}
          confirmLabel={t('training.sessions.deleteConfirm')}
          onConfirm={() => void doDelete(open.session)}
          onCancel={close}
          pending={remove.pending}
          error={remove.error}
          danger
        />
      ) : null}
    </section>
  );
}

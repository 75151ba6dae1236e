import type { ColumnDef } from '@tanstack/react-table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StageDto, WaveDto } from '../../../shared/types-rollout';
import { useAction } from '../../api/useAction';
import type { Query } from '../../api/useQuery';
import { useAnnounce } from '../../components/Announcer';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DataTable } from '../../components/DataTable';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useFormat } from '../../lib/format';
import { WaveFormDialog } from './WaveFormDialog';
import { WavePlan } from './WavePlan';
import { TableScroll } from '../../components/TableScroll';
import { EditDeleteButtons } from '../../components/EditDeleteButtons';
import { UndoNotice, type PendingUndo } from '../../components/UndoNotice';

type Open = { kind: 'none' } | { kind: 'create' } | { kind: 'edit'; wave: WaveDto } | { kind: 'delete'; wave: WaveDto };

interface WavesSectionProps {
  waves: Query<WaveDto[]>;
  stages: StageDto[];
  /** Bumped after bulk changes, so the opened wave's unit list reloads. */
  version: number;
  /** Something changed that the bulk panel and the undo box show. */
  onChanged: () => void;
}

/** The waves in order, with their period, size and regions; one at a time is opened for planning. */
export function WavesSection({ waves, stages, version, onChanged }: WavesSectionProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const announce = useAnnounce();
  const remove = useAction('waves.delete');
  const [undo, setUndo] = useState<PendingUndo | null>(null);
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const [planned, setPlanned] = useState<number | null>(null);
  const list = waves.data ?? [];
  const plannedWave = list.find((w) => w.id === planned) ?? null;

  const close = () => {
    remove.reset();
    setOpen({ kind: 'none' });
  };
  const saved = (wave: WaveDto, created: boolean) => {
    setOpen({ kind: 'none' });
    announce(t(created ? 'rollout.wave.created' : 'rollout.wave.saved', { name: wave.name }));
    if (created) setPlanned(wave.id);
    waves.reload();
    onChanged();
  };
  const doDelete = async (wave: WaveDto) => {
    // The dialog named the units it frees (the core's count in waves.list), so freeing them is confirmed.
    const result = await remove.run({ id: wave.id, freeUnits: wave.unitCount > 0 });
    if (!result.ok) return;
    setOpen({ kind: 'none' });
    if (planned === wave.id) setPlanned(null);
    const freed = result.value.freed;
    const message = freed > 0
      ? t('rollout.wave.deletedFreed', { name: wave.name, count: freed, n: format.number(freed) })
      : t('rollout.wave.deleted', { name: wave.name });
    announce(message);
    setUndo({ message, method: 'waves.undoDelete', undoId: result.value.undoId });
    waves.reload();
    onChanged();
  };
  const undone = () => {
    setUndo(null);
    waves.reload();
    onChanged();
  };

  const columns: Array<ColumnDef<WaveDto>> = [
    // Waves are listed in their order; the position reads better than the stored sort key.
    { id: 'order', header: t('rollout.wave.order'), cell: ({ row }) => format.number(row.index + 1) },
    { id: 'name', header: t('rollout.wave.name'), accessorFn: (w) => w.name },
    { id: 'start', header: t('rollout.wave.plannedStart'), accessorFn: (w) => format.date(w.plannedStart) },
    { id: 'end', header: t('rollout.wave.plannedEnd'), accessorFn: (w) => format.date(w.plannedEnd) },
    { id: 'units', header: t('rollout.wave.units'), accessorFn: (w) => format.number(w.unitCount) },
    {
      id: 'regions',
      header: t('rollout.wave.regions'),
      accessorFn: (w) => (w.regions.length > 0 ? w.regions.map((r) => r.name).join(', ') : t('rollout.wave.noRegions')),
    },
    {
      id: 'actions',
      header: () => <span className="visually-hidden">{t('rollout.wave.actions')}</span>,
      cell: ({ row }) => {
        const wave = row.original;
        return (
          <div className="button-row compact">
            <button
              type="button"
              className="button button-small"
              aria-pressed={planned === wave.id}
              aria-label={t('rollout.wave.planLabel', { name: wave.name })}
              onClick={() => setPlanned(planned === wave.id ? null : wave.id)}
            >
              {t('rollout.wave.plan')}
            </button>
            <EditDeleteButtons
              editLabel={t('rollout.wave.editLabel', { name: wave.name })}
              deleteLabel={t('rollout.wave.deleteLabel', { name: wave.name })}
              onEdit={() => setOpen({ kind: 'edit', wave })}
              onDelete={() => setOpen({ kind: 'delete', wave })}
            />
          </div>
        );
      },
    },
  ];

  return (
    <section className="panel" aria-labelledby="waves-heading">
      <div className="panel-head">
        <h2 id="waves-heading" className="panel-title">
          {t('rollout.wave.title')}
          <span className="panel-count">{t('rollout.wave.count', { count: list.length, n: format.number(list.length) })}</span>
        </h2>
      </div>
      <p className="muted">{t('rollout.wave.intro')}</p>
      {undo ? <UndoNotice pending={undo} onDismiss={() => setUndo(null)} onUndone={undone} /> : null}
      <ErrorMessage error={waves.error} />
      {list.length > 0 ? (
        <TableScroll>
          <DataTable data={list} columns={columns} caption={t('rollout.wave.title')} hideCaption numeric={['order', 'units']} getRowId={(w) => String(w.id)} />
        </TableScroll>
      ) : waves.data ? (
        <p>{t('rollout.wave.none')}</p>
      ) : null}
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={() => setOpen({ kind: 'create' })}>
          {t('rollout.wave.new')}
        </button>
      </div>
      {plannedWave ? (
        <WavePlan
          key={plannedWave.id}
          wave={plannedWave}
          stages={stages}
          version={version}
          onChanged={() => {
            waves.reload();
            onChanged();
          }}
        />
      ) : null}
      {open.kind === 'create' || open.kind === 'edit' ? (
        <WaveFormDialog wave={open.kind === 'edit' ? open.wave : undefined} onClose={close} onSaved={(wave) => saved(wave, open.kind === 'create')} />
      ) : null}
      {open.kind === 'delete' ? (
        <ConfirmDialog
          title={t('rollout.wave.deleteTitle', { name: open.wave.name })}
          body={open.wave.unitCount > 0
            ? t('rollout.wave.deleteBodyUnits', { count: open.wave.unitCount, n: format.number(open.wave.unitCount) })
            : t('rollout.wave.deleteBody')}
          confirmLabel={open.wave.unitCount > 0
            ? t('rollout.wave.deleteFree', { count: open.wave.unitCount, n: format.number(open.wave.unitCount) })
            : t('rollout.wave.deleteConfirm')}
          onConfirm={() => void doDelete(open.wave)}
          onCancel={close}
          pending={remove.pending}
          error={remove.error}
          danger
        />
      ) : null}
    </section>
  );
}

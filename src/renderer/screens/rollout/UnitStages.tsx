import type { ColumnDef } from '@tanstack/react-table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StageDto, UnitRollout, UnitStageStatus } from '../../../shared/types-rollout';
import { useAction } from '../../api/useAction';
import { useAnnounce } from '../../components/Announcer';
import { DataTable } from '../../components/DataTable';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useFormat } from '../../lib/format';
import { osloDate } from '../../../shared/dates';
import { StageEditDialog } from './StageEditDialog';
import { StageStateBadge } from './StageStateBadge';
import { useRolloutText } from './useRolloutText';
import { TableScroll } from '../../components/TableScroll';

interface UnitStagesProps {
  unit: UnitRollout;
  stages: StageDto[];
  onChanged: () => void;
}

interface Row {
  stage: StageDto;
  status: UnitStageStatus;
}

/** Every stage in checklist order with its state, dates, note and flags; proposals can be confirmed in one click. */
export function UnitStages({ unit, stages, onChanged }: UnitStagesProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useRolloutText();
  const announce = useAnnounce();
  const confirm = useAction('rollout.setStage');
  const [editing, setEditing] = useState<Row | null>(null);
  const rows: Row[] = stages.flatMap((stage) => {
    const status = unit.stages.find((s) => s.stageId === stage.id);
    return status ? [{ stage, status }] : [];
  });
  const proposals = rows.filter((r) => r.status.proposedDone && r.status.state !== 'done');

  const confirmDone = async (row: Row) => {
    const result = await confirm.run({ unitId: unit.unitId, stageId: row.stage.id, state: 'done', blockedReason: '', doneDate: osloDate() });
    if (!result.ok) return;
    announce(t('rollout.stage.confirmed', { stage: text.stageName(row.stage) }));
    onChanged();
  };

  const columns: Array<ColumnDef<Row>> = [
    {
      id: 'stage',
      header: t('rollout.stage.stage'),
      cell: ({ row }) => (
        <>
          <strong>{text.stageName(row.original.stage)}</strong>
          {row.original.stage.id === unit.nextStageId ? <span className="stage-meta">{t('rollout.stage.current')}</span> : null}
        </>
      ),
    },
    {
      id: 'state',
      header: t('rollout.stage.state'),
      cell: ({ row }) => (
        <>
          <StageStateBadge state={row.original.status.state} />
          {row.original.status.late ? <span className="flag-late">{t('rollout.flag.late')}</span> : null}
          {row.original.status.state === 'blocked' && row.original.status.blockedReason ? (
            <span className="stage-reason">{t('rollout.stage.blockedBecause', { reason: row.original.status.blockedReason })}</span>
          ) : null}
        </>
      ),
    },
    {
      id: 'planned',
      header: t('rollout.stage.planned'),
      cell: ({ row }) => {
        const s = row.original.status;
        if (!s.plannedDate) return <span className="muted">{t('rollout.stage.noPlanned')}</span>;
        return (
          <>
            {format.date(s.plannedDate)}
            <span className="stage-meta">{s.plannedOverridden ? t('rollout.stage.ownDate') : t('rollout.stage.waveDate')}</span>
          </>
        );
      },
    },
    { id: 'done', header: t('rollout.stage.done'), accessorFn: (r) => (r.status.doneDate ? format.date(r.status.doneDate) : '') },
    { id: 'note', header: t('rollout.stage.note'), accessorFn: (r) => r.status.note },
    {
      id: 'changed',
      header: t('rollout.stage.changed'),
      cell: ({ row }) =>
        row.original.status.changedAt ? (
          <span className="stage-meta">{t('rollout.stage.changedBy', { actor: row.original.status.changedBy ?? '', at: format.dateTime(row.original.status.changedAt) })}</span>
        ) : null,
    },
    {
      id: 'actions',
      header: () => <span className="visually-hidden">{t('rollout.stage.actions')}</span>,
      cell: ({ row }) => (
        <button type="button" className="button button-small" aria-label={t('rollout.stage.editLabel', { stage: text.stageName(row.original.stage) })} onClick={() => setEditing(row.original)}>
          {t('common:action.edit')}
        </button>
      ),
    },
  ];

  return (
    <section className="panel" aria-labelledby="unit-stages-heading">
      <h2 id="unit-stages-heading">{t('rollout.stage.title')}</h2>
      {proposals.map((row) => (
        <div key={row.stage.id} className="proposal" role="note" aria-label={t('rollout.stage.proposalLabel', { stage: text.stageName(row.stage) })}>
          <p>
            <strong>{text.stageName(row.stage)}</strong>: {t('rollout.stage.proposal')}
          </p>
          <button type="button" className="button button-primary button-small" disabled={confirm.pending} onClick={() => void confirmDone(row)}>
            {t('rollout.stage.confirmLabel', { stage: text.stageName(row.stage) })}
          </button>
        </div>
      ))}
      <ErrorMessage error={confirm.error} />
      <TableScroll>
        <DataTable data={rows} columns={columns} caption={t('rollout.stage.caption', { name: unit.name })} hideCaption getRowId={(r) => String(r.stage.id)} />
      </TableScroll>
      {editing ? (
        <StageEditDialog
          unit={unit}
          stage={editing.stage}
          status={editing.status}
          onClose={() => setEditing(null)}
          onSaved={() => {
            announce(t('rollout.stage.saved', { stage: text.stageName(editing.stage) }));
            setEditing(null);
            onChanged();
          }}
        />
      ) : null}
    </section>
  );
}

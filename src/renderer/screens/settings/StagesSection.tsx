import type { ColumnDef } from '@tanstack/react-table';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StageDto } from '../../../shared/types-rollout';
import { useAction } from '../../api/useAction';
import { useQuery } from '../../api/useQuery';
import { useAnnounce } from '../../components/Announcer';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DataTable } from '../../components/DataTable';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useFormat } from '../../lib/format';
import { useRolloutText } from '../rollout/useRolloutText';
import { StagesFormDialog } from './StagesFormDialog';
import { TableScroll } from '../../components/TableScroll';
import { EditDeleteButtons } from '../../components/EditDeleteButtons';

type Open = { kind: 'none' } | { kind: 'create' } | { kind: 'edit'; stage: StageDto } | { kind: 'delete'; stage: StageDto };

/** The rollout checklist: stages in order, each with names, description and an optional "done when" rule. */
export function StagesSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useRolloutText();
  const announce = useAnnounce();
  const stages = useQuery('stages.list', {});
  const move = useAction('stages.move');
  const remove = useAction('stages.delete');
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const list = stages.data ?? [];
  // After a move the list reloads and rows reorder; focus then goes back to the moved stage's button.
  const refocus = useRef<{ id: string; fallback: string } | null>(null);

  useEffect(() => {
    const pending = refocus.current;
    if (!pending || !stages.data) return;
    refocus.current = null;
    const target = document.getElementById(pending.id) as HTMLButtonElement | null;
    (target && !target.disabled ? target : document.getElementById(pending.fallback))?.focus();
  }, [stages.data]);

  const close = () => {
    remove.reset();
    setOpen({ kind: 'none' });
  };
  const saved = (stage: StageDto, created: boolean) => {
    setOpen({ kind: 'none' });
    announce(t(created ? 'rollout.stages.created' : 'rollout.stages.saved', { name: text.stageName(stage) }));
    stages.reload();
  };
  const doMove = async (stage: StageDto, direction: 'up' | 'down') => {
    const result = await move.run({ id: stage.id, direction });
    if (!result.ok) return;
    const position = result.value.findIndex((s) => s.id === stage.id) + 1;
    announce(t('rollout.stages.moved', { name: text.stageName(stage), n: format.number(position), total: format.number(result.value.length) }));
    // At either end of the list the same button is disabled, so its sibling takes focus.
    refocus.current = { id: `stage-${stage.id}-${direction}`, fallback: `stage-${stage.id}-${direction === 'up' ? 'down' : 'up'}` };
    stages.reload();
  };
  const doDelete = async (stage: StageDto) => {
    const result = await remove.run({ id: stage.id });
    if (!result.ok) return;
    setOpen({ kind: 'none' });
    announce(t('rollout.stages.deleted', { name: text.stageName(stage) }));
    stages.reload();
  };

  const columns: Array<ColumnDef<StageDto>> = [
    { id: 'order', header: t('rollout.stages.order'), cell: ({ row }) => format.number(row.index + 1) },
    {
      id: 'name',
      header: t('rollout.stages.name'),
      cell: ({ row }) => (
        <>
          <span lang={text.lang} className="role-name">{text.stageName(row.original)}</span>
          <span lang={text.lang === 'en' ? 'nb' : 'en'} className="role-name-other">
            {text.lang === 'en' ? row.original.nameNb : row.original.nameEn}
          </span>
        </>
      ),
    },
    { id: 'description', header: t('rollout.stages.description'), accessorFn: (s) => text.stageDescription(s) },
    { id: 'rule', header: t('rollout.stages.rule'), accessorFn: (s) => (s.rule ? t(`rollout.stages.ruleName.${s.rule}`) : t('rollout.stages.ruleNone')) },
    {
      id: 'actions',
      header: () => <span className="visually-hidden">{t('rollout.stages.actions')}</span>,
      cell: ({ row }) => {
        const stage = row.original;
        const name = text.stageName(stage);
        return (
          <div className="button-row compact">
            <button
              id={`stage-${stage.id}-up`}
              type="button"
              className="button button-small"
              aria-label={t('rollout.stages.moveUpLabel', { name })}
              disabled={row.index === 0}
              onClick={() => void doMove(stage, 'up')}
            >
              {t('rollout.stages.moveUp')}
            </button>
            <button
              id={`stage-${stage.id}-down`}
              type="button"
              className="button button-small"
              aria-label={t('rollout.stages.moveDownLabel', { name })}
              disabled={row.index === list.length - 1}
              onClick={() => void doMove(stage, 'down')}
            >
              {t('rollout.stages.moveDown')}
            </button>
            <EditDeleteButtons
              editLabel={t('rollout.stages.editLabel', { name })}
              deleteLabel={t('rollout.stages.deleteLabel', { name })}
              onEdit={() => setOpen({ kind: 'edit', stage })}
              onDelete={() => setOpen({ kind: 'delete', stage })}
            />
          </div>
        );
      },
    },
  ];

  return (
    <section className="panel" aria-labelledby="settings-stages-heading">
      <h2 id="settings-stages-heading">{t('rollout.stages.title')}</h2>
      <p className="muted">{t('rollout.stages.intro')}</p>
      <ErrorMessage error={stages.error ?? move.error} />
      {list.length > 0 ? (
        <TableScroll>
          <DataTable data={list} columns={columns} caption={t('rollout.stages.title')} hideCaption numeric={['order']} getRowId={(s) => String(s.id)} />
        </TableScroll>
      ) : stages.data ? (
        <p>{t('rollout.stages.none')}</p>
      ) : null}
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={() => setOpen({ kind: 'create' })}>
          {t('rollout.stages.new')}
        </button>
      </div>
      {open.kind === 'create' || open.kind === 'edit' ? (
        <StagesFormDialog stage={open.kind === 'edit' ? open.stage : undefined} onClose={close} onSaved={(stage) => saved(stage, open.kind === 'create')} />
      ) : null}
      {open.kind === 'delete' ? (
        <ConfirmDialog
          title={t('rollout.stages.deleteTitle', { name: text.stageName(open.stage) })}
          body={open.stage.progressCount > 0 ? t('rollout.stages.deleteInUse', { count: open.stage.progressCount, n: format.number(open.stage.progressCount) }) : t('rollout.stages.deleteBody')}
          confirmLabel={t('rollout.stages.deleteConfirm')}
          onConfirm={() => void doDelete(open.stage)}
          onCancel={close}
          pending={remove.pending}
          error={remove.error}
          danger
        />
      ) : null}
    </section>
  );
}

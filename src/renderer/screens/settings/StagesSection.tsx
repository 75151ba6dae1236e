import type { ColumnDef } from '@tanstack/react-table';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { StageDto } from '../../../shared/types-rollout';
import { useAction } from '../../api/useAction';
import { useQuery } from '../../api/useQuery';
import { useAnnounce } from '../../components/Announcer';
import { BilingualName } from '../../components/BilingualName';
import { catalogActionsColumn } from '../../components/catalogActionsColumn';
import { CatalogSection } from '../../components/CatalogSection';
import { useCatalogDialogs } from '../../components/useCatalogDialogs';
import { useFormat } from '../../lib/format';
import { useRolloutText } from '../rollout/useRolloutText';
import { StagesFormDialog } from './StagesFormDialog';

/** The rollout checklist: stages in order, each with names, description and an optional "done when" rule. */
export function StagesSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useRolloutText();
  const announce = useAnnounce();
  const stages = useQuery('stages.list', {});
  const move = useAction('stages.move');
  const remove = useAction('stages.delete');
  const dialogs = useCatalogDialogs<StageDto>({
    remove,
    reload: stages.reload,
    name: text.stageName,
    announce: { created: 'rollout.stages.created', saved: 'rollout.stages.saved', deleted: 'rollout.stages.deleted' },
  });
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

  const doMove = async (stage: StageDto, direction: 'up' | 'down') => {
    const result = await move.run({ id: stage.id, direction });
    if (!result.ok) return;
    const position = result.value.findIndex((s) => s.id === stage.id) + 1;
    announce(t('rollout.stages.moved', { name: text.stageName(stage), n: format.number(position), total: format.number(result.value.length) }));
    // At either end of the list the same button is disabled, so its sibling takes focus.
    refocus.current = { id: `stage-${stage.id}-${direction}`, fallback: `stage-${stage.id}-${direction === 'up' ? 'down' : 'up'}` };
    stages.reload();
  };
  const moveButtons = (stage: StageDto, index: number) => (
    <>
      <button
        id={`stage-${stage.id}-up`}
        type="button"
        className="button button-small"
        aria-label={t('rollout.stages.moveUpLabel', { name: text.stageName(stage) })}
        disabled={index === 0}
        onClick={() => void doMove(stage, 'up')}
      >
        {t('rollout.stages.moveUp')}
      </button>
      <button
        id={`stage-${stage.id}-down`}
        type="button"
        className="button button-small"
        aria-label={t('rollout.stages.moveDownLabel', { name: text.stageName(stage) })}
        disabled={index === list.length - 1}
        onClick={() => void doMove(stage, 'down')}
      >
        {t('rollout.stages.moveDown')}
      </button>
    </>
  );

  const columns: Array<ColumnDef<StageDto>> = [
    { id: 'order', header: t('rollout.stages.order'), cell: ({ row }) => format.number(row.index + 1) },
    { id: 'name', header: t('rollout.stages.name'), cell: ({ row }) => <BilingualName lang={text.lang} item={row.original} /> },
    { id: 'description', header: t('rollout.stages.description'), accessorFn: (s) => text.stageDescription(s) },
    { id: 'rule', header: t('rollout.stages.rule'), accessorFn: (s) => (s.rule ? t(`rollout.stages.ruleName.${s.rule}`) : t('rollout.stages.ruleNone')) },
    catalogActionsColumn<StageDto>({
      header: t('rollout.stages.actions'),
      editLabel: (s) => t('rollout.stages.editLabel', { name: text.stageName(s) }),
      deleteLabel: (s) => t('rollout.stages.deleteLabel', { name: text.stageName(s) }),
      dialogs,
      before: moveButtons,
    }),
  ];

  return (
    <CatalogSection
      headingId="settings-stages-heading"
      title={t('rollout.stages.title')}
      intro={t('rollout.stages.intro')}
      error={stages.error ?? move.error}
      rows={stages.data}
      columns={columns}
      caption={t('rollout.stages.title')}
      numeric={['order']}
      none={t('rollout.stages.none')}
      newLabel={t('rollout.stages.new')}
      dialogs={dialogs}
      form={(stage) => <StagesFormDialog stage={stage} onClose={dialogs.close} onSaved={dialogs.saved} />}
      deleteText={(stage) => ({
        title: t('rollout.stages.deleteTitle', { name: text.stageName(stage) }),
        body: stage.progressCount > 0 ? t('rollout.stages.deleteInUse', { count: stage.progressCount, n: format.number(stage.progressCount) }) : t('rollout.stages.deleteBody'),
        confirm: t('rollout.stages.deleteConfirm'),
      })}
    />
  );
}

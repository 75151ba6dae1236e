import type { ColumnDef } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { TrainingTypeDto } from '../../../shared/types-rollout';
import { useAction } from '../../api/useAction';
import { useQuery } from '../../api/useQuery';
import { BilingualName } from '../../components/BilingualName';
import { catalogActionsColumn } from '../../components/catalogActionsColumn';
import { CatalogSection } from '../../components/CatalogSection';
import { useCatalogDialogs } from '../../components/useCatalogDialogs';
import { useFormat } from '../../lib/format';
import { useRolloutText } from '../dashboard/useRolloutText';
import { LearningLinkItems } from '../../components/LearningLinksFields';
import { TrainingTypeFormDialog } from './TrainingTypeFormDialog';
import './training.css';

/** The kinds of training session: names, how long they stay valid, and whom they are required for. */
export function TrainingTypesSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useRolloutText();
  const types = useQuery('trainingTypes.list', {});
  const roles = useQuery('roles.list', {});
  const remove = useAction('trainingTypes.delete');
  const dialogs = useCatalogDialogs<TrainingTypeDto>({
    remove,
    reload: types.reload,
    name: text.name,
    announce: { created: 'training.types.created', saved: 'training.types.saved', deleted: 'training.types.deleted' },
  });
  const roleList = roles.data ?? [];
  const requiredFor = (type: TrainingTypeDto) => {
    if (type.requiredForAll) return t('training.types.forAll');
    const names = roleList.filter((r) => type.roleIds.includes(r.id)).map((r) => text.name(r));
    return names.length > 0 ? names.join(', ') : t('training.types.forNobody');
  };

  const columns: Array<ColumnDef<TrainingTypeDto>> = [
    { id: 'name', header: t('training.types.name'), cell: ({ row }) => <BilingualName lang={text.lang} item={row.original} /> },
    {
      id: 'validity',
      header: t('training.types.validity'),
      accessorFn: (r) => (r.validityMonths === null ? t('training.types.noExpiry') : t('training.types.months', { count: r.validityMonths, n: format.number(r.validityMonths) })),
    },
    { id: 'required', header: t('training.types.requiredFor'), accessorFn: requiredFor },
    { id: 'sessions', header: t('training.types.sessions'), accessorFn: (r) => format.number(r.sessionCount) },
    {
      id: 'links',
      header: t('links.title'),
      cell: ({ row }) => (row.original.links.length > 0 ? <LearningLinkItems links={row.original.links} /> : <span className="muted">{t('links.none')}</span>),
    },
    catalogActionsColumn<TrainingTypeDto>({
      header: t('training.types.actions'),
      editLabel: (r) => t('training.types.editLabel', { name: text.name(r) }),
      deleteLabel: (r) => t('training.types.deleteLabel', { name: text.name(r) }),
      dialogs,
    }),
  ];

  return (
    <CatalogSection
      headingId="settings-training-types-heading"
      title={t('training.types.title')}
      intro={t('training.types.intro')}
      error={types.error ?? roles.error}
      rows={types.data}
      columns={columns}
      caption={t('training.types.title')}
      numeric={['sessions']}
      tableClassName="roles-table"
      none={t('training.types.none')}
      newLabel={t('training.types.new')}
      dialogs={dialogs}
      form={(type) => <TrainingTypeFormDialog type={type} roles={roleList} onClose={dialogs.close} onSaved={dialogs.saved} />}
      deleteText={(type) => ({ title: t('training.types.deleteTitle', { name: text.name(type) }), body: t('training.types.deleteBody'), confirm: t('training.types.deleteConfirm') })}
    />
  );
}

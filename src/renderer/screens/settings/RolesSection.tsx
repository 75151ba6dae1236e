import type { ColumnDef } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { RoleDto } from '../../../shared/types-ownership';
import { useAction } from '../../api/useAction';
import { useQuery } from '../../api/useQuery';
import { BilingualName } from '../../components/BilingualName';
import { catalogActionsColumn } from '../../components/catalogActionsColumn';
import { CatalogSection } from '../../components/CatalogSection';
import { useCatalogDialogs } from '../../components/useCatalogDialogs';
import { useFormat } from '../../lib/format';
import { useOwnershipText } from '../ownership/useOwnershipText';
import { levelRanks } from './levelRanks';
import { RoleFormDialog } from './RoleFormDialog';

/** The role catalog: which roles the rollout needs, at which levels, and how many of each. */
export function RolesSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useOwnershipText();
  const roles = useQuery('roles.list', {});
  const levels = useQuery('levels.list', {});
  const remove = useAction('roles.delete');
  const dialogs = useCatalogDialogs<RoleDto>({
    remove,
    reload: roles.reload,
    name: text.roleName,
    announce: { created: 'roles.created', saved: 'roles.saved', deleted: 'roles.deleted' },
  });
  const levelList = levels.data ?? [];
  const unnamed = (rank: number) => t('roles.unnamedLevel', { n: rank + 1 });

  const columns: Array<ColumnDef<RoleDto>> = [
    { id: 'name', header: t('roles.field.name'), cell: ({ row }) => <BilingualName lang={text.lang} item={row.original} /> },
    { id: 'description', header: t('roles.field.description'), accessorFn: (r) => text.roleDescription(r) },
    {
      id: 'levels',
      header: t('roles.field.levels'),
      cell: ({ row }) => (
        <ul className="plain-list">
          {levelRanks(levelList, row.original.requirements, unnamed)
            .filter((r) => row.original.requirements.some((q) => q.levelRank === r.rank))
            .map((r) => {
              const minimum = row.original.requirements.find((q) => q.levelRank === r.rank)?.minimum ?? 0;
              return <li key={r.rank}>{t('roles.levelMinimum', { level: r.name, n: format.number(minimum), count: minimum })}</li>;
            })}
        </ul>
      ),
    },
    { id: 'board', header: t('roles.field.board'), accessorFn: (r) => t(r.board ? 'common:yes' : 'common:no') },
    { id: 'access', header: t('roles.field.access'), accessorFn: (r) => `${t(`roles.access.${r.accessLevel}`)}${r.canExport ? ` · ${t('roles.field.exports')}` : ''}` },
    { id: 'current', header: t('roles.field.current'), accessorFn: (r) => format.number(r.currentAssignments) },
    catalogActionsColumn<RoleDto>({
      header: t('roles.actions'),
      editLabel: (r) => t('roles.editLabel', { name: text.roleName(r) }),
      deleteLabel: (r) => t('roles.deleteLabel', { name: text.roleName(r) }),
      dialogs,
    }),
  ];

  return (
    <CatalogSection
      headingId="settings-roles-heading"
      title={t('roles.title')}
      intro={t('roles.intro')}
      error={roles.error ?? levels.error}
      rows={roles.data}
      columns={columns}
      caption={t('roles.caption')}
      numeric={['current']}
      tableClassName="roles-table"
      none={t('roles.none')}
      newLabel={t('roles.new')}
      dialogs={dialogs}
      form={(role) => <RoleFormDialog role={role} levels={levelList} onClose={dialogs.close} onSaved={dialogs.saved} />}
      deleteText={(role) => ({ title: t('roles.deleteTitle', { name: text.roleName(role) }), body: t('roles.deleteBody'), confirm: t('roles.deleteConfirm') })}
    />
  );
}

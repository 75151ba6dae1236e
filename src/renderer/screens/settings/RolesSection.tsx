import type { ColumnDef } from '@tanstack/react-table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoleDto } from '../../../shared/types-ownership';
import { useAction } from '../../api/useAction';
import { useQuery } from '../../api/useQuery';
import { useAnnounce } from '../../components/Announcer';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DataTable } from '../../components/DataTable';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useFormat } from '../../lib/format';
import { useOwnershipText } from '../ownership/useOwnershipText';
import { levelRanks } from './levelRanks';
import { RoleFormDialog } from './RoleFormDialog';
import { TableScroll } from '../../components/TableScroll';
import { EditDeleteButtons } from '../../components/EditDeleteButtons';

type Open = { kind: 'none' } | { kind: 'create' } | { kind: 'edit'; role: RoleDto } | { kind: 'delete'; role: RoleDto };

/** The role catalog: which roles the rollout needs, at which levels, and how many of each. */
export function RolesSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useOwnershipText();
  const announce = useAnnounce();
  const roles = useQuery('roles.list', {});
  const levels = useQuery('levels.list', {});
  const remove = useAction('roles.delete');
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const levelList = levels.data ?? [];
  const unnamed = (rank: number) => t('roles.unnamedLevel', { n: rank + 1 });

  const close = () => {
    remove.reset();
    setOpen({ kind: 'none' });
  };
  const saved = (role: RoleDto, created: boolean) => {
    setOpen({ kind: 'none' });
    announce(t(created ? 'roles.created' : 'roles.saved', { name: text.roleName(role) }));
    roles.reload();
  };
  const doDelete = async (role: RoleDto) => {
    const result = await remove.run({ id: role.id });
    if (!result.ok) return;
    setOpen({ kind: 'none' });
    announce(t('roles.deleted', { name: text.roleName(role) }));
    roles.reload();
  };

  const columns: Array<ColumnDef<RoleDto>> = [
    {
      id: 'name',
      header: t('roles.field.name'),
      cell: ({ row }) => (
        // The name in the UI language first; the other below it, for whoever edits the catalog.
        <>
          <span lang={text.lang} className="role-name">{text.roleName(row.original)}</span>
          <span lang={text.lang === 'en' ? 'nb' : 'en'} className="role-name-other">
            {text.lang === 'en' ? row.original.nameNb : row.original.nameEn}
          </span>
        </>
      ),
    },
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
    { id: 'current', header: t('roles.field.current'), accessorFn: (r) => format.number(r.currentAssignments) },
    {
      id: 'actions',
      header: () => <span className="visually-hidden">{t('roles.actions')}</span>,
      cell: ({ row }) => (
        <div className="button-row compact">
          <EditDeleteButtons
            editLabel={t('roles.editLabel', { name: text.roleName(row.original) })}
            deleteLabel={t('roles.deleteLabel', { name: text.roleName(row.original) })}
            onEdit={() => setOpen({ kind: 'edit', role: row.original })}
            onDelete={() => setOpen({ kind: 'delete', role: row.original })}
          />
        </div>
      ),
    },
  ];

  return (
    <section className="panel" aria-labelledby="settings-roles-heading">
      <h2 id="settings-roles-heading">{t('roles.title')}</h2>
      <p className="muted">{t('roles.intro')}</p>
      <ErrorMessage error={roles.error ?? levels.error} />
      {roles.data && roles.data.length > 0 ? (
        <TableScroll>
          <DataTable data={roles.data} columns={columns} caption={t('roles.caption')} hideCaption numeric={['current']} getRowId={(r) => String(r.id)} className="roles-table" />
        </TableScroll>
      ) : null}
      {roles.data && roles.data.length === 0 ? <p>{t('roles.none')}</p> : null}
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={() => setOpen({ kind: 'create' })}>
          {t('roles.new')}
        </button>
      </div>
      {open.kind === 'create' || open.kind === 'edit' ? (
        <RoleFormDialog
          role={open.kind === 'edit' ? open.role : undefined}
          levels={levelList}
          onClose={close}
          onSaved={(role) => saved(role, open.kind === 'create')}
        />
      ) : null}
      {open.kind === 'delete' ? (
        <ConfirmDialog
          title={t('roles.deleteTitle', { name: text.roleName(open.role) })}
          body={t('roles.deleteBody')}
          confirmLabel={t('roles.deleteConfirm')}
          onConfirm={() => void doDelete(open.role)}
          onCancel={close}
          pending={remove.pending}
          error={remove.error}
          danger
        />
      ) : null}
    </section>
  );
}

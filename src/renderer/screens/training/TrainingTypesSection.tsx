import type { ColumnDef } from '@tanstack/react-table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrainingTypeDto } from '../../../shared/types-rollout';
import { useAction } from '../../api/useAction';
import { useQuery } from '../../api/useQuery';
import { useAnnounce } from '../../components/Announcer';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DataTable } from '../../components/DataTable';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useFormat } from '../../lib/format';
import { useRolloutText } from '../dashboard/useRolloutText';
import { TrainingTypeFormDialog } from './TrainingTypeFormDialog';
import './training.css';
import { TableScroll } from '../../components/TableScroll';
import { EditDeleteButtons } from '../../components/EditDeleteButtons';

type Open = { kind: 'none' } | { kind: 'create' } | { kind: 'edit'; type: TrainingTypeDto } | { kind: 'delete'; type: TrainingTypeDto };

/** The kinds of training session: names, how long they stay valid, and whom they are required for. */
export function TrainingTypesSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useRolloutText();
  const announce = useAnnounce();
  const types = useQuery('trainingTypes.list', {});
  const roles = useQuery('roles.list', {});
  const remove = useAction('trainingTypes.delete');
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const roleList = roles.data ?? [];

  const close = () => {
    remove.reset();
    setOpen({ kind: 'none' });
  };
  const saved = (type: TrainingTypeDto, created: boolean) => {
    setOpen({ kind: 'none' });
    announce(t(created ? 'training.types.created' : 'training.types.saved', { name: text.name(type) }));
    types.reload();
  };
  const doDelete = async (type: TrainingTypeDto) => {
    const result = await remove.run({ id: type.id });
    if (!result.ok) return;
    setOpen({ kind: 'none' });
    announce(t('training.types.deleted', { name: text.name(type) }));
    types.reload();
  };
  const requiredFor = (type: TrainingTypeDto) => {
    if (type.requiredForAll) return t('training.types.forAll');
    const names = roleList.filter((r) => type.roleIds.includes(r.id)).map((r) => text.name(r));
    return names.length > 0 ? names.join(', ') : t('training.types.forNobody');
  };

  const columns: Array<ColumnDef<TrainingTypeDto>> = [
    {
      id: 'name',
      header: t('training.types.name'),
      cell: ({ row }) => (
        <>
          <span lang={text.lang} className="role-name">{text.name(row.original)}</span>
          <span lang={text.lang === 'en' ? 'nb' : 'en'} className="role-name-other">
            {text.lang === 'en' ? row.original.nameNb : row.original.nameEn}
          </span>
        </>
      ),
    },
    {
      id: 'validity',
      header: t('training.types.validity'),
      accessorFn: (r) => (r.validityMonths === null ? t('training.types.noExpiry') : t('training.types.months', { count: r.validityMonths, n: format.number(r.validityMonths) })),
    },
    { id: 'required', header: t('training.types.requiredFor'), accessorFn: requiredFor },
    { id: 'sessions', header: t('training.types.sessions'), accessorFn: (r) => format.number(r.sessionCount) },
    {
      id: 'actions',
      header: () => <span className="visually-hidden">{t('training.types.actions')}</span>,
      cell: ({ row }) => (
        <div className="button-row compact">
          <EditDeleteButtons
            editLabel={t('training.types.editLabel', { name: text.name(row.original) })}
            deleteLabel={t('training.types.deleteLabel', { name: text.name(row.original) })}
            onEdit={() => setOpen({ kind: 'edit', type: row.original })}
            onDelete={() => setOpen({ kind: 'delete', type: row.original })}
          />
        </div>
      ),
    },
  ];

  return (
    <section className="panel" aria-labelledby="settings-training-types-heading">
      <h2 id="settings-training-types-heading">{t('training.types.title')}</h2>
      <p className="muted">{t('training.types.intro')}</p>
      <ErrorMessage error={types.error ?? roles.error} />
      {types.data && types.data.length > 0 ? (
        <TableScroll>
          <DataTable data={types.data} columns={columns} caption={t('training.types.title')} hideCaption numeric={['sessions']} getRowId={(r) => String(r.id)} className="roles-table" />
        </TableScroll>
      ) : null}
      {types.data && types.data.length === 0 ? <p>{t('training.types.none')}</p> : null}
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={() => setOpen({ kind: 'create' })}>
          {t('training.types.new')}
        </button>
      </div>
      {open.kind === 'create' || open.kind === 'edit' ? (
        <TrainingTypeFormDialog type={open.kind === 'edit' ? open.type : undefined} roles={roleList} onClose={close} onSaved={(type) => saved(type, open.kind === 'create')} />
      ) : null}
      {open.kind === 'delete' ? (
        <ConfirmDialog
          title={t('training.types.deleteTitle', { name: text.name(open.type) })}
          body={t('training.types.deleteBody')}
          confirmLabel={t('training.types.deleteConfirm')}
          onConfirm={() => void doDelete(open.type)}
          onCancel={close}
          pending={remove.pending}
          error={remove.error}
          danger
        />
      ) : null}
    </section>
  );
}

import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnDef } from '@tanstack/react-table';
import type { IssuedCode, UserRow } from '../../../shared/types-accounts';
import { useAction } from '../../api/useAction';
import { useMe } from '../../api/useMe';
import { useQuery } from '../../api/useQuery';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DataTable } from '../../components/DataTable';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageTitle } from '../../components/PageTitle';
import { TableScroll } from '../../components/TableScroll';
import { useFormat } from '../../lib/format';
import { InviteDialog } from './InviteDialog';
import { IssuedCodeDialog } from './IssuedCodeDialog';
import { AccessDialog } from './AccessDialog';

type Pending = { kind: 'deactivate' | 'reactivate' | 'grantAdmin' | 'revokeAdmin'; user: UserRow };

/** «Brukere»: who has an account on the team server, invitations, new password links, closing accounts. */
export function UsersScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const users = useQuery('users.list', {});
  const reset = useAction('users.resetLink');
  const deactivate = useAction('users.deactivate');
  const reactivate = useAction('users.reactivate');
  const setAdmin = useAction('users.setAdmin');
  const [inviting, setInviting] = useState(false);
  const [issued, setIssued] = useState<{ code: IssuedCode; name: string } | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [access, setAccess] = useState<UserRow | null>(null);
  const confirming = pending ? { deactivate, reactivate, grantAdmin: setAdmin, revokeAdmin: setAdmin }[pending.kind] : null;

  const confirm = async () => {
    if (!pending) return;
    const { user, kind } = pending;
    const answer = kind === 'deactivate' ? await deactivate.run({ userId: user.userId })
      : kind === 'reactivate' ? await reactivate.run({ userId: user.userId })
      : await setAdmin.run({ userId: user.userId, admin: kind === 'grantAdmin' });
    if (answer.ok) {
      setPending(null);
      users.reload();
    }
  };

  const columns = useMemo<Array<ColumnDef<UserRow>>>(() => [
    { id: 'name', header: t('users.col.name'), accessorFn: (u) => u.name },
    { id: 'email', header: t('users.col.email'), accessorFn: (u) => u.email ?? '' },
    { id: 'state', header: t('users.col.state'), accessorFn: (u) => t(`users.state.${u.state}`) },
    { id: 'admin', header: t('users.col.admin'), accessorFn: (u) => (u.admin ? t('common:yes') : t('common:no')) },
    { id: 'last', header: t('users.col.lastSignIn'), accessorFn: (u) => (u.lastSignInAt ? format.dateTime(u.lastSignInAt) : t('users.never')) },
    {
      id: 'actions',
      header: t('users.col.actions'),
      cell: ({ row: { original: u } }) => (
        <div className="row-actions">
          <button type="button" className="button button-small" onClick={() => setAccess(u)}>{t('users.action.access', { name: u.name })}</button>
          {u.state !== 'deactivated' ? (
            <button type="button" className="button button-small" disabled={reset.pending}
              onClick={() => void reset.run({ userId: u.userId }).then((a) => a.ok && setIssued({ code: a.value, name: u.name }))}>
              {u.state === 'invited' ? t('users.action.reinvite', { name: u.name }) : t('users.action.reset', { name: u.name })}
            </button>
          ) : null}
          {u.userId !== me?.userId ? (
            <button type="button" className="button button-small" onClick={() => setPending({ kind: u.state === 'deactivated' ? 'reactivate' : 'deactivate', user: u })}>
              {u.state === 'deactivated' ? t('users.action.reactivate', { name: u.name }) : t('users.action.deactivate', { name: u.name })}
            </button>
          ) : null}
          <button type="button" className="button button-small" onClick={() => setPending({ kind: u.admin ? 'revokeAdmin' : 'grantAdmin', user: u })}>
            {u.admin ? t('users.action.revokeAdmin', { name: u.name }) : t('users.action.grantAdmin', { name: u.name })}
          </button>
        </div>
      ),
    },
  ], [t, format, me, reset]);

  return (
    <div className="screen users-screen">
      <div className="screen-head">
        <PageTitle title={t('users.title')} />
        <button type="button" className="button button-primary" onClick={() => setInviting(true)}>{t('users.invite.open')}</button>
      </div>
      <p className="lead">{t('users.intro')}</p>
      <ErrorMessage error={users.error ?? reset.error} />
      {users.data && users.data.length === 0 ? <p className="muted">{t('users.empty')}</p> : null}
      {users.data && users.data.length > 0 ? (
        <TableScroll label={t('users.title')}>
          <DataTable data={users.data} columns={columns} caption={t('users.caption', { count: users.data.length })} getRowId={(u) => String(u.userId)} />
        </TableScroll>
      ) : null}
      {inviting ? (
        <InviteDialog onClose={() => setInviting(false)} onIssued={(code, name) => { setInviting(false); setIssued({ code, name }); users.reload(); }} />
      ) : null}
      {access ? <AccessDialog personId={access.personId} name={access.name} onClose={() => setAccess(null)} /> : null}
      {issued ? <IssuedCodeDialog issued={issued.code} name={issued.name} onClose={() => setIssued(null)} /> : null}
      {pending && confirming ? (
        <ConfirmDialog
          title={t(`users.confirm.${pending.kind}.title`, { name: pending.user.name })}
          body={t(`users.confirm.${pending.kind}.body`, { name: pending.user.name })}
          confirmLabel={t(`users.confirm.${pending.kind}.button`)}
          danger={pending.kind === 'deactivate' || pending.kind === 'revokeAdmin'}
          pending={confirming.pending}
          error={confirming.error}
          onConfirm={() => void confirm()}
          onCancel={() => { confirming.reset(); setPending(null); }}
        />
      ) : null}
    </div>
  );
}

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnDef } from '@tanstack/react-table';
import type { SessionRow } from '../../../shared/types-accounts';
import { useAction } from '../../api/useAction';
import { useMe } from '../../api/useMe';
import { useQuery } from '../../api/useQuery';
import { useAnnounce } from '../../components/Announcer';
import { DataTable } from '../../components/DataTable';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageTitle } from '../../components/PageTitle';
import { useFormat } from '../../lib/format';
import { routeHref } from '../../lib/navigation';
import { useLanguage } from '../../i18n/useLanguage';

/** «Min konto»: who I am signed in as, my signed-in devices, and signing out of any of them. */
export function AccountScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const announce = useAnnounce();
  const me = useMe();
  const { lang } = useLanguage();
  const sessions = useQuery('auth.sessions', me ? {} : null);
  const revoke = useAction('auth.revokeSession');
  const signOut = useSignOut();

  const columns = useMemo<Array<ColumnDef<SessionRow>>>(() => [
    { id: 'device', header: t('account.col.device'), accessorFn: (s) => (s.current ? t('account.thisDevice', { device: s.device || t('account.unknownDevice') }) : s.device || t('account.unknownDevice')) },
    { id: 'created', header: t('account.col.created'), accessorFn: (s) => format.dateTime(s.createdAt) },
    { id: 'used', header: t('account.col.lastUsed'), accessorFn: (s) => format.dateTime(s.lastUsedAt) },
    { id: 'ends', header: t('account.col.ends'), accessorFn: (s) => format.dateTime(s.expiresAt) },
    {
      id: 'actions',
      header: t('account.col.actions'),
      cell: ({ row: { original: s } }) => (s.current ? null : (
        <button type="button" className="button button-small" disabled={revoke.pending} onClick={() => void revoke.run({ id: s.id }).then((a) => {
          if (!a.ok) return;
          announce(t('account.revoked'));
          sessions.reload();
        })}>
          {t('account.revoke', { device: s.device || t('account.unknownDevice'), at: format.dateTime(s.lastUsedAt) })}
        </button>
      )),
    },
  ], [t, format, revoke, announce, sessions]);

  if (!me) return <div className="screen"><PageTitle title={t('account.title')} /><p>{t('account.solo')}</p></div>;
  return (
    <div className="screen account-screen">
      <div className="screen-head">
        <PageTitle title={t('account.title')} />
        <button type="button" className="button" onClick={() => void signOut.run()} disabled={signOut.pending}>{t('account.signOut')}</button>
      </div>
      <p className="lead">{t('account.signedInAs', { name: me.name, email: me.email })}</p>
      <h2>{t('account.units')}</h2>
      {me.units.length === 0 ? <p>{me.administers ? t('account.noUnitsAdmin') : t('account.noUnits')}</p> : (
        <ul className="plain-list">
          {me.units.map((u) => (
            <li key={`${u.unitId}-${u.roleNb}`}>
              <a href={routeHref('organization', u.unitId)}>{t('account.unitRole', { role: lang === 'nb' ? u.roleNb : u.roleEn, code: u.code, name: u.name })}</a>
            </li>
          ))}
        </ul>
      )}
      <ErrorMessage error={sessions.error ?? revoke.error ?? signOut.error} />
      <h2>{t('account.sessions')}</h2>
      <p>{t('account.sessionsIntro')}</p>
      {sessions.data ? <DataTable data={sessions.data} columns={columns} caption={t('account.sessions')} hideCaption getRowId={(s) => String(s.id)} /> : null}
    </div>
  );
}

/** Signs out and shows the sign-in page (the reload drops every screen's data). */
export function useSignOut() {
  const action = useAction('auth.signOut');
  return { ...action, run: async () => {
    const answer = await action.run();
    if (answer.ok) window.location.reload();
    return answer;
  } };
}

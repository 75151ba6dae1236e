import type { ColumnDef } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { OverloadRow } from '../../../shared/types-ownership';
import { useQuery } from '../../api/useQuery';
import { DataTable } from '../../components/DataTable';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useFormat } from '../../lib/format';
import { routeHref } from '../../lib/navigation';
import { useOwnershipText } from './useOwnershipText';
import { TableScroll } from '../../components/TableScroll';

/** People holding more than K required roles, or one role in more than K units: a risk to spread out. */
export function OverloadedSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useOwnershipText();
  const overloaded = useQuery('coverage.overloaded', {});
  const settings = useQuery('settings.get', {});
  const limit = settings.data?.overloadLimit;
  const columns: Array<ColumnDef<OverloadRow>> = [
    { id: 'name', header: t('people.field.name'), cell: ({ row }) => <a href={routeHref('people', row.original.personId)}>{text.personName(row.original.name)}</a> },
    {
      id: 'contact',
      header: t('overloaded.contact'),
      cell: ({ row }) => (
        <span className="contact-cell">
          {row.original.email ? <a href={`mailto:${row.original.email}`}>{row.original.email}</a> : null}
          {row.original.phone ? <a href={`tel:${row.original.phone.replace(/[^+0-9]/g, '')}`}>{row.original.phone}</a> : null}
        </span>
      ),
    },
    { id: 'required', header: t('overloaded.requiredRoles'), accessorFn: (r) => format.number(r.requiredRoles) },
    {
      id: 'busiest',
      header: t('overloaded.busiest'),
      accessorFn: (r) =>
        t('overloaded.busiestText', {
          role: text.roleName({ nameNb: r.busiestRoleNameNb, nameEn: r.busiestRoleNameEn }),
          count: r.busiestRoleUnits,
          n: format.number(r.busiestRoleUnits),
        }),
    },
    {
      id: 'reason',
      header: t('overloaded.reason'),
      // A cell, not an accessor: TanStack caches accessor values per row, and K (from the settings) may arrive after the rows.
      cell: ({ row }) => row.original.reasons.map((reason) => t(`overloaded.reasons.${reason}`, { k: limit === undefined ? '' : format.number(limit) })).join(' '),
    },
  ];
  const rows = overloaded.data ?? [];
  return (
    <section className="panel" aria-labelledby="overloaded-heading">
      <h2 id="overloaded-heading">{t('overloaded.title')}</h2>
      {limit !== undefined ? <p className="muted">{t('overloaded.intro', { k: format.number(limit) })}</p> : null}
      <ErrorMessage error={overloaded.error ?? settings.error} />
      {overloaded.data && rows.length === 0 ? <p>{t('overloaded.none')}</p> : null}
      {rows.length > 0 ? (
        <TableScroll>
          <DataTable data={rows} columns={columns} caption={t('overloaded.title')} hideCaption numeric={['required']} getRowId={(r) => String(r.personId)} />
        </TableScroll>
      ) : null}
    </section>
  );
}

import type { ColumnDef } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { AssignmentRow } from '../../../shared/types-ownership';
import { DataTable } from '../../components/DataTable';
import { useFormat } from '../../lib/format';
import { routeHref } from '../../lib/navigation';
import { useOwnershipText } from '../ownership/useOwnershipText';

/** A person's roles, current and ended, newest first. Ending a role never deletes it. */
export function AssignmentHistory({ rows }: { rows: AssignmentRow[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useOwnershipText();
  const columns: Array<ColumnDef<AssignmentRow>> = [
    { id: 'role', header: t('history.role'), accessorFn: (a) => text.roleName({ nameNb: a.roleNameNb, nameEn: a.roleNameEn }) },
    {
      id: 'unit',
      header: t('history.unit'),
      cell: ({ row }) => <a href={routeHref('organization', row.original.unitId)}>{`${row.original.unitName} (${row.original.unitCode})`}</a>,
    },
    { id: 'start', header: t('history.start'), accessorFn: (a) => format.date(a.startDate) },
    { id: 'end', header: t('history.end'), accessorFn: (a) => (a.endDate ? format.lastDay(a.endDate) : '') },
    { id: 'status', header: t('history.status'), accessorFn: (a) => (a.current ? t('history.current') : a.endDate ? t('history.ended') : t('history.upcoming')) },
  ];
  return (
    <section className="panel" aria-labelledby="person-history-heading">
      <h2 id="person-history-heading">{t('history.title')}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('history.none')}</p>
      ) : (
        <DataTable data={rows} columns={columns} caption={t('history.title')} hideCaption getRowId={(a) => String(a.id)} />
      )}
    </section>
  );
}

import type { ColumnDef } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { PersonRow } from '../../../shared/types-ownership';
import { DataTable } from '../../components/DataTable';
import { useFormat } from '../../lib/format';
import { routeHref } from '../../lib/navigation';
import { useOwnershipText } from '../ownership/useOwnershipText';

/** One page of people; the name opens the person. */
export function PeopleTable({ rows }: { rows: PersonRow[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useOwnershipText();
  const columns: Array<ColumnDef<PersonRow>> = [
    {
      id: 'name',
      header: t('people.field.name'),
      cell: ({ row }) => (
        <>
          <a href={routeHref('people', row.original.id)}>{text.personName(row.original.name)}</a>
          <PersonTags person={row.original} />
        </>
      ),
    },
    {
      id: 'email',
      header: t('people.field.email'),
      cell: ({ row }) => (row.original.email ? <a href={`mailto:${row.original.email}`}>{row.original.email}</a> : null),
    },
    { id: 'phone', header: t('people.field.phone'), accessorFn: (p) => p.phone ?? '' },
    { id: 'homeUnit', header: t('people.field.homeUnit'), accessorFn: (p) => p.homeUnitName ?? '' },
    { id: 'roles', header: t('people.field.currentRoles'), accessorFn: (p) => format.number(p.currentRoles) },
  ];
  return <DataTable data={rows} columns={columns} caption={t('people.caption')} hideCaption numeric={['roles']} getRowId={(p) => String(p.id)} />;
}

/** "inactive" or "erased" beside a name, in words. */
export function PersonTags({ person }: { person: Pick<PersonRow, 'active' | 'erased'> }) {
  const { t } = useTranslation();
  if (person.erased) return <span className="tag tag-spaced">{t('people.erasedTag')}</span>;
  if (!person.active) return <span className="tag tag-spaced">{t('people.inactiveTag')}</span>;
  return null;
}

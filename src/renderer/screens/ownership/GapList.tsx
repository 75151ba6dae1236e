import type { ColumnDef } from '@tanstack/react-table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoverageRow } from '../../../shared/types-ownership';
import { DataTable } from '../../components/DataTable';
import { Pager } from '../../components/Pager';
import { useFormat } from '../../lib/format';
import { routeHref } from '../../lib/navigation';
import { StateBadge } from './StateBadge';
import { useOwnershipText } from './useOwnershipText';
import { TableScroll } from '../../components/TableScroll';

// A whole organization can have thousands of gaps; a page keeps the table quick to render and to read.
const PAGE = 100;

/** Every unfilled role requirement; the unit links to the organization screen with it selected. */
export function GapList({ rows, checked }: { rows: CoverageRow[]; checked: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useOwnershipText();
  const [offset, setOffset] = useState(0);
  const columns: Array<ColumnDef<CoverageRow>> = [
    {
      id: 'unit',
      header: t('gaps.unit'),
      cell: ({ row }) => (
        <a href={routeHref('organization', row.original.unitId)}>
          {row.original.unitName} <span className="code">{row.original.unitCode}</span>
        </a>
      ),
    },
    { id: 'level', header: t('gaps.level'), accessorFn: (r) => r.levelName },
    { id: 'region', header: t('gaps.region'), accessorFn: (r) => r.regionName ?? '' },
    { id: 'role', header: t('gaps.role'), accessorFn: (r) => text.roleName({ nameNb: r.roleNameNb, nameEn: r.roleNameEn }) },
    { id: 'state', header: t('gaps.state'), cell: ({ row }) => <StateBadge state={row.original.state} vacantSince={row.original.vacantSince} expiresOn={row.original.expiresOn} /> },
    {
      id: 'holders',
      header: t('gaps.holders'),
      accessorFn: (r) => t('card.holdersOfMinimum', { holders: format.number(r.holders), minimum: format.number(r.minimum) }),
    },
  ];
  // Nothing checked is not the same as nothing missing: an empty organization has no gaps to show either.
  if (rows.length === 0) return <p className="empty-state">{t(checked === 0 ? 'gaps.nothingToCheck' : 'gaps.none')}</p>;
  return (
    <>
      <TableScroll>
        <DataTable
          data={rows.slice(offset, offset + PAGE)}
          columns={columns}
          caption={t('gaps.listTitle')}
          hideCaption
          numeric={['holders']}
          getRowId={(r) => `${r.unitId}-${r.roleId}`}
        />
      </TableScroll>
      <Pager total={rows.length} offset={offset} limit={PAGE} onChange={setOffset} label={t('gaps.pages')} />
    </>
  );
}

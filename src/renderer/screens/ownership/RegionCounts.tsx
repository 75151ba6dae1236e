import type { ColumnDef } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { GapCounts, GapReport } from '../../../shared/types-ownership';
import { DataTable } from '../../components/DataTable';
import { useFormat } from '../../lib/format';
import { TableScroll } from '../../components/TableScroll';

interface CountRow extends GapCounts {
  key: string;
  name: string;
  isTotal: boolean;
}

/** Gaps per region, and the national total as the last row. */
export function RegionCounts({ report, filtered }: { report: GapReport; filtered: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows: CountRow[] = [
    ...report.byRegion.map((r) => ({
      ...r,
      key: String(r.regionId ?? 'national'),
      name: r.regionName ?? t('gaps.nationalLevel'),
      isTotal: false,
    })),
    { ...report.national, key: 'total', name: filtered ? t('gaps.totalFiltered') : t('gaps.totalRow'), isTotal: true },
  ];
  const num = (pick: (r: CountRow) => number) => (r: CountRow) => format.number(pick(r));
  const columns: Array<ColumnDef<CountRow>> = [
    { id: 'region', header: t('gaps.region'), cell: ({ row }) => (row.original.isTotal ? <strong>{row.original.name}</strong> : row.original.name) },
    { id: 'missing', header: t('coverage.count.missing'), accessorFn: num((r) => r.missing) },
    { id: 'expiring', header: t('coverage.count.expiring'), accessorFn: num((r) => r.expiring) },
    { id: 'vacant', header: t('coverage.count.vacant'), accessorFn: num((r) => r.vacant) },
    {
      id: 'total',
      header: t('coverage.count.total'),
      cell: ({ row }) => (row.original.isTotal ? <strong>{format.number(row.original.total)}</strong> : format.number(row.original.total)),
    },
  ];
  return (
    <section className="panel" aria-labelledby="gap-regions-heading">
      <h2 id="gap-regions-heading">{t('gaps.byRegion')}</h2>
      <TableScroll>
        <DataTable
          data={rows}
          columns={columns}
          caption={t('gaps.byRegion')}
          hideCaption
          numeric={['missing', 'expiring', 'vacant', 'total']}
          getRowId={(r) => r.key}
          className="region-counts"
        />
      </TableScroll>
    </section>
  );
}

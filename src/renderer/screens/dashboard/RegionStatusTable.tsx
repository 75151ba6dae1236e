import type { ColumnDef } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { RolloutFigures } from '../../../shared/types-rollout';
import { DataTable } from '../../components/DataTable';
import { useFormat } from '../../lib/format';
import { useTotalName } from '../../api/useMe';
import { listHref, type ListFilter } from './links';
import { useRolloutText } from './useRolloutText';
import { TableScroll } from '../../components/TableScroll';

interface RegionFigures extends RolloutFigures {
  regionId: number;
  name: string;
}

/** A region, the national level (units in no region), or the whole country; only a region's figures link to its lists. */
interface Row extends RolloutFigures {
  key: string;
  name: string;
  regionId: number | null;
  isTotal: boolean;
}

interface RegionStatusTableProps {
  regions: RegionFigures[];
  /** The units in no region (the national unit itself): a row of their own, so the rows add up to the total. */
  nationalLevel: RolloutFigures;
  national: RolloutFigures;
  waveId: number | null;
}

/** Per region: units, share done, and late / blocked / at-risk / ready-to-confirm counts linking to the region's lists; then the national level and the total. */
export function RegionStatusTable({ regions, nationalLevel, national, waveId }: RegionStatusTableProps) {
  const { t } = useTranslation();
  const totalName = useTotalName();
  const format = useFormat();
  const text = useRolloutText();
  if (regions.length === 0) return null;
  const rows: Row[] = [
    ...regions.map((r) => ({ ...r, key: String(r.regionId), isTotal: false })),
    ...(nationalLevel.units > 0 ? [{ ...nationalLevel, key: 'national-level', name: t('dashboard.nationalLevel'), regionId: null, isTotal: false }] : []),
    { ...national, key: 'total', name: totalName, regionId: null, isTotal: true },
  ];
  const countLink = (filter: Exclude<ListFilter, 'all'>, pick: (r: Row) => number): ColumnDef<Row> => ({
    id: filter,
    header: t(`dashboard.column.${filter}`),
    cell: ({ row }) => {
      const n = pick(row.original);
      const regionId = row.original.regionId;
      return n === 0 || regionId === null ? (
        format.number(n)
      ) : (
        <a href={listHref(filter, { waveId, regionId })} aria-label={t(`dashboard.regionLink.${filter}`, { count: n, n: format.number(n), region: row.original.name })}>
          {format.number(n)}
        </a>
      );
    },
  });
  const columns: Array<ColumnDef<Row>> = [
    {
      id: 'region',
      header: t('dashboard.filter.region'),
      cell: ({ row }) => {
        const { regionId, name, isTotal } = row.original;
        if (isTotal) return <strong>{name}</strong>;
        return regionId === null ? name : <a href={listHref('all', { waveId, regionId })}>{name}</a>;
      },
    },
    { id: 'units', header: t('dashboard.regions.units'), accessorFn: (r) => format.number(r.units) },
    { id: 'share', header: t('dashboard.column.share'), accessorFn: (r) => (r.units === 0 ? t('dashboard.noUnitsShare') : text.percent(r.shareDone)) },
    countLink('late', (r) => r.late),
    countLink('blocked', (r) => r.blocked),
    countLink('at_risk', (r) => r.atRisk),
    countLink('ready', (r) => r.readyToConfirm),
  ];
  return (
    <section className="panel" aria-labelledby="dashboard-region-status-heading">
      <h2 id="dashboard-region-status-heading">{t('dashboard.regionStatus.title')}</h2>
      <TableScroll>
        <DataTable
          data={rows}
          columns={columns}
          caption={t('dashboard.regionStatus.title')}
          hideCaption
          numeric={['units', 'share', 'late', 'blocked', 'at_risk']}
          getRowId={(r) => r.key}
          className="region-counts"
        />
      </TableScroll>
    </section>
  );
}

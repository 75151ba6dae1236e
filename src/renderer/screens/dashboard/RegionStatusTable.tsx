import type { ColumnDef } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { RolloutFigures } from '../../../shared/types-rollout';
import { DataTable } from '../../components/DataTable';
import { useFormat } from '../../lib/format';
import { listHref, type ListFilter } from './links';
import { useRolloutText } from './useRolloutText';
import { TableScroll } from '../../components/TableScroll';

interface RegionFigures extends RolloutFigures {
  regionId: number;
  name: string;
}

/** Per region: units, share done, and late / blocked / at-risk / ready-to-confirm counts linking to the region's lists. */
export function RegionStatusTable({ regions, waveId }: { regions: RegionFigures[]; waveId: number | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useRolloutText();
  if (regions.length === 0) return null;
  const countLink = (filter: Exclude<ListFilter, 'all'>, pick: (r: RegionFigures) => number): ColumnDef<RegionFigures> => ({
    id: filter,
    header: t(`dashboard.column.${filter}`),
    cell: ({ row }) => {
      const n = pick(row.original);
      return n === 0 ? (
        format.number(0)
      ) : (
        <a href={listHref(filter, { waveId, regionId: row.original.regionId })} aria-label={t(`dashboard.regionLink.${filter}`, { count: n, n: format.number(n), region: row.original.name })}>
          {format.number(n)}
        </a>
      );
    },
  });
  const columns: Array<ColumnDef<RegionFigures>> = [
    { id: 'region', header: t('dashboard.filter.region'), cell: ({ row }) => <a href={listHref('all', { waveId, regionId: row.original.regionId })}>{row.original.name}</a> },
    { id: 'units', header: t('dashboard.regions.units'), accessorFn: (r) => format.number(r.units) },
    { id: 'share', header: t('dashboard.column.share'), accessorFn: (r) => text.percent(r.shareDone) },
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
          data={regions}
          columns={columns}
          caption={t('dashboard.regionStatus.title')}
          hideCaption
          numeric={['units', 'share', 'late', 'blocked', 'at_risk']}
          getRowId={(r) => String(r.regionId)}
        />
      </TableScroll>
    </section>
  );
}

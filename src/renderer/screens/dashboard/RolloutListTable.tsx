import type { ColumnDef } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { RolloutListRow, StageDto } from '../../../shared/types-rollout';
import { DataTable, type TableSorting } from '../../components/DataTable';
import { useFormat } from '../../lib/format';
import { rolloutUnitHref } from '../../lib/navigation';
import { ProgressText } from '../rollout/ProgressText';
import { RolloutFlags } from '../rollout/RolloutFlags';
import { useRolloutText } from './useRolloutText';
import { TableScroll } from '../../components/TableScroll';

/** One row per unit: where it is in the rollout and what is wrong. */
export function RolloutListTable({ rows, stages, caption, sorting }: { rows: RolloutListRow[]; stages: StageDto[]; caption: string; sorting?: TableSorting }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useRolloutText();
  const columns: Array<ColumnDef<RolloutListRow>> = [
    {
      id: 'unit',
      header: t('dashboard.column.unit'),
      cell: ({ row }) => (
        <a href={rolloutUnitHref(row.original.unitId)}>
          {row.original.name} <span className="code">{row.original.code}</span>
        </a>
      ),
    },
    { id: 'region', header: t('dashboard.filter.region'), accessorFn: (r) => r.regionName ?? '–' },
    { id: 'wave', header: t('dashboard.filter.wave'), accessorFn: (r) => r.waveName ?? t('dashboard.noWave') },
    {
      id: 'stage',
      header: t('dashboard.column.stage'),
      cell: ({ row }) => <ProgressText position={row.original.position} readyStageIds={row.original.readyStageIds} stages={stages} />,
    },
    { id: 'share', header: t('dashboard.column.share'), accessorFn: (r) => text.percent(r.shareDone) },
    {
      id: 'status',
      header: t('dashboard.column.status'),
      cell: ({ row }) => <RolloutFlags row={row.original} planned={row.original.waveName !== null} />,
    },
    {
      id: 'detail',
      header: t('dashboard.column.detail'),
      cell: ({ row }) => {
        const r = row.original;
        return (
          <>
            {r.lateSince ? <span className="block">{t('dashboard.lateSince', { date: format.date(r.lateSince) })}</span> : null}
            {r.blocked && r.blockedReason ? <span className="block">{t('dashboard.blockedBecause', { reason: r.blockedReason })}</span> : null}
          </>
        );
      },
    },
  ];
  return (
    <TableScroll>
      <DataTable data={rows} columns={columns} caption={caption} hideCaption numeric={['share']} getRowId={(r) => String(r.unitId)} {...(sorting ? { sorting } : {})} />
    </TableScroll>
  );
}

import type { ColumnDef } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrainingFigures } from '../../../shared/types-rollout';
import { DataTable } from '../../components/DataTable';
import { useFormat } from '../../lib/format';
import { useRolloutText } from '../dashboard/useRolloutText';
import { TableScroll } from '../../components/TableScroll';

export interface FiguresRow {
  key: string;
  name: string;
  figures: TrainingFigures;
  /** Replaces the plain name, e.g. with a button that drills into the region. */
  nameCell?: ReactNode;
}

interface Row extends FiguresRow {
  isTotal: boolean;
}

interface TrainingFiguresTableProps {
  caption: string;
  regions: FiguresRow[];
  /** The last row; left out when absent. */
  national?: TrainingFigures;
  totalName?: string;
  hideCaption?: boolean;
}

/** Training coverage, one row per region or unit and the total last. */
export function TrainingFiguresTable({ caption, regions, national, totalName, hideCaption = true }: TrainingFiguresTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useRolloutText();
  const rows: Row[] = [
    ...regions.map((r) => ({ ...r, isTotal: false })),
    ...(national ? [{ key: 'total', name: totalName ?? t('dashboard.nation'), figures: national, isTotal: true }] : []),
  ];
  const ofTotal = (part: number, whole: number) => t('training.figures.ofTotal', { part: format.number(part), whole: format.number(whole) });
  const columns: Array<ColumnDef<Row>> = [
    {
      id: 'name',
      header: t('training.figures.where'),
      cell: ({ row }) => (row.original.isTotal ? <strong>{row.original.name}</strong> : (row.original.nameCell ?? row.original.name)),
    },
    { id: 'holders', header: t('training.figures.holders'), accessorFn: (r) => format.number(r.figures.holders) },
    {
      id: 'basic',
      header: t('training.figures.basic'),
      accessorFn: (r) => `${text.percent(r.figures.basicShare)} (${ofTotal(r.figures.basicValid, r.figures.holders)})`,
    },
    { id: 'advanced', header: t('training.figures.advanced'), accessorFn: (r) => ofTotal(r.figures.superUsersAdvanced, r.figures.superUsers) },
    { id: 'refresher', header: t('training.figures.refresherOverdue'), accessorFn: (r) => format.number(r.figures.refresherOverdue) },
    { id: 'newcomers', header: t('training.figures.newcomersUntrained'), accessorFn: (r) => ofTotal(r.figures.newcomersUntrained, r.figures.newcomers) },
  ];
  return (
    <TableScroll>
      <DataTable
        data={rows}
        columns={columns}
        caption={caption}
        hideCaption={hideCaption}
        numeric={['holders', 'basic', 'advanced', 'refresher', 'newcomers']}
        getRowId={(r) => r.key}
        className={national ? 'region-counts' : undefined}
      />
    </TableScroll>
  );
}

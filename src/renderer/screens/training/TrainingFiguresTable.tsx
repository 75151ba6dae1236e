import type { ColumnDef } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrainingFigures } from '../../../shared/types-rollout';
import { DataTable } from '../../components/DataTable';
import { useFormat } from '../../lib/format';
import { useTotalName } from '../../api/useMe';
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
  /** The holders at the national unit, in no region: a row before the total, so the rows add up to it. */
  nationalLevel?: TrainingFigures;
  /** The last row; left out when absent. */
  national?: TrainingFigures;
  totalName?: string;
  hideCaption?: boolean;
}

/** Training coverage, one row per region or unit, the national level when given, and the total last. */
export function TrainingFiguresTable({ caption, regions, nationalLevel, national, totalName, hideCaption = true }: TrainingFiguresTableProps) {
  const { t } = useTranslation();
  const wholeName = useTotalName();
  const format = useFormat();
  const text = useRolloutText();
  const levelRow = nationalLevel && nationalLevel.holders > 0 ? [{ key: 'national-level', name: t('training.figures.nationalLevel'), figures: nationalLevel, isTotal: false }] : [];
  const rows: Row[] = [
    ...regions.map((r) => ({ ...r, isTotal: false })),
    ...levelRow,
    ...(national ? [{ key: 'total', name: totalName ?? wholeName, figures: national, isTotal: true }] : []),
  ];
  // With nobody to count, "0 % (0 av 0)" would read as a figure: a dash and the reason instead.
  const none = (reason: string) => t('training.figures.none', { reason: t(`training.figures.${reason}`) });
  const ofTotal = (part: number, whole: number, reason: string) =>
    whole === 0 ? none(reason) : t('training.figures.ofTotal', { part: format.number(part), whole: format.number(whole) });
  const basic = (f: TrainingFigures) => (f.basicShare === null ? none('noHolders') : `${text.percent(f.basicShare)} (${ofTotal(f.basicValid, f.holders, 'noHolders')})`);
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
      accessorFn: (r) => basic(r.figures),
    },
    { id: 'advanced', header: t('training.figures.advanced'), accessorFn: (r) => ofTotal(r.figures.superUsersAdvanced, r.figures.superUsers, 'noSuperUsers') },
    { id: 'refresher', header: t('training.figures.refresherOverdue'), accessorFn: (r) => format.number(r.figures.refresherOverdue) },
    { id: 'newcomers', header: t('training.figures.newcomersUntrained'), accessorFn: (r) => ofTotal(r.figures.newcomersUntrained, r.figures.newcomers, 'noNewcomers') },
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

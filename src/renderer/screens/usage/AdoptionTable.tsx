import type { ColumnDef } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { UsageRow } from '../../../shared/types-usage';
import { DataTable } from '../../components/DataTable';
import { TableScroll } from '../../components/TableScroll';
import { useUsageFormat } from './useUsageFormat';

/** The units directly below (regions for the nation), each with everything below it. */
export function AdoptionTable({ rows, month }: { rows: UsageRow[]; month: string }) {
  const { t } = useTranslation('usage');
  const f = useUsageFormat();
  const columns: Array<ColumnDef<UsageRow>> = [
    { id: 'unit', header: t('table.unit'), accessorFn: (r) => `${r.name} (${r.code})` },
    { id: 'active', header: t('table.activeUsers'), accessorFn: (r) => f.number(r.figures.activeUsers) },
    { id: 'holders', header: t('table.holders'), accessorFn: (r) => f.number(r.figures.holders) },
    { id: 'share', header: t('table.activeShare'), accessorFn: (r) => f.share(r.figures.activeShare) },
    { id: 'signIns', header: t('table.signIns'), accessorFn: (r) => f.number(r.figures.signIns) },
    { id: 'rate', header: t('table.signInsPerMember'), accessorFn: (r) => f.rate(r.figures.signInsPerMember) },
    { id: 'status', header: t('table.status'), accessorFn: (r) => (r.figures.attainment === null ? t('now.noTarget') : r.figures.below ? t('now.below') : t('now.met')) },
  ];
  return (
    <section className="panel" aria-labelledby="usage-table-heading">
      <h2 id="usage-table-heading">{t('table.title')}</h2>
      {rows.length === 0 ? (
        <p className="empty-state">{t('table.empty')}</p>
      ) : (
        <TableScroll>
          <DataTable data={rows} columns={columns} caption={t('table.caption', { month: f.month(month) })} hideCaption
            numeric={['active', 'holders', 'share', 'signIns', 'rate']} getRowId={(r) => String(r.unitId)}
            rowClassName={(r) => (r.figures.below ? 'usage-below' : undefined)} />
        </TableScroll>
      )}
    </section>
  );
}

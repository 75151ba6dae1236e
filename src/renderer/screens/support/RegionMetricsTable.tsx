import type { ColumnDef } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { SupportMetrics } from '../../../shared/types-support';
import { DataTable } from '../../components/DataTable';
import { useFormat } from '../../lib/format';
import { TableScroll } from '../../components/TableScroll';

type Row = SupportMetrics['byRegion'][number];

/** Per region: opened, resolved, the share solved locally, and missed targets. */
export function RegionMetricsTable({ regions }: { regions: Row[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const share = (s: number | null) => (s === null ? '–' : t('support.metrics.percent', { n: format.number(Math.round(s * 100)) }));
  const columns: Array<ColumnDef<Row>> = [
    { id: 'region', header: t('support.metrics.region.region'), accessorFn: (r) => r.name ?? t('support.metrics.region.none') },
    { id: 'opened', header: t('support.metrics.opened'), accessorFn: (r) => format.number(r.opened) },
    { id: 'resolved', header: t('support.metrics.resolved'), accessorFn: (r) => format.number(r.resolved) },
    { id: 'local', header: t('support.metrics.region.local'), accessorFn: (r) => share(r.solvedLocallyShare) },
    { id: 'breaches', header: t('support.metrics.region.breaches'), accessorFn: (r) => format.number(r.breaches) },
  ];
  return (
    <section className="panel" aria-labelledby="metrics-region-heading">
      <h2 id="metrics-region-heading">{t('support.metrics.region.title')}</h2>
      {regions.length === 0 ? (
        <p className="empty-state">{t('support.metrics.none')}</p>
      ) : (
        <TableScroll>
          <DataTable
            data={regions}
            columns={columns}
            caption={t('support.metrics.region.title')}
            hideCaption
            numeric={['opened', 'resolved', 'local', 'breaches']}
            getRowId={(r) => String(r.regionId ?? 'none')}
          />
        </TableScroll>
      )}
    </section>
  );
}

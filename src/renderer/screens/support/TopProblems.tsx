import type { ColumnDef } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { SupportMetrics } from '../../../shared/types-support';
import { DataTable } from '../../components/DataTable';
import { useFormat } from '../../lib/format';
import { useSupportText } from './useSupportText';

type Row = SupportMetrics['topProblems'][number];

/** The problems that led to most cases in the period. */
export function TopProblems({ problems }: { problems: Row[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useSupportText();
  const columns: Array<ColumnDef<Row>> = [
    { id: 'problem', header: t('support.metrics.top.problem'), accessorFn: (r) => text.problemTitle(r) },
    { id: 'cases', header: t('support.metrics.top.cases'), accessorFn: (r) => format.number(r.cases) },
  ];
  return (
    <section className="panel" aria-labelledby="metrics-top-heading">
      <h2 id="metrics-top-heading">{t('support.metrics.top.title')}</h2>
      {problems.length === 0 ? (
        <p className="empty-state">{t('support.metrics.none')}</p>
      ) : (
        <DataTable data={problems} columns={columns} caption={t('support.metrics.top.title')} hideCaption numeric={['cases']} getRowId={(r, i) => `${r.problemId ?? 'none'}-${i}`} />
      )}
    </section>
  );
}

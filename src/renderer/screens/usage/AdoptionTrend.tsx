import type { ColumnDef } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { UsageTrendPoint } from '../../../shared/types-usage';
import { ChartFigure } from '../../components/charts/ChartFigure';
import { ACTUAL_COLOUR, TODAY_COLOUR } from '../../components/charts/palette';
import { DataTable } from '../../components/DataTable';
import { TableScroll } from '../../components/TableScroll';
import { useUsageFormat } from './useUsageFormat';

/** The 12 months up to the month shown: the share active as a line against the target, with the table beside it. */
export function AdoptionTrend({ trend }: { trend: UsageTrendPoint[] }) {
  const { t } = useTranslation('usage');
  const f = useUsageFormat();
  const first = trend[0];
  const last = trend[trend.length - 1];
  if (!first || !last) return null;
  const data = trend.map((p) => ({ month: f.month(p.month), share: p.figures.activeShare === null ? null : Math.round(p.figures.activeShare * 1000) / 10 }));
  const target = last.figures.targetPercent;
  const columns: Array<ColumnDef<UsageTrendPoint>> = [
    { id: 'month', header: t('trend.monthColumn'), accessorFn: (p) => f.month(p.month) },
    { id: 'share', header: t('trend.activeShare'), accessorFn: (p) => f.share(p.figures.activeShare) },
    { id: 'rate', header: t('trend.signIns'), accessorFn: (p) => f.rate(p.figures.signInsPerMember) },
  ];
  return (
    <section className="panel" aria-labelledby="usage-trend-heading">
      <h2 id="usage-trend-heading">{t('trend.title')}</h2>
      <div className="usage-trend">
        <ChartFigure
          summary={t('trend.summary', { from: f.month(first.month), to: f.month(last.month), share: f.share(last.figures.activeShare) })}
          what={t('trend.what')}
          chart={
            <ResponsiveContainer width="100%" height={260}>
              <LineChart data={data} margin={{ top: 8, right: 24, bottom: 8, left: 0 }} accessibilityLayer={false}>
                <CartesianGrid stroke="#d5dbe2" />
                <XAxis dataKey="month" stroke="#525d69" interval="preserveStartEnd" />
                <YAxis domain={[0, 100]} unit="%" stroke="#525d69" />
                <Tooltip formatter={(value) => `${String(value)} %`} itemStyle={{ color: '#1b2631' }} />
                {target === null ? null : <ReferenceLine y={target} stroke={TODAY_COLOUR} strokeDasharray="4 4" label={t('trend.target')} />}
                <Line dataKey="share" name={t('trend.activeShare')} stroke={ACTUAL_COLOUR} strokeWidth={2} connectNulls isAnimationActive={false} />
              </LineChart>
            </ResponsiveContainer>
          }
          table={<TableScroll><DataTable data={trend} columns={columns} caption={t('trend.caption')} numeric={['share', 'rate']} getRowId={(p) => p.month} /></TableScroll>}
          tableAlwaysShown
        />
      </div>
    </section>
  );
}

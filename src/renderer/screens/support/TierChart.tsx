import type { ColumnDef } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { SupportMetrics } from '../../../shared/types-support';
import { ChartFigure } from '../../components/charts/ChartFigure';
import { ChartLegend } from '../../components/charts/ChartLegend';
import { stageColour } from '../../components/charts/palette';
import { DataTable } from '../../components/DataTable';
import { useFormat } from '../../lib/format';
import { useSupportText } from './useSupportText';
import { TableScroll } from '../../components/TableScroll';

type TierRow = SupportMetrics['byTier'][number] & { name: string };

/** Per tier: how many cases reached it and how many targets it missed; a chart and the same figures as a table. */
export function TierChart({ byTier }: { byTier: SupportMetrics['byTier'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useSupportText();
  const rows: TierRow[] = byTier.map((r) => ({ ...r, name: text.tier(r.tier) }));
  const series = [
    { key: 'cases', name: t('support.metrics.tier.cases'), colour: stageColour(0) },
    { key: 'responseBreaches', name: t('support.metrics.tier.responseBreaches'), colour: stageColour(1) },
    { key: 'resolutionBreaches', name: t('support.metrics.tier.resolutionBreaches'), colour: stageColour(4) },
  ];
  const stat = (m: number | null) => (m === null ? '–' : text.duration(m));
  const columns: Array<ColumnDef<TierRow>> = [
    { id: 'tier', header: t('support.metrics.tier.tier'), accessorFn: (r) => r.name },
    ...series.map<ColumnDef<TierRow>>((s) => ({ id: s.key, header: s.name, accessorFn: (r) => format.number(Number(r[s.key as keyof TierRow])) })),
    { id: 'median', header: t('support.metrics.tier.medianResponse'), accessorFn: (r) => stat(r.firstResponse.medianMinutes) },
    { id: 'p90', header: t('support.metrics.tier.p90Response'), accessorFn: (r) => stat(r.firstResponse.p90Minutes) },
  ];
  const breaches = rows.reduce((sum, r) => sum + r.responseBreaches + r.resolutionBreaches, 0);
  return (
    <section className="panel" aria-labelledby="metrics-tier-heading">
      <h2 id="metrics-tier-heading">{t('support.metrics.tier.title')}</h2>
      <p className="muted">{t('support.metrics.tier.intro')}</p>
      <ChartFigure
        summary={t('support.metrics.tier.summary', { count: breaches, n: format.number(breaches) })}
        what={t('support.metrics.tier.what')}
        chart={
          <ResponsiveContainer width="100%" height={260}>
            <BarChart data={rows} margin={{ top: 8, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
              <CartesianGrid vertical={false} stroke="#d5dbe2" />
              <XAxis dataKey="name" stroke="#525d69" interval={0} />
              <YAxis allowDecimals={false} tickFormatter={(v: number) => format.number(v)} stroke="#525d69" />
              <Tooltip formatter={(value) => format.number(Number(value))} cursor={{ fill: '#e3eef7' }} itemStyle={{ color: '#1b2631' }} />
              {series.map((s) => (
                <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.colour} isAnimationActive={false} />
              ))}
            </BarChart>
          </ResponsiveContainer>
        }
        legend={<ChartLegend items={series} />}
        table={
          <TableScroll>
            <DataTable data={rows} columns={columns} caption={t('support.metrics.tier.caption')} numeric={['cases', 'responseBreaches', 'resolutionBreaches', 'median', 'p90']} getRowId={(r) => r.tier} />
          </TableScroll>
        }
      />
    </section>
  );
}

import type { ColumnDef } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { positionColour, positionCountLabel } from '../../../shared/progress';
import type { RolloutFigures, StageDto } from '../../../shared/types-rollout';
import { ChartFigure } from '../../components/charts/ChartFigure';
import { ChartLegend } from '../../components/charts/ChartLegend';
import { DataTable } from '../../components/DataTable';
import { useFormat } from '../../lib/format';
import { useTotalName } from '../../api/useMe';
import { useRolloutText } from './useRolloutText';
import { TableScroll } from '../../components/TableScroll';

interface RegionFigures extends RolloutFigures {
  regionId: number;
  name: string;
}

interface Series {
  key: string;
  name: string;
  colour: string;
}

interface Row {
  key: string;
  name: string;
  units: number;
  isTotal: boolean;
  /** Units per series key. */
  [series: string]: string | number | boolean;
}

const ROW_HEIGHT = 34;

/** The position buckets come in rollUp's fixed order, so a bucket's index is its series. */
function countsOf(figures: RolloutFigures, series: readonly Series[]): Record<string, number> {
  return Object.fromEntries(series.map((s, i) => [s.key, figures.positions[i]?.units ?? 0]));
}

/** A stacked bar per region: how many of its units are not planned, not started, or done through each stage. */
export function RegionStageChart({ regions, national, stages }: { regions: RegionFigures[]; national: RolloutFigures; stages: StageDto[] }) {
  const { t } = useTranslation();
  const totalName = useTotalName();
  const format = useFormat();
  const text = useRolloutText();
  const names = new Map(stages.map((s) => [s.id, text.name(s)]));
  const last = stages[stages.length - 1]?.id ?? null;
  const series: Series[] = national.positions.map((p, i) => ({
    key: `p${i}`,
    name: positionCountLabel(t, p, (id) => names.get(id) ?? '–', last),
    colour: positionColour(p, i - 2, last),
  }));
  const rows: Row[] = regions.map((r) => ({ key: String(r.regionId), name: r.name, units: r.units, isTotal: false, ...countsOf(r, series) }));
  const totalRow: Row = { key: 'total', name: totalName, units: national.units, isTotal: true, ...countsOf(national, series) };

  const columns: Array<ColumnDef<Row>> = [
    { id: 'region', header: t('dashboard.filter.region'), cell: ({ row }) => (row.original.isTotal ? <strong>{row.original.name}</strong> : row.original.name) },
    ...series.map<ColumnDef<Row>>((s) => ({ id: s.key, header: s.name, accessorFn: (r) => format.number(Number(r[s.key])) })),
    { id: 'units', header: t('dashboard.regions.units'), accessorFn: (r) => format.number(r.units) },
  ];
  const numeric = [...series.map((s) => s.key), 'units'];

  return (
    <section className="panel" aria-labelledby="dashboard-regions-heading">
      <h2 id="dashboard-regions-heading">{t('dashboard.regions.title')}</h2>
      <p className="muted">{t('dashboard.regions.intro')}</p>
      {rows.length === 0 ? (
        <p className="empty-state">{t('dashboard.regions.none')}</p>
      ) : (
        <ChartFigure
          summary={t('dashboard.regions.summary', { count: rows.length, n: format.number(rows.length) })}
          what={t('dashboard.regions.what')}
          chart={
            <ResponsiveContainer width="100%" height={60 + rows.length * ROW_HEIGHT}>
              <BarChart layout="vertical" data={rows} margin={{ top: 8, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
                <CartesianGrid horizontal={false} stroke="#d5dbe2" />
                <XAxis type="number" allowDecimals={false} tickFormatter={(v: number) => format.number(v)} stroke="#525d69" />
                <YAxis type="category" dataKey="name" width={170} stroke="#525d69" interval={0} />
                <Tooltip formatter={(value) => format.number(Number(value))} cursor={{ fill: '#e3eef7' }} itemStyle={{ color: '#1b2631' }} />
                {series.map((s) => (
                  <Bar key={s.key} dataKey={s.key} name={s.name} stackId="stages" fill={s.colour} stroke="#ffffff" strokeWidth={1} isAnimationActive={false} />
                ))}
              </BarChart>
            </ResponsiveContainer>
          }
          legend={
            <>
              <ChartLegend items={series.map((s) => ({ key: s.key, name: s.name, colour: s.colour }))} />
              <p className="muted">{t('common:progress.legend')}</p>
            </>
          }
          table={
            <TableScroll>
              <DataTable data={[...rows, totalRow]} columns={columns} caption={t('dashboard.regions.caption')} numeric={numeric} getRowId={(r) => r.key} className="region-counts" />
            </TableScroll>
          }
        />
      )}
    </section>
  );
}

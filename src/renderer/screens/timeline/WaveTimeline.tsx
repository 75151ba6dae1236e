import type { ColumnDef } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TimelineWave } from '../../../shared/types-rollout';
import { ChartFigure } from '../../components/charts/ChartFigure';
import { ChartLegend } from '../../components/charts/ChartLegend';
import { dayNumber, isoFromDayNumber, monthStarts } from '../../components/charts/dayNumbers';
import { ACTUAL_COLOUR, PLANNED_COLOUR, TODAY_COLOUR } from '../../components/charts/palette';
import { DataTable } from '../../components/DataTable';
import { useFormat } from '../../lib/format';
import { useRolloutText } from '../dashboard/useRolloutText';
import { TableScroll } from '../../components/TableScroll';

interface Row {
  name: string;
  planned: [number, number];
  /** Until today while the wave is still going; absent before it has started. */
  actual: [number, number] | null;
}

const ROW_HEIGHT = 56;
// Dark text on the white beside a bar: 4.5:1 and more.
const LABEL_COLOUR = '#1b2631';

/** Each wave as two bars, planned and actual, on a date axis with today marked. */
export function WaveTimeline({ waves, today }: { waves: TimelineWave[]; today: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useRolloutText();
  const todayN = dayNumber(today);
  const rows: Row[] = waves.map((w) => ({
    name: w.name,
    planned: [dayNumber(w.plannedStart), dayNumber(w.plannedEnd)],
    actual: w.actualStart ? [dayNumber(w.actualStart), w.actualEnd ? dayNumber(w.actualEnd) : Math.max(todayN, dayNumber(w.actualStart))] : null,
  }));
  const all = rows.flatMap((r) => [...r.planned, ...(r.actual ?? [])]).concat(todayN);
  const first = Math.min(...all) - 7;
  const last = Math.max(...all) + 7;
  const date = (day: number) => format.date(isoFromDayNumber(day));
  const months = monthStarts(first, last);
  // A bar's value is its [from, to]; its label says the dates so the chart reads without the table.
  const rangeLabel = (value: unknown) =>
    Array.isArray(value) && value.length === 2 ? t('timeline.range', { from: date(Number(value[0])), to: date(Number(value[1])) }) : '';
  const running = waves.filter((w) => w.plannedStart <= today && today <= w.plannedEnd).length;
  const lateWaves = waves.filter((w) => w.late > 0).length;

  const columns: Array<ColumnDef<TimelineWave>> = [
    { id: 'wave', header: t('dashboard.filter.wave'), accessorFn: (w) => w.name },
    { id: 'planned', header: t('timeline.column.planned'), accessorFn: (w) => t('timeline.range', { from: format.date(w.plannedStart), to: format.date(w.plannedEnd) }) },
    {
      id: 'actual',
      header: t('timeline.column.actual'),
      accessorFn: (w) =>
        w.actualStart === null
          ? t('timeline.notStarted')
          : w.actualEnd === null
            ? t('timeline.runningSince', { from: format.date(w.actualStart) })
            : t('timeline.range', { from: format.date(w.actualStart), to: format.date(w.actualEnd) }),
    },
    { id: 'units', header: t('dashboard.regions.units'), accessorFn: (w) => format.number(w.units) },
    { id: 'share', header: t('dashboard.column.share'), accessorFn: (w) => text.percent(w.shareDone) },
    { id: 'late', header: t('dashboard.column.late'), accessorFn: (w) => format.number(w.late) },
  ];

  const legend = [
    { key: 'planned', name: t('timeline.planned'), colour: PLANNED_COLOUR },
    { key: 'actual', name: t('timeline.actual'), colour: ACTUAL_COLOUR },
    { key: 'today', name: t('timeline.todayLine'), colour: TODAY_COLOUR },
  ];

  return (
    <ChartFigure
      summary={t('timeline.waves.summary', { count: waves.length, n: format.number(waves.length), running, late: lateWaves, today: format.date(today) })}
      what={t('timeline.waves.what')}
      chart={
        <ResponsiveContainer width="100%" height={50 + rows.length * ROW_HEIGHT}>
          <BarChart layout="vertical" data={rows} margin={{ top: 24, right: 200, bottom: 8, left: 8 }} barGap={2} accessibilityLayer={false}>
            <CartesianGrid horizontal={false} stroke="#d5dbe2" verticalValues={months} />
            <XAxis type="number" domain={[first, last]} ticks={months.length > 0 ? months : [first, last]} tickFormatter={date} stroke="#525d69" />
            <YAxis type="category" dataKey="name" width={150} stroke="#525d69" interval={0} />
            <Tooltip
              formatter={(value) => (Array.isArray(value) ? t('timeline.range', { from: date(Number(value[0])), to: date(Number(value[1])) }) : String(value))}
              cursor={{ fill: '#e3eef7' }}
              itemStyle={{ color: '#1b2631' }}
            />
            <Bar dataKey="planned" name={t('timeline.planned')} fill={PLANNED_COLOUR} isAnimationActive={false}>
              <LabelList dataKey="planned" position="right" formatter={rangeLabel} fill={LABEL_COLOUR} fontSize={12} />
            </Bar>
            <Bar dataKey="actual" name={t('timeline.actual')} fill={ACTUAL_COLOUR} isAnimationActive={false}>
              <LabelList dataKey="actual" position="right" formatter={rangeLabel} fill={LABEL_COLOUR} fontSize={12} />
            </Bar>
            <ReferenceLine x={todayN} stroke={TODAY_COLOUR} strokeWidth={2} strokeDasharray="6 3" label={{ value: t('timeline.todayLine'), position: 'top', fill: TODAY_COLOUR }} />
          </BarChart>
        </ResponsiveContainer>
      }
      legend={<ChartLegend items={legend} />}
      table={
        <TableScroll>
          <DataTable data={waves} columns={columns} caption={t('timeline.waves.caption')} numeric={['units', 'share', 'late']} getRowId={(w) => String(w.id)} />
        </TableScroll>
      }
    />
  );
}

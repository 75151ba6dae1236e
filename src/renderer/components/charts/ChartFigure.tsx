// A chart with its accessible equivalent: the drawing is one image with a
// summary for screen readers, and the same numbers are in a table that is always
// in the page for assistive technology and can be shown on screen with a button.
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './charts.css';

interface ChartFigureProps {
  /** A one-sentence summary of what the chart shows, read as the image's name. */
  summary: string;
  chart: ReactNode;
  /** The same figures as a table. */
  table: ReactNode;
  /** Used in the toggle's name: "Show the figures for <what> as a table". */
  what: string;
  legend?: ReactNode;
  /** The table is the main view (small tables): shown always, no toggle. */
  tableAlwaysShown?: boolean;
}

export function ChartFigure({ summary, chart, table, what, legend, tableAlwaysShown = false }: ChartFigureProps) {
  const { t } = useTranslation();
  const tableId = useId();
  const [showTable, setShowTable] = useState(false);
  return (
    <div className="chart-figure">
      <div role="img" aria-label={summary} className="chart-box">
        {chart}
      </div>
      {legend}
      {tableAlwaysShown ? null : (
        <button type="button" className="link-button chart-toggle" aria-expanded={showTable} aria-controls={tableId} onClick={() => setShowTable((v) => !v)}>
          {showTable ? t('dashboard.chart.hideTable', { what }) : t('dashboard.chart.showTable', { what })}
        </button>
      )}
      <div id={tableId} className={showTable || tableAlwaysShown ? 'chart-table' : 'visually-hidden'}>
        {table}
      </div>
    </div>
  );
}

// The report's blocks as HTML: typed tables, labelled facts and charts. Cells
// are formatted for the report's locale here, so builders hand over plain numbers.
import type { TFunction } from 'i18next';
import { formatDecimal, formatNumber, formatPercent, formatShortDate } from '../../shared/format';
import type { Lang } from '../../shared/types';
import { renderChartSvg } from './html-chart';
import { escapeHtml } from './html-escape';
import type { ColumnKind, ReportBlock, ReportCell, ReportChart, ReportColumn, ReportFacts, ReportTable } from './model';

/** What an empty cell shows. */
export const NO_VALUE = '–';

/** The hour's short mark, after a no-break space: "4 t", "4 h". */
const HOUR_MARK: Record<Lang, string> = { nb: '\u00a0t', en: '\u00a0h' };

export function formatCell(lang: Lang, kind: ColumnKind, cell: ReportCell): string {
  if (cell === null || cell === '') return NO_VALUE;
  if (typeof cell === 'string') return kind === 'date' ? formatShortDate(lang, cell) : cell;
  switch (kind) {
    case 'integer':
      return formatNumber(lang, cell);
    case 'decimal':
      return formatDecimal(lang, cell);
    case 'hours':
      // No decimal a whole hour does not need: "4 t", not "4,0".
      return `${formatNumber(lang, cell)}${HOUR_MARK[lang]}`;
    case 'percent':
      return formatPercent(lang, cell);
    case 'text':
    case 'date':
      return formatNumber(lang, cell);
  }
}

const isNumeric = (kind: ColumnKind) => kind === 'integer' || kind === 'decimal' || kind === 'hours' || kind === 'percent';

function cellHtml(lang: Lang, column: ReportColumn, cell: ReportCell, asRowHeader: boolean): string {
  const { kind } = column;
  const cls = isNumeric(kind) ? ' class="num"' : column.nowrap ? ' class="nowrap"' : '';
  const text = escapeHtml(formatCell(lang, kind, cell));
  return asRowHeader ? `<th scope="row"${cls}>${text}</th>` : `<td${cls}>${text}</td>`;
}

function rowHtml(lang: Lang, table: ReportTable, cells: ReportCell[], cls = ''): string {
  // The first text column names the row (a region, a unit): a row header for screen readers and tagged PDF.
  const firstIsName = table.columns[0]?.kind === 'text';
  const inner = table.columns.map((col, i) => cellHtml(lang, col, cells[i] ?? null, i === 0 && firstIsName)).join('');
  return `<tr${cls}>${inner}</tr>`;
}

/**
 * A table short enough for one page moves whole to the next page rather than leave its
 * heading alone at the foot of this one. A longer table starts at once: moving it would only
 * leave a blank half page, and its header row repeats on every page anyway. Its rows are
 * set tighter, so one row per unit of a large wave stays a few pages.
 */
const KEEP_TOGETHER_ROWS = 20;

function keepTogether(table: ReportTable): boolean {
  return table.rows.length <= KEEP_TOGETHER_ROWS;
}

function tableHtml(lang: Lang, table: ReportTable, id: string): string {
  const note = table.caption ? `<p class="note">${escapeHtml(table.caption)}</p>` : '';
  if (table.rows.length === 0 && table.emptyText !== undefined) {
    return `<section class="block" aria-labelledby="${id}"><h2 id="${id}">${escapeHtml(table.title)}</h2>${note}<p class="empty">${escapeHtml(table.emptyText)}</p></section>`;
  }
  const head = table.columns
    .map((col) => `<th scope="col"${isNumeric(col.kind) ? ' class="num"' : ''}>${escapeHtml(col.label)}</th>`)
    .join('');
  const body = table.rows.map((row) => rowHtml(lang, table, row)).join('\n');
  const foot = table.totals ? `<tfoot>${rowHtml(lang, table, table.totals, ' class="totals"')}</tfoot>` : '';
  return (
    `<section class="${['block', keepTogether(table) ? 'table-block' : 'long-table', table.appendix ? 'appendix' : ''].filter(Boolean).join(' ')}"><table>` +
    `<caption><h2 id="${id}">${escapeHtml(table.title)}</h2>${note}</caption>` +
    `<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>${foot}</table></section>`
  );
}

function factsHtml(facts: ReportFacts, id: string): string {
  const items = facts.items.map((item) => `<dt>${escapeHtml(item.label)}</dt><dd>${escapeHtml(item.value)}</dd>`).join('');
  return `<section class="block" aria-labelledby="${id}"><h2 id="${id}">${escapeHtml(facts.title)}</h2><dl class="facts">${items}</dl></section>`;
}

function chartHtml(chart: ReportChart, id: string, opts: { lang: Lang; t: TFunction; width: number }): string {
  const svg = renderChartSvg(chart, { ...opts, ids: { title: `${id}-title`, desc: `${id}-desc` } });
  // The description is printed too: it is the chart's text alternative for readers of the PDF's text.
  return (
    `<section class="block chart" aria-labelledby="${id}"><h2 id="${id}">${escapeHtml(chart.title)}</h2>` +
    `<p class="note">${escapeHtml(chart.description)}</p>${svg}</section>`
  );
}

export function blockHtml(block: ReportBlock, index: number, opts: { lang: Lang; t: TFunction; width: number }): string {
  // Ids come from the position, not the builder's key, so two blocks can never clash.
  const id = `block-${index + 1}`;
  switch (block.type) {
    case 'table':
      return tableHtml(opts.lang, block.table, id);
    case 'facts':
      return factsHtml(block.facts, id);
    case 'chart':
      return chartHtml(block.chart, id, opts);
  }
}

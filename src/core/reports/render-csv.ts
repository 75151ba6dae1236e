// A report as one CSV file for scripts and for Excel: the head as label/value
// lines, then each table (facts blocks as two-column tables) after a blank line
// and its title. Charts are left out: their figures are in the tables.
import type { TFunction } from 'i18next';
import { formatDecimal, formatPercent, formatShortDate } from '../../shared/format';
import type { Lang } from '../../shared/types';
import { writeCsv } from '../transfer/csv';
import type { ExportCell } from '../transfer/neutralize';
import type { ColumnKind, ReportCell, ReportModel } from './model';
import { headLines, sheetTables } from './sheet-blocks';

/** The locale's decimal mark, taken from the shared formatter: ',' in nb, '.' in en. */
function decimalMark(lang: Lang): string {
  return formatDecimal(lang, 0.5).replace(/\d/g, '');
}

/** nb: 22.11.2026, as Norwegian Excel reads a date; en: ISO 2026-11-22, which every tool reads alike. */
function csvDate(lang: Lang, isoDate: string): string {
  return lang === 'nb' ? formatShortDate(lang, isoDate) : isoDate;
}

/**
 * A cell as written: integers stay JS numbers (plain digits, a minus kept, never
 * a thousands separator), decimals get one decimal and the locale's mark without
 * grouping, shares become percentage text ("42,5 %").
 */
function csvCell(cell: ReportCell, kind: ColumnKind, lang: Lang): ExportCell {
  if (cell === null) return null;
  if (typeof cell === 'string') return kind === 'date' ? csvDate(lang, cell) : cell;
  switch (kind) {
    case 'decimal':
      return cell.toFixed(1).replace('.', decimalMark(lang));
    case 'hours':
      return Number.isInteger(cell) ? cell : cell.toFixed(1).replace('.', decimalMark(lang));
    case 'percent':
      return formatPercent(lang, cell);
    default:
      return cell;
  }
}

export function renderCsv(model: ReportModel, separator: ';' | ',', t: TFunction): Buffer {
  const lines: ExportCell[][] = headLines(model, t).map((line) => [line.label, line.kind === 'date' ? csvDate(model.lang, line.value) : line.value]);
  for (const table of sheetTables(model, t)) {
    const kinds = table.columns.map((c) => c.kind);
    const row = (cells: ReportCell[]): ExportCell[] => cells.map((cell, i) => csvCell(cell, kinds[i] ?? 'text', model.lang));
    lines.push([], [table.title], table.columns.map((c) => c.label), ...table.rows.map(row));
    if (table.totals) lines.push(row(table.totals));
  }
  return writeCsv(lines, separator);
}

// What the spreadsheet formats (XLSX and CSV) take from a report model: its
// tables, with facts blocks as two-column tables, and the report's head as
// label/value lines. Charts are left out: their figures are in the tables.
import type { TFunction } from 'i18next';
import { formatDateTime } from '../../shared/format';
import type { ReportCell, ReportColumn, ReportFact, ReportModel } from './model';

export interface SheetTable {
  key: string;
  title: string;
  columns: ReportColumn[];
  rows: ReportCell[][];
  totals?: ReportCell[];
  /** A facts block's typed figures, by row: XLSX writes these as number cells in the value column. */
  factNumbers?: Array<ReportFact['number']>;
}

/** Every table and facts block, in the report's order. */
export function sheetTables(model: ReportModel, t: TFunction): SheetTable[] {
  const tables: SheetTable[] = [];
  for (const block of model.blocks) {
    if (block.type === 'table') {
      const { key, title, columns, rows, totals } = block.table;
      tables.push(totals ? { key, title, columns, rows, totals } : { key, title, columns, rows });
    } else if (block.type === 'facts') {
      const { key, title, items } = block.facts;
      tables.push({
        key,
        title,
        columns: [
          { label: t('report:sheet.item'), kind: 'text' },
          { label: t('report:sheet.value'), kind: 'text' },
        ],
        rows: items.map((item) => [item.label, item.value]),
        factNumbers: items.map((item) => item.number),
      });
    }
  }
  return tables;
}

export interface HeadLine {
  label: string;
  value: string;
  /** 'date' values are 'YYYY-MM-DD', written as a date cell or a locale date. */
  kind: 'text' | 'date';
}

/**
 * The report's head: what it is, whose, for which day, made when, and with
 * which filters and language. Builders put the language among the filters
 * (describeFilters); a model without it gets it here.
 */
export function headLines(model: ReportModel, t: TFunction): HeadLine[] {
  const languageLabel = t('report:common.filterLanguage');
  const lines: HeadLine[] = [
    { label: t('report:sheet.report'), value: model.title, kind: 'text' },
    // An organization without a name gets no line, rather than an empty one or the app's name.
    ...(model.organization ? [{ label: t('report:sheet.organization'), value: model.organization, kind: 'text' as const }] : []),
    { label: t('report:sheet.date'), value: model.today, kind: 'date' },
    { label: t('report:sheet.generated'), value: formatDateTime(model.lang, model.generatedAt), kind: 'text' },
    ...model.filters.map((f) => ({ label: f.label, value: f.value, kind: 'text' as const })),
  ];
  if (!model.filters.some((f) => f.label === languageLabel)) {
    lines.push({ label: languageLabel, value: t(`report:common.language.${model.lang}`), kind: 'text' });
  }
  return lines;
}

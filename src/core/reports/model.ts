// A report as data: titled blocks of typed tables and charts, with every label
// already in the report's language. Builders (build-*.ts) make one from the
// database; renderers (render-*.ts) turn it into HTML for PDF, XLSX or CSV
// without knowing which kind of report it is.
import type { Lang, OrganizationLogo } from '../../shared/types';
import type { ReportKind } from '../../shared/types-reports';

/**
 * How a column's cells are typed and shown:
 * - text: a string;
 * - integer: a whole number (counts, days);
 * - decimal: a number shown with one decimal;
 * - hours: a duration in hours, shown as people write it ("4 t", "1,5 t"; "4 h" in English);
 * - percent: a share 0..1, shown as a percentage;
 * - date: an Oslo calendar date 'YYYY-MM-DD'.
 * Any cell may be null (shown empty, or as a dash in PDF).
 */
export type ColumnKind = 'text' | 'integer' | 'decimal' | 'hours' | 'percent' | 'date';

export type ReportCell = string | number | null;

export interface ReportColumn {
  label: string;
  kind: ColumnKind;
  /** Never broken across lines in PDF, such as a phone number. */
  nowrap?: boolean;
}

export interface ReportTable {
  /** Stable, language-free id, e.g. 'rollout'; also the key for tests. */
  key: string;
  /** Shown as the heading in PDF, and as the sheet name in XLSX (31 characters at most there). */
  title: string;
  /** An optional sentence under the heading: what the figures mean. */
  caption?: string;
  columns: ReportColumn[];
  /** One cell per column, typed as the column says. */
  rows: ReportCell[][];
  /** An optional bold totals row (PDF), written as the last row in XLSX and CSV. */
  totals?: ReportCell[];
  /** Shown in PDF instead of an empty table. */
  emptyText?: string;
  /** Detail a reader may skip: starts on a new page in PDF. */
  appendix?: boolean;
}

/** Horizontal stacked bars: one bar per category, one segment per series. Drawn as inline SVG in PDF. */
export interface ReportChart {
  key: string;
  title: string;
  /** Text alternative, for screen readers and pdftotext alike. */
  description: string;
  categories: string[];
  /** A series' colour, where its meaning has one (else the palette's, by position). */
  series: Array<{ label: string; colour?: string | undefined; values: number[] }>;
}

/** How a figure among the facts is typed in XLSX: a count, hours with one decimal, or a share 0..1. */
export type FactNumberKind = 'integer' | 'hours' | 'percent';

export interface ReportFact {
  label: string;
  /** As shown in PDF and CSV, already formatted ("1 200", "2,5 timer", "–"). */
  value: string;
  /** The same figure as a number, so XLSX can write a number cell; null writes an empty cell (no figure). */
  number?: { kind: FactNumberKind; value: number | null };
}

/** Labelled lines, such as a contact card or the next steps; a two-column table in XLSX and CSV. */
export interface ReportFacts {
  key: string;
  title: string;
  items: ReportFact[];
}

export type ReportBlock =
  | { type: 'table'; table: ReportTable }
  | { type: 'chart'; chart: ReportChart }
  | { type: 'facts'; facts: ReportFacts };

export interface ReportModel {
  kind: ReportKind;
  lang: Lang;
  /** e.g. "Nasjonal status" */
  title: string;
  /** The organization's name: the national unit's; '' when there is none, and then no line shows it. */
  organization: string;
  /** The organization's logo (Settings), shown at the head of the PDF; absent when none is set. */
  logo?: OrganizationLogo | null;
  /** The Oslo date the figures are for, 'YYYY-MM-DD'. */
  today: string;
  /** When the report was made, ISO 8601 instant. */
  generatedAt: string;
  /** The filters used, already translated and formatted ("Region" → "Vestland (46)"). */
  filters: Array<{ label: string; value: string }>;
  /** File name stem without date or extension, e.g. "nasjonal-status" or "lagskort-4601". */
  fileStem: string;
  /** Wide tables print on landscape A4. */
  landscape: boolean;
  /** Tighter type and spacing, for the chapter card, which must fit one sheet. */
  compact?: boolean;
  blocks: ReportBlock[];
}

/** What a PDF printer is asked to print: a complete HTML document and Chromium's page header and footer templates. */
export interface PrintJob {
  html: string;
  headerTemplate: string;
  footerTemplate: string;
  landscape: boolean;
}

/**
 * Prints HTML to PDF bytes with Chromium: webContents.printToPDF in the app,
 * headless Chromium through playwright-core in the web host and the CLI.
 * Must stop and reject when the signal aborts.
 */
export type PdfPrinter = (job: PrintJob, signal: AbortSignal) => Promise<Buffer>;

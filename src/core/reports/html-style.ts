// The report's one stylesheet and the Content-Security-Policy that allows
// exactly it. The CSP names the stylesheet by its SHA-256 hash, so nothing else
// (no injected <style>, no style attribute, no script, no remote file) can take
// effect even if a label slipped through unescaped.
import { createHash } from 'node:crypto';

/**
 * Page margins leave room for Chromium's header and footer templates, which
 * are drawn inside the top and bottom margins.
 */
export const PAGE_MARGIN = { top: '20mm', right: '14mm', bottom: '18mm', left: '14mm' } as const;

/** The printable width in CSS pixels (96 per inch), for laying out the charts at their printed size. */
export function contentWidthPx(landscape: boolean): number {
  const pageMm = landscape ? 297 : 210;
  const marginMm = parseFloat(PAGE_MARGIN.left) + parseFloat(PAGE_MARGIN.right);
  return Math.floor(((pageMm - marginMm) / 25.4) * 96);
}

/** Overrides for a compact report: the chapter card has to fit one A4 sheet on the wall. */
const COMPACT = `
body { font-size: 8.5pt; line-height: 1.25; }
h1 { font-size: 15pt; margin-bottom: 1mm; }
h2 { font-size: 10.5pt; margin-bottom: 1mm; }
.report-head { padding-bottom: 2mm; margin-bottom: 3mm; }
.block { margin-bottom: 3.5mm; }
th, td { padding: 0.6mm 1.2mm; }
.note { font-size: 8pt; }
`;

export function reportStyle(landscape: boolean, compact = false): string {
  const m = PAGE_MARGIN;
  return `
@page { size: A4 ${landscape ? 'landscape' : 'portrait'}; margin: ${m.top} ${m.right} ${m.bottom} ${m.left}; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: "Liberation Sans", "DejaVu Sans", Arial, Helvetica, sans-serif; font-size: 9.5pt; line-height: 1.35; color: #1a1a1a; background: #ffffff; }
h1 { font-size: 18pt; margin: 0 0 2mm; }
h2 { font-size: 12pt; margin: 0 0 1.5mm; break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 2mm; }
.report-head { border-bottom: 0.6mm solid #1f4e79; padding-bottom: 3mm; margin-bottom: 5mm; }
.report-head .logo { float: right; max-height: 16mm; max-width: 50mm; margin: 0 0 2mm 4mm; }
.organization { font-size: 10.5pt; font-weight: bold; color: #1f4e79; margin: 0 0 1mm; }
.head-facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.5mm 4mm; margin: 0 0 2mm; }
.head-facts dt { font-weight: bold; }
.head-facts dd { margin: 0; }
.generated { font-size: 8.5pt; color: #4a4a4a; margin: 0; }
.block { margin: 0 0 6mm; }
/* A short table (html-blocks.ts decides) moves to a new page rather than split from its heading. */
.table-block { break-inside: avoid; page-break-inside: avoid; }
.long-table tbody th, .long-table tbody td { padding: 0.45mm 1.5mm; line-height: 1.2; }
.appendix { break-before: page; page-break-before: always; }
.note { color: #3d3d3d; font-size: 9pt; }
.empty { font-style: italic; color: #3d3d3d; }
table { width: 100%; border-collapse: collapse; }
caption { text-align: left; caption-side: top; }
caption p { font-weight: normal; }
thead { display: table-header-group; }
tfoot { display: table-row-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { padding: 1mm 1.5mm; vertical-align: top; text-align: left; border-bottom: 0.2mm solid #c8c8c8; }
thead th { background: #e8eef5; border-bottom: 0.4mm solid #1f4e79; font-weight: bold; vertical-align: bottom; }
tbody th { font-weight: normal; }
.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.nowrap { white-space: nowrap; }
thead th.num { white-space: normal; }
.totals th, .totals td { font-weight: bold; border-top: 0.4mm solid #1a1a1a; border-bottom: none; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 5mm; margin: 0; }
.facts dt { font-weight: bold; }
.facts dd { margin: 0; }
.facts-row { display: grid; grid-template-columns: repeat(2, 1fr); gap: 0 8mm; break-inside: avoid; page-break-inside: avoid; }
.chart svg { display: block; width: 100%; height: auto; break-inside: avoid; page-break-inside: avoid; }
.chart-text { font-family: inherit; font-size: 11px; fill: #1a1a1a; }
.chart-value { font-family: inherit; font-size: 10px; font-weight: bold; fill: #ffffff; }
.chart-axis { stroke: #6b6b6b; stroke-width: 1; }
${compact ? COMPACT.trimStart() : ''}`.trimStart();
}

/** The CSP source expression for a <style> element holding exactly this text. */
export function styleHash(style: string): string {
  return `'sha256-${createHash('sha256').update(style, 'utf8').digest('base64')}'`;
}

/**
 * Nothing may load or run: no scripts, no fetches, no fonts or images from
 * anywhere (data: images only), no base URL or form target; only the one hashed stylesheet.
 */
export function reportCsp(style: string): string {
  return `default-src 'none'; style-src ${styleHash(style)}; img-src data:; base-uri 'none'; form-action 'none'`;
}

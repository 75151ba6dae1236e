// A report model as one self-contained HTML document for Chromium to print:
// no scripts, no external files, one hashed stylesheet under a strict CSP,
// and A4 pages with repeating table headers. The same document is printed by
// Electron (the app) and by headless Chromium (the web host and the CLI).
import type { TFunction } from 'i18next';
import { formatDate, formatDateTime } from '../../shared/format';
import { blockHtml } from './html-blocks';
import { escapeHtml } from './html-escape';
import { contentWidthPx, reportCsp, reportStyle } from './html-style';
import { footerTemplate, headerTemplate } from './html-templates';
import type { PrintJob, ReportModel } from './model';

function headHtml(model: ReportModel, t: TFunction): string {
  const facts = [{ label: t('report:pdf.date'), value: formatDate(model.lang, model.today) }, ...model.filters]
    .map((f) => `<dt>${escapeHtml(f.label)}</dt><dd>${escapeHtml(f.value)}</dd>`)
    .join('');
  return (
    `<header class="report-head">` +
    // Decorative beside the organization's name; the mime type and base64 were checked when it was set.
    (model.logo ? `<img class="logo" alt="" src="data:${model.logo.mime};base64,${model.logo.base64}">` : '') +
    (model.organization ? `<p class="organization">${escapeHtml(model.organization)}</p>` : '') +
    `<h1>${escapeHtml(model.title)}</h1>` +
    `<dl class="head-facts" aria-label="${escapeHtml(t('report:pdf.filters'))}">${facts}</dl>` +
    `<p class="generated">${escapeHtml(t('report:pdf.generated', { time: formatDateTime(model.lang, model.generatedAt) }))}</p>` +
    `</header>`
  );
}

/**
 * The blocks in order. Consecutive facts blocks (short label/value lists) sit
 * side by side, which keeps the chapter card on one sheet.
 */
function blocksHtml(model: ReportModel, t: TFunction, width: number): string {
  const out: string[] = [];
  let facts: string[] = [];
  const flush = () => {
    if (facts.length > 1) out.push(`<div class="facts-row">${facts.join('\n')}</div>`);
    else out.push(...facts);
    facts = [];
  };
  model.blocks.forEach((block, i) => {
    const html = blockHtml(block, i, { lang: model.lang, t, width });
    if (block.type === 'facts') facts.push(html);
    else {
      flush();
      out.push(html);
    }
  });
  flush();
  return out.join('\n');
}

/** The complete document. `t` must be fixed to the report's language with 'report' as its namespace. */
export function renderReportHtml(model: ReportModel, t: TFunction): string {
  const style = reportStyle(model.landscape, model.compact === true);
  const width = contentWidthPx(model.landscape);
  const blocks = blocksHtml(model, t, width);
  return [
    '<!DOCTYPE html>',
    `<html lang="${model.lang === 'nb' ? 'nb' : 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${reportCsp(style)}">`,
    `<title>${escapeHtml(model.organization ? `${model.title} – ${model.organization}` : model.title)}</title>`,
    `<style>${style}</style>`,
    '</head>',
    '<body>',
    headHtml(model, t),
    '<main>',
    blocks,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export function buildPrintJob(model: ReportModel, t: TFunction): PrintJob {
  return {
    html: renderReportHtml(model, t),
    headerTemplate: headerTemplate(model),
    footerTemplate: footerTemplate(model, t),
    landscape: model.landscape,
  };
}

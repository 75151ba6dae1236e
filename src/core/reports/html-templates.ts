// Chromium's page header and footer. They are printed inside the page margins
// from separate little documents: the report's stylesheet does not reach them,
// and their default font size is too small to read, so each carries its own.
import type { TFunction } from 'i18next';
import { formatDate } from '../../shared/format';
import { escapeHtml } from './html-escape';
import { PAGE_MARGIN } from './html-style';
import type { ReportModel } from './model';

function template(body: string, extraCss: string): string {
  const css =
    `.bar { box-sizing: border-box; width: 100%; margin: 0 ${PAGE_MARGIN.right} 0 ${PAGE_MARGIN.left}; display: flex; justify-content: space-between; gap: 6mm; ` +
    `font-family: "Liberation Sans", "DejaVu Sans", Arial, Helvetica, sans-serif; font-size: 8pt; color: #3d3d3d; ` +
    `-webkit-print-color-adjust: exact; print-color-adjust: exact; } ${extraCss}`;
  return `<style>${css}</style><div class="bar">${body}</div>`;
}

/** Organization · report title, on every page (the title alone when the organization has no name). */
export function headerTemplate(model: ReportModel): string {
  const line = model.organization ? `${escapeHtml(model.organization)} · ${escapeHtml(model.title)}` : escapeHtml(model.title);
  return template(`<span>${line}</span>`, '.bar { padding-top: 7mm; }');
}

/** The report's date on the left, "Side X av Y" / "Page X of Y" on the right. */
export function footerTemplate(model: ReportModel, t: TFunction): string {
  // Chromium fills these two spans with the page number and the page count.
  const marks = { page: '\u0001PAGE\u0001', total: '\u0001TOTAL\u0001' };
  const pageOf = escapeHtml(t('report:pdf.pageOf', marks))
    .replace(marks.page, '<span class="pageNumber"></span>')
    .replace(marks.total, '<span class="totalPages"></span>');
  return template(`<span>${escapeHtml(formatDate(model.lang, model.today))}</span><span>${pageOf}</span>`, '.bar { padding-bottom: 6mm; align-items: flex-end; }');
}

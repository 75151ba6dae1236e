// The report's HTML on its own, before any printer sees it: a self-contained
// document under a strict CSP whose hash matches its one stylesheet, escaped
// text, repeating table headers, locale formatting and an accessible SVG chart.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CHART_PALETTE } from '../../../src/core/reports/html-chart';
import { formatCell } from '../../../src/core/reports/html-blocks';
import { contentWidthPx } from '../../../src/core/reports/html-style';
import type { ReportChart, ReportModel } from '../../../src/core/reports/model';
import { organizationName } from '../../../src/core/reports/build-context';
import { buildPrintJob } from '../../../src/core/reports/render-html';
import { headLines } from '../../../src/core/reports/sheet-blocks';
import { openTestCore } from '../../support/db';
import { reportT } from '../../../src/core/reports/translate';
import type { Lang } from '../../../src/shared/types';
import { sampleModel } from './sample-model';

const NBSP = '\u00a0';

async function job(model: ReportModel) {
  return buildPrintJob(model, await reportT(model.lang));
}

function only(html: string, pattern: RegExp): RegExpMatchArray {
  const found = [...html.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))];
  expect(found, String(pattern)).toHaveLength(1);
  return found[0] as RegExpMatchArray;
}

function section(html: string, heading: string): string {
  const start = html.indexOf(`>${heading}</h2>`);
  expect(start, heading).toBeGreaterThan(-1);
  const open = html.lastIndexOf('<section', start);
  return html.slice(open, html.indexOf('</section>', start) + '</section>'.length);
}

function chartModel(lang: Lang, chart: Partial<ReportChart>): ReportModel {
  const model = sampleModel(lang);
  const block = model.blocks[0];
  if (block?.type !== 'chart') throw new Error('sample model starts with its chart');
  return { ...model, blocks: [{ type: 'chart', chart: { ...block.chart, ...chart } }] };
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('report HTML document', () => {
  it('is one self-contained document whose CSP allows exactly its own stylesheet', async () => {
    const { html } = await job(sampleModel('nb'));
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="nb">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    const style = only(html, /<style>([\s\S]*?)<\/style>/)[1] as string;
    const csp = only(html, /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)[1] as string;
    const hash = createHash('sha256').update(style, 'utf8').digest('base64');
    expect(csp).toBe(`default-src 'none'; style-src 'sha256-${hash}'; img-src data:; base-uri 'none'; form-action 'none'`);
    // The policy comes before the stylesheet it governs.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
    const head = only(html, /<head>([\s\S]*?)<\/head>/)[1] as string;
    expect(only(head, /<title>([^<]*)<\/title>/)[1]).toBe('Nasjonal status – Norsk Testforbund');
    expect(html).not.toMatch(/<script|<link|<iframe|<object|<img|\sstyle=|\son[a-z]+=|url\(|@import/i);
    // Apart from the SVG namespace, the only URL is the sample's text cell: nothing to load.
    expect([...html.matchAll(/https?:\/\/[^\s"'<)&]+/g)].map((m) => m[0]).filter((u) => u !== 'http://www.w3.org/2000/svg')).toEqual(['http://x']);
  });

  it('sets A4 pages with margins, repeating table headers and rows that never split', async () => {
    const { html, landscape } = await job(sampleModel('nb'));
    expect(landscape).toBe(false);
    expect(html).toMatch(/@page \{ size: A4 portrait; margin: 20mm 14mm 18mm 14mm; \}/);
    expect(html).toMatch(/thead \{ display: table-header-group; \}/);
    // A tfoot would repeat on every page too; the totals row belongs only at the end.
    expect(html).toMatch(/tfoot \{ display: table-row-group; \}/);
    expect(html).toMatch(/tr \{ break-inside: avoid; page-break-inside: avoid; \}/);
    expect(html).toMatch(/\.num \{ text-align: right;/);
  });

  it('prints landscape pages and a wider chart for a landscape model', async () => {
    const model = { ...sampleModel('en'), landscape: true };
    const printJob = await job(model);
    expect(printJob.landscape).toBe(true);
    expect(printJob.html).toMatch(/@page \{ size: A4 landscape;/);
    expect(printJob.html).toContain(`viewBox="0 0 ${contentWidthPx(true)} `);
    expect(contentWidthPx(true)).toBeGreaterThan(contentWidthPx(false));
  });

  it('opens with the report head: organization, title, date, filters and when it was made (nb)', async () => {
    const { html } = await job(sampleModel('nb'));
    const head = only(html, /<header class="report-head">([\s\S]*?)<\/header>/)[1] as string;
    expect(head).toContain('<p class="organization">Norsk Testforbund</p>');
    expect(head).toContain('<h1>Nasjonal status</h1>');
    expect(head).toContain('<dl class="head-facts" aria-label="Utvalg">');
    expect(head).toContain('<dt>Dato</dt><dd>22. november 2026</dd>');
    expect(head).toContain('<dt>Periode</dt><dd>23.10.2026 – 22.11.2026</dd>');
    expect(head).toContain('<dt>Språk</dt><dd>Norsk bokmål</dd>');
    expect(head).toContain('<p class="generated">Laget 22. nov. 2026, 10:30</p>');
  });

  it('opens with the report head in English (en)', async () => {
    const { html } = await job(sampleModel('en'));
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    const head = only(html, /<header class="report-head">([\s\S]*?)<\/header>/)[1] as string;
    expect(head).toContain('<dl class="head-facts" aria-label="Filters">');
    expect(head).toContain('<dt>Date</dt><dd>22 November 2026</dd>');
    expect(head).toContain('<p class="generated">Generated 22 Nov 2026, 10:30</p>');
  });
});

describe('report HTML tables and facts', () => {
  it('writes a captioned table with column headers, row headers and locale-formatted cells (nb)', async () => {
    const { html } = await job(sampleModel('nb'));
    const table = section(html, 'Utrulling per region');
    expect(table).toContain('<caption><h2 id="block-2">Utrulling per region</h2><p class="note">Tall per i dag.</p></caption>');
    expect(only(table, /<thead>([\s\S]*?)<\/thead>/)[1]).toBe(
      '<tr><th scope="col">Region</th><th scope="col" class="num">Enheter</th><th scope="col" class="num">Andel i drift</th>' +
        '<th scope="col">Planlagt</th><th scope="col" class="num">Timer</th><th scope="col">Merknad</th></tr>',
    );
    const rows = [...(only(table, /<tbody>([\s\S]*?)<\/tbody>/)[1] as string).matchAll(/<tr>[\s\S]*?<\/tr>/g)].map((m) => m[0]);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toBe(
      `<tr><th scope="row">Østfold</th><td class="num">1${NBSP}200</td><td class="num">42,5${NBSP}%</td>` +
        '<td>15.01.2026</td><td class="num">2,5</td><td>=HYPERLINK(&quot;http://x&quot;)</td></tr>',
    );
    // A missing date is an en dash, not an empty cell or "null".
    expect(rows[1]).toContain('<td>–</td>');
    expect(only(table, /<tfoot>([\s\S]*?)<\/tfoot>/)[1]).toBe(
      `<tr class="totals"><th scope="row">Totalt</th><td class="num">3${NBSP}603</td><td class="num">50${NBSP}%</td><td>–</td><td class="num">–</td><td>–</td></tr>`,
    );
  });

  it('formats the same cells the English way (en)', async () => {
    const { html } = await job(sampleModel('en'));
    const table = section(html, 'Rollout by region');
    expect(table).toContain('<td class="num">1,200</td><td class="num">42.5%</td><td>15/01/2026</td><td class="num">2.5</td>');
    expect(table).toContain('<tr class="totals"><th scope="row">Total</th><td class="num">3,603</td><td class="num">50%</td>');
  });

  it('keeps a short table with its heading on one page, and lets a long one start at once', async () => {
    expect(section((await job(sampleModel('nb', 20))).html, 'Utrulling per region')).toMatch(/^<section class="block table-block">/);
    expect(section((await job(sampleModel('nb', 21))).html, 'Utrulling per region')).toMatch(/^<section class="block long-table">/);
  });

  it('sets facts blocks that follow each other side by side', async () => {
    const model = sampleModel('nb');
    const facts = model.blocks.find((b) => b.type === 'facts');
    if (!facts) throw new Error('sample model has facts');
    const { html } = await job({ ...model, blocks: [facts, facts] });
    expect(html).toMatch(/<div class="facts-row"><section class="block"[^>]*><h2[^>]*>Kontakter<\/h2>.*<\/section>\n<section class="block"[^>]*><h2[^>]*>Kontakter<\/h2>.*<\/section><\/div>/s);
    expect((await job(model)).html).not.toContain('<div class="facts-row">');
  });

  it('shows facts as a definition list and an empty table as its sentence, without a table', async () => {
    const { html } = await job(sampleModel('nb'));
    expect(section(html, 'Kontakter')).toContain(
      '<dl class="facts"><dt>Superbruker</dt><dd>Åse Ødegård, 400 00 000</dd><dt>Leverandør</dt><dd>+47 22 00 00 00</dd></dl>',
    );
    const empty = section(html, 'Ingen saker');
    expect(empty).toContain('<p class="empty">Ingen saker i perioden.</p>');
    expect(empty).not.toContain('<table');
  });

  it('escapes every text from the model, so a unit name cannot become markup', async () => {
    const evil = '<script>alert(1)</script>"><img src=x onerror=alert(2)>&amp;';
    const model = sampleModel('nb');
    model.title = evil;
    model.organization = evil;
    model.filters = [{ label: evil, value: evil }];
    for (const block of model.blocks) {
      if (block.type === 'table') {
        block.table.title = evil;
        block.table.caption = evil;
        block.table.columns[0] = { label: evil, kind: 'text' };
        block.table.rows[0]?.splice(0, 1, evil);
        if (block.table.emptyText !== undefined) block.table.emptyText = evil;
      } else if (block.type === 'chart') {
        block.chart.title = evil;
        block.chart.description = evil;
        block.chart.categories = [evil, 'Vestland'];
        block.chart.series[0] = { label: evil, values: [3, 1] };
      } else {
        block.facts.title = evil;
        block.facts.items = [{ label: evil, value: evil }];
      }
    }
    const printJob = await job(model);
    for (const text of [printJob.html, printJob.headerTemplate, printJob.footerTemplate]) {
      expect(text).not.toMatch(/<script|<img|&amp;(?!amp;|lt;|gt;|quot;|#39;)/);
    }
    expect(printJob.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt;&amp;amp;');
    expect(printJob.headerTemplate).toContain('&lt;script&gt;');
    // Titles, headings, cells, filters, facts, chart title, legend, bar label, tooltips: every place shows the text.
    expect(printJob.html.split('&lt;script&gt;').length - 1).toBeGreaterThanOrEqual(20);
  });
});

describe('report HTML chart', () => {
  it('draws a labelled SVG with a rect and a value label per segment, a legend and bar totals', async () => {
    const { html } = await job(sampleModel('nb'));
    const chart = section(html, 'Steg per region');
    expect(chart).toContain('<p class="note">Antall enheter per steg i hver region.</p>');
    const svg = only(chart, /<svg [\s\S]*?<\/svg>/)[0];
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" role="img" aria-labelledby="block-1-title" aria-describedby="block-1-desc" viewBox="0 0 \d+ \d+"/);
    expect(svg).toContain('<title id="block-1-title">Steg per region</title>');
    expect(svg).toContain('<desc id="block-1-desc">Antall enheter per steg i hver region.</desc>');
    expect(svg).not.toMatch(/\sstyle=/);

    // Legend: a swatch and a label per series, in series order and colours.
    const legend = only(svg, /<g class="chart-legend">([\s\S]*?)<\/g><g class="chart-bar">/)[1] as string;
    expect([...legend.matchAll(/fill="(#[0-9a-f]{6})"/g)].map((m) => m[1])).toEqual([CHART_PALETTE[0], CHART_PALETTE[1]]);
    expect([...legend.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1])).toEqual(['Forberedelse', 'I drift']);

    // Bars: Østfold 3 + 2 = 5, Vestland 1 + 5 = 6.
    const bars = [...svg.matchAll(/<g class="chart-bar">([\s\S]*?)<\/g>/g)].map((m) => m[1] as string);
    expect(bars).toHaveLength(2);
    const expected = [
      { name: 'Østfold', values: ['3', '2'], total: '5' },
      { name: 'Vestland', values: ['1', '5'], total: '6' },
    ];
    bars.forEach((bar, i) => {
      const want = expected[i] as (typeof expected)[number];
      const rects = [...bar.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)" height="\d+" fill="(#[0-9a-f]{6})"[^>]*><title>([^<]*)<\/title><\/rect>/g)];
      expect(rects.map((r) => r[3])).toEqual([CHART_PALETTE[0], CHART_PALETTE[1]]);
      expect(rects.map((r) => r[4])).toEqual([`${want.name}, Forberedelse: ${want.values[0]}`, `${want.name}, I drift: ${want.values[1]}`]);
      // Segments sit end to end, with widths in proportion to their values.
      const [a, b] = rects.map((r) => ({ x: Number(r[1]), w: Number(r[2]) })) as [{ x: number; w: number }, { x: number; w: number }];
      expect(b.x).toBeCloseTo(a.x + a.w, 0);
      expect(a.w / b.w).toBeCloseTo(Number(want.values[0]) / Number(want.values[1]), 1);
      expect([...bar.matchAll(/<text class="chart-value"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1])).toEqual(want.values);
      expect(bar).toMatch(new RegExp(`<text class="chart-text"[^>]*text-anchor="end">${want.name}</text>`));
      expect(bar).toMatch(new RegExp(`<title>${want.name}, totalt: ${want.total}</title>${want.total}</text>`));
    });
  });

  it('formats chart values for the locale and keeps a too narrow segment\'s value in its tooltip only', async () => {
    const { html } = await job(chartModel('en', { categories: ['Vestland'], series: [{ label: 'Live', values: [12_500] }, { label: 'Late', values: [1] }] }));
    const svg = only(html, /<svg [\s\S]*?<\/svg>/)[0];
    expect([...svg.matchAll(/<text class="chart-value"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1])).toEqual(['12,500']);
    expect(svg).toContain('<title>Vestland, Late: 1</title>');
    expect(svg).toContain('<title>Vestland, total: 12,501</title>12,501</text>');
  });

  it('skips empty segments and draws zero bars without dividing by zero', async () => {
    const { html } = await job(chartModel('nb', { categories: ['Østfold', 'Vestland'], series: [{ label: 'A', values: [0, 0] }, { label: 'B', values: [2, 0] }] }));
    const svg = only(html, /<svg [\s\S]*?<\/svg>/)[0];
    expect(svg).not.toMatch(/NaN|Infinity/);
    expect(svg.match(/<rect [^>]*><title>/g)).toHaveLength(1);
    expect(svg).toContain('<title>Vestland, totalt: 0</title>0</text>');
  });

  it('uses colours that keep white value labels readable and stand out from the white page', () => {
    for (const colour of CHART_PALETTE) {
      const contrast = (1 + 0.05) / (luminance(colour) + 0.05);
      expect({ colour, ok: contrast >= 4.5 }).toEqual({ colour, ok: true });
    }
    expect(new Set(CHART_PALETTE).size).toBe(CHART_PALETTE.length);
  });
});

describe('page header and footer templates', () => {
  it('prints organization · title on top and the date with "Side X av Y" below (nb)', async () => {
    const { headerTemplate, footerTemplate } = await job(sampleModel('nb'));
    expect(headerTemplate).toContain('<span>Norsk Testforbund · Nasjonal status</span>');
    expect(footerTemplate).toContain('<span>22. november 2026</span>');
    expect(footerTemplate).toContain('<span>Side <span class="pageNumber"></span> av <span class="totalPages"></span></span>');
    // Chromium renders the templates apart from the document, at a tiny default size unless told otherwise.
    for (const template of [headerTemplate, footerTemplate]) expect(template).toMatch(/<style>[^<]*font-size: 8pt;[^<]*<\/style>/);
  });

  it('writes hours as people do, "4 t" and "1,5 t", not "4,0"', () => {
    expect(formatCell('nb', 'hours', 4)).toBe('4\u00a0t');
    expect(formatCell('nb', 'hours', 1.5)).toBe('1,5\u00a0t');
    expect(formatCell('en', 'hours', 48)).toBe('48\u00a0h');
    expect(formatCell('nb', 'hours', null)).toBe('–');
  });

  it('leaves the organization out, not calling it «Forankring», when it has no name', async () => {
    const core = await openTestCore();
    expect(await organizationName(core.ds.manager)).toBe('');
    const model = { ...sampleModel('nb'), organization: '' };
    const printed = await job(model);
    expect(printed.html).not.toContain('class="organization"');
    expect(printed.html).toContain('<title>Nasjonal status</title>');
    expect(printed.headerTemplate).toContain('<span>Nasjonal status</span>');
    expect(printed.html + printed.headerTemplate).not.toContain('Forankring');
    expect(headLines(model, await reportT('nb')).map((l) => l.label)).not.toContain('Organisasjon');
    expect(headLines(sampleModel('nb'), await reportT('nb'))).toContainEqual({ label: 'Organisasjon', value: 'Norsk Testforbund', kind: 'text' });
  });

  it('says "Page X of Y" in English (en)', async () => {
    const { footerTemplate } = await job(sampleModel('en'));
    expect(footerTemplate).toContain('<span>22 November 2026</span>');
    expect(footerTemplate).toContain('<span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span>');
  });
});

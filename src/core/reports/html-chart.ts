// A stacked horizontal bar chart as inline SVG: vector graphics in the PDF,
// text that pdftotext and screen readers can read, and nothing the report's
// CSP forbids (presentation attributes and classes only, no style attributes).
import type { TFunction } from 'i18next';
import { formatNumber } from '../../shared/format';
import type { Lang } from '../../shared/types';
import { escapeHtml } from './html-escape';
import type { ReportChart } from './model';

/**
 * Segment colours. Each has at least 4.5:1 contrast with white, so the white
 * value labels inside are readable and each segment stands out from the white
 * page (WCAG 1.4.3 and 1.4.11); neighbours differ in hue and a white gap
 * separates them, so adjacent segments are told apart without colour alone
 * mattering (the legend order matches the segment order).
 */
export const CHART_PALETTE = ['#1f4e79', '#ad5700', '#2e7d32', '#8e24aa', '#c62828', '#0b7285', '#6d4c41', '#37474f'] as const;

const FONT_PX = 11;
const VALUE_FONT_PX = 10;
/** A generous average glyph width for the sans fonts the report uses; layout only needs an estimate. */
const CHAR_PX = 0.6;
const ROW_PX = 24;
const BAR_PX = 16;
const GAP_PX = 8;
const SWATCH_PX = 10;
const LEGEND_ROW_PX = 18;
const MAX_LABEL_CHARS = 40;

/** A series' own colour (a plain hex value, nothing else reaches the markup) or the palette's at its position. */
function seriesColour(chart: ReportChart, index: number): string {
  const own = chart.series[index]?.colour;
  return own !== undefined && /^#[0-9a-f]{6}$/i.test(own) ? own : (CHART_PALETTE[index % CHART_PALETTE.length] as string);
}

function textWidth(text: string, fontPx: number): number {
  return Math.ceil(text.length * fontPx * CHAR_PX);
}

function round(n: number): string {
  return String(Math.round(n * 10) / 10);
}

function clip(text: string): string {
  return text.length > MAX_LABEL_CHARS ? `${text.slice(0, MAX_LABEL_CHARS - 1)}…` : text;
}

interface Placed {
  x: number;
  y: number;
  index: number;
  label: string;
}

/** Legend items left to right, wrapping to a new line when the width runs out. */
function layoutLegend(labels: string[], width: number): { items: Placed[]; height: number } {
  const items: Placed[] = [];
  let x = 0;
  let y = 0;
  labels.forEach((label, index) => {
    const itemWidth = SWATCH_PX + 4 + textWidth(label, FONT_PX) + 16;
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      y += LEGEND_ROW_PX;
    }
    items.push({ x, y, index, label });
    x += itemWidth;
  });
  return { items, height: labels.length === 0 ? 0 : y + LEGEND_ROW_PX };
}

export interface ChartIds {
  title: string;
  desc: string;
}

/** The chart as an <svg> element sized for a printable width in CSS pixels. */
export function renderChartSvg(chart: ReportChart, opts: { lang: Lang; t: TFunction; width: number; ids: ChartIds }): string {
  const { lang, t, width, ids } = opts;
  const totals = chart.categories.map((_, c) => chart.series.reduce((sum, s) => sum + Math.max(0, s.values[c] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const labels = chart.categories.map(clip);
  const labelWidth = Math.min(Math.floor(width * 0.35), Math.max(40, ...labels.map((l) => textWidth(l, FONT_PX)))) + GAP_PX;
  const totalWidth = Math.max(24, ...totals.map((n) => textWidth(formatNumber(lang, n), FONT_PX))) + GAP_PX;
  const barWidth = Math.max(40, width - labelWidth - totalWidth);
  const legend = layoutLegend(chart.series.map((s) => s.label), width);
  const top = legend.height + (legend.height > 0 ? GAP_PX : 0);
  const height = top + chart.categories.length * ROW_PX + 2;

  const parts: string[] = [];
  parts.push(`<title id="${ids.title}">${escapeHtml(chart.title)}</title>`);
  parts.push(`<desc id="${ids.desc}">${escapeHtml(chart.description)}</desc>`);

  // role="img" makes the drawing one image to assistive technology: the title and description speak for it.
  parts.push('<g class="chart-legend">');
  for (const item of legend.items) {
    const colour = seriesColour(chart, item.index);
    parts.push(
      `<g><rect x="${item.x}" y="${item.y + 2}" width="${SWATCH_PX}" height="${SWATCH_PX}" fill="${colour}"/>` +
        `<text class="chart-text" x="${item.x + SWATCH_PX + 4}" y="${item.y + 11}">${escapeHtml(item.label)}</text></g>`,
    );
  }
  parts.push('</g>');

  chart.categories.forEach((category, c) => {
    const y = top + c * ROW_PX;
    const barY = y + (ROW_PX - BAR_PX) / 2;
    const textY = y + ROW_PX / 2 + 4;
    parts.push(`<g class="chart-bar">`);
    parts.push(`<text class="chart-text" x="${labelWidth - GAP_PX}" y="${textY}" text-anchor="end">${escapeHtml(labels[c] as string)}</text>`);
    let x = labelWidth;
    chart.series.forEach((series, s) => {
      const value = Math.max(0, series.values[c] ?? 0);
      if (value === 0) return;
      const w = (value / max) * barWidth;
      const shown = formatNumber(lang, value);
      const colour = seriesColour(chart, s);
      const tip = t('report:pdf.segment', { category, series: series.label, value: shown });
      parts.push(
        `<rect x="${round(x)}" y="${barY}" width="${round(w)}" height="${BAR_PX}" fill="${colour}" stroke="#ffffff" stroke-width="1"><title>${escapeHtml(tip)}</title></rect>`,
      );
      // The value goes inside its segment only where it fits; the tooltip title and the total still carry it.
      if (textWidth(shown, VALUE_FONT_PX) + 4 <= w) {
        parts.push(`<text class="chart-value" x="${round(x + w / 2)}" y="${textY - 0.5}" text-anchor="middle">${escapeHtml(shown)}</text>`);
      }
      x += w;
    });
    const total = formatNumber(lang, totals[c] as number);
    parts.push(
      `<text class="chart-text" x="${round(x + 4)}" y="${textY}"><title>${escapeHtml(t('report:pdf.barTotal', { category, value: total }))}</title>${escapeHtml(total)}</text>`,
    );
    parts.push('</g>');
  });
  parts.push(`<line class="chart-axis" x1="${labelWidth}" y1="${top}" x2="${labelWidth}" y2="${height - 1}"/>`);

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${ids.title}" aria-describedby="${ids.desc}" ` +
    `viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${parts.join('')}</svg>`
  );
}

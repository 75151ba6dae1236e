// The HTML the host writes itself: the renderer's index.html with the token
// injected, and short nb + en pages for refusals (the language is not known yet).
import type { TFunction } from 'i18next';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Adds the token meta tag at the end of <head> (after the charset), where the renderer's HTTP transport reads it. */
export function injectToken(indexHtml: string, token: string): string {
  return injectMeta(indexHtml, 'forankring-token', token);
}

export function injectMeta(indexHtml: string, name: string, content: string): string {
  const meta = `<meta name="${escapeHtml(name)}" content="${escapeHtml(content)}">`;
  const close = indexHtml.search(/<\/head>/i);
  if (close >= 0) return `${indexHtml.slice(0, close)}  ${meta}\n  ${indexHtml.slice(close)}`;
  const head = /<head(\s[^>]*)?>/i.exec(indexHtml);
  if (!head) return `${meta}${indexHtml}`;
  const at = head.index + head[0].length;
  return `${indexHtml.slice(0, at)}${meta}${indexHtml.slice(at)}`;
}

export interface PageTexts {
  nb: TFunction;
  en: TFunction;
}

/** A bilingual page for a refusal; the keys are cli:host.* keys. */
export function messagePage(texts: PageTexts, titleKey: string, bodyKey: string): string {
  const section = (lang: 'nb' | 'en', t: TFunction) =>
    `<section lang="${lang}"><h1>${escapeHtml(t(titleKey))}</h1><p>${escapeHtml(t(bodyKey))}</p></section>`;
  return [
    '<!doctype html>',
    '<html lang="nb">',
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(texts.nb(titleKey))}</title></head>`,
    `<body><main>${section('nb', texts.nb)}${section('en', texts.en)}</main></body>`,
    '</html>',
  ].join('\n');
}

/** A short bilingual plain-text line, for refusals of non-page requests. */
export function messageText(texts: PageTexts, key: string): string {
  return `${texts.nb(key)}\n${texts.en(key)}\n`;
}

// Maps a request path to a file of the built renderer, refusing anything that
// could step outside the renderer folder.
import { realpathSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { CONTENT_TYPES } from '../shared/web-security';


export type PathVerdict =
  | { kind: 'bad' }
  | { kind: 'file'; path: string; contentType: string }
  | { kind: 'missing' }
  /** Not a file: the single-page app answers (index.html). */
  | { kind: 'page' };

/** The decoded path segments, or null when the path is malformed or tries to climb. */
export function safeSegments(rawPath: string): string[] | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  // Backslashes, NUL and empty segments have no place in a renderer path.
  if (!decoded.startsWith('/') || /[\\\0]|\/\//.test(decoded)) return null;
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '.' || s === '..')) return null;
  return segments;
}

/**
 * The renderer is built with relative asset URLs (base './'), so a page at a
 * deeper path asks for e.g. /units/assets/x.js: anything from the last
 * "assets" segment on is the asset.
 */
export function resolveStatic(rendererDir: string, rawPath: string): PathVerdict {
  const segments = safeSegments(rawPath);
  if (segments === null) return { kind: 'bad' };
  const assetAt = segments.lastIndexOf('assets');
  const rel = assetAt >= 0 ? segments.slice(assetAt) : segments;
  const isAsset = assetAt >= 0;
  const last = rel[rel.length - 1];
  if (last === undefined || last === 'index.html') return { kind: 'page' };
  const contentType = CONTENT_TYPES[extname(last).toLowerCase()];

  const root = resolve(rendererDir);
  const candidate = resolve(root, join(...rel));
  if (!candidate.startsWith(root + sep)) return { kind: 'bad' };
  try {
    // realpath catches a symlink that points out of the renderer folder.
    const real = realpathSync(candidate);
    if (!real.startsWith(realpathSync(root) + sep) || !statSync(real).isFile()) return isAsset ? { kind: 'missing' } : { kind: 'page' };
    if (contentType === undefined) return { kind: 'missing' };
    return { kind: 'file', path: real, contentType };
  } catch {
    // A missing asset is a 404; a missing path without an extension is an app route.
    return isAsset || extname(last) !== '' ? { kind: 'missing' } : { kind: 'page' };
  }
}

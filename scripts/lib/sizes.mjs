// What a browser loads to show a page of dist/, and how much of it is JavaScript: shared by
// `npm run bench` and the budget tests.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gzipBytes = (data) => gzipSync(data, { level: 9 }).length;

/**
 * A page and the files it loads (classic scripts with src; the site inlines its styles, and
 * charts are inline SVG), raw and gzip; and the bytes of its inline and loaded JavaScript.
 * @param {string} dist
 * @param {string} path a page's path from dist/
 */
export function pageWeight(dist, path) {
  const html = readFileSync(join(dist, path));
  const text = html.toString('utf8');
  const loaded = [...text.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => readFileSync(join(dist, dirname(path), m[1])));
  const inlineScripts = [...text.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => Buffer.from(m[1]));
  const files = [html, ...loaded];
  const scripts = [...loaded, ...inlineScripts];
  return {
    raw: files.reduce((sum, file) => sum + file.length, 0),
    gzip: files.reduce((sum, file) => sum + gzipBytes(file), 0),
    jsRaw: scripts.reduce((sum, file) => sum + file.length, 0),
    jsGzip: scripts.reduce((sum, file) => sum + gzipBytes(file), 0),
  };
}

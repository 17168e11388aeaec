// What a browser loads to show a page of dist/, and how much of it is JavaScript: shared by
// `npm run bench` and the budget tests.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gzipBytes = (data: string | Uint8Array): number => gzipSync(data, { level: 9 }).length;

export interface PageWeight {
  raw: number;
  gzip: number;
  jsRaw: number;
  jsGzip: number;
}

/**
 * A page and the files it loads (classic scripts with src; the site inlines its styles, and
 * charts are inline SVG), raw and gzip; and the bytes of its inline and loaded JavaScript.
 */
export function pageWeight(dist: string, path: string): PageWeight {
  const html = readFileSync(join(dist, path));
  const text = html.toString('utf8');
  const loaded = [...text.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => readFileSync(join(dist, dirname(path), m[1]!)));
  const inlineScripts = [...text.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => Buffer.from(m[1]!));
  const files = [html, ...loaded];
  const scripts = [...loaded, ...inlineScripts];
  const sum = (list: Buffer[], size: (file: Buffer) => number) => list.reduce((total, file) => total + size(file), 0);
  return {
    raw: sum(files, (file) => file.length),
    gzip: sum(files, gzipBytes),
    jsRaw: sum(scripts, (file) => file.length),
    jsGzip: sum(scripts, gzipBytes),
  };
}

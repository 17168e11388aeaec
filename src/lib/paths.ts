/**
 * Relative links between the site's files. Every page has a path from the site's root, such as
 * `en/definition.html` or `index.html` (never a folder, never a leading `/`), and a link from one
 * page to another is written relative to the first, so the site works from any web folder and
 * from disk (file://), where `/…` would mean the root of the drive.
 */
import { posix } from 'node:path';

function checkPagePath(pagePath: string): void {
  if (pagePath.startsWith('/') || pagePath.endsWith('/') || pagePath === '') {
    throw new Error(`A page path names a file from the site's root, like "en/index.html": got "${pagePath}"`);
  }
}

/**
 * The href that leads from the page at `from` to the file at `to` (both from the site's root);
 * `to` may end with a `#fragment`.
 *
 *   relativeHref('en/index.html', 'en/definition.html') === 'definition.html'
 *   relativeHref('en/index.html', 'index.html')         === '../index.html'
 */
export function relativeHref(from: string, to: string): string {
  const hashAt = to.indexOf('#');
  const target = hashAt === -1 ? to : to.slice(0, hashAt);
  const fragment = hashAt === -1 ? '' : to.slice(hashAt);
  checkPagePath(from);
  checkPagePath(target);
  return posix.relative(posix.dirname(from), target) + fragment;
}

/**
 * The page's path from the site's root, from the URL the build renders it at: `/en/definition.html`
 * is `en/definition.html`, and a folder's page (`/en/`, `/`) is its `index.html`.
 */
export function pagePathOf(pathname: string): string {
  const path = decodeURIComponent(pathname).replace(/^\/+/, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

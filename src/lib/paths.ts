/**
 * Relative links between the site's files. Every page has a path from the site's root, such as
 * `en/definition.html` or `index.html` (never a folder, never a leading `/`), and a link from one
 * page to another is written relative to the first, so the site works from any web folder and
 * from disk (file://), where `/…` would mean the root of the drive.
 */

function splitPagePath(pagePath: string): string[] {
  if (pagePath.startsWith('/') || pagePath.endsWith('/') || pagePath === '') {
    throw new Error(`A page path names a file from the site's root, like "en/index.html": got "${pagePath}"`);
  }
  return pagePath.split('/');
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
  const fromDirs = splitPagePath(from).slice(0, -1);
  const toParts = splitPagePath(target);
  const toDirs = toParts.slice(0, -1);
  let shared = 0;
  while (shared < fromDirs.length && shared < toDirs.length && fromDirs[shared] === toDirs[shared]) {
    shared += 1;
  }
  const up = fromDirs.slice(shared).map(() => '..');
  return [...up, ...toParts.slice(shared)].join('/') + fragment;
}

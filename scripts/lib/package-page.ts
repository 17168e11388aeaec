// A page of the kit as an offline library holds it (Kiwix, Kolibri, a learning platform): only the
// pages the package holds can be linked to, and there is no way out to the web, so Quick exit goes
// to the package's own neutral page. Pure: the HTML in, the HTML out.
import { posix } from 'node:path';
import { relativeHref } from '../../src/lib/paths.ts';

export interface PackagePageOptions {
  /** The page's path inside the package (`ru/index.html`). */
  path: string;
  /** Whether the package holds the file at this path (from the package's root). */
  holds: (path: string) => boolean;
  /** Where Quick exit goes, from the package's root (`ru/notes.html`). */
  exit: string;
}

/**
 * The page with Quick exit sent to the package's neutral page (and no neutral web site, which the
 * script would choose over http: Kolibri and kiwix-serve serve pages over http), and every link to
 * a file the package does not hold made plain text (its words stay; a link that leads nowhere goes).
 */
export function packagePage(html: string, { path, holds, exit }: PackagePageOptions): string {
  return html
    .replace(/<a\b[^>]*\bdata-quick-exit\b[^>]*>/g, (tag) =>
      tag.replace(/\sdata-neutral-web(-[a-z]+)?="[^"]*"/g, '').replace(/\shref="[^"]*"/, ` href="${relativeHref(path, exit)}"`),
    )
    .replace(/<a\b([^>]*?)\shref="([^"#][^"]*?)"([^>]*)>/g, (tag, before: string, href: string, after: string) => {
      if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return /^(tel|about):/i.test(href) ? tag : `<a${before}${after}>`;
      const target = posix.normalize(posix.join(posix.dirname(path), href.split('#')[0]!));
      return holds(target) ? tag : `<a${before}${after}>`;
    });
}

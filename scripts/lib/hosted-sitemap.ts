// The hosted site's sitemap (@astrojs/sitemap), with each address as the site serves it: the
// kit's pages are files (`en/basics.html`, `en/index.html`), under the site's folder
// (content/settings/kit.yaml's siteAddress, which may be `https://example.org/kit/`). The
// integration names pages as Astro's routes (`https://example.org/en/basics`), from the host's
// root.

/** A page's address in the sitemap: `https://example.org/en/basics` → `<site>en/basics.html`. */
export function hostedPageAddress(routeAddress: string, siteAddress: string): string {
  const path = new URL(routeAddress).pathname.replace(/^\/+|\/+$/g, '');
  // A language's folder (`en`) is its index.html; the languages' chooser is the site's own.
  const file = path === '' ? 'index.html' : /^[a-z]{2,3}(-[a-z0-9]+)?$/i.test(path) ? `${path}/index.html` : `${path}.html`;
  return new URL(file, siteAddress).href;
}

/** The sitemap index, its sitemaps named under the site's folder. */
export function hostedSitemapIndex(xml: string, siteAddress: string): string {
  return xml.replace(/<loc>[^<]*?\/(sitemap-[0-9]+\.xml)<\/loc>/g, (_whole, file: string) => `<loc>${new URL(file, siteAddress).href}</loc>`);
}

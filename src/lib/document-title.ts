/** A document's title: the page's neutral name, then the site's, where the two fit in 70 characters. */
export function documentTitle(page: string, site: string): string {
  if (page === site) return page;
  const combined = `${page} · ${site}`;
  return combined.length > 70 ? page : combined;
}

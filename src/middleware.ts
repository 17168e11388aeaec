// Once per page, before it renders: what its components need to know about it (see
// src/lib/page-context.ts), as `Astro.locals`. The build renders every page through this.
import { defineMiddleware } from 'astro:middleware';
import { getSite } from './data/site';
import { pageContext } from './lib/page-context';

export const onRequest = defineMiddleware(async (context, next) => {
  const site = await getSite();
  const sourceNames = Object.fromEntries(Object.entries(site.locales).map(([locale, content]) => [locale, content.sourceNames]));
  Object.assign(context.locals, pageContext(context.url.pathname, context.params.locale, { sourceNames, quickExit: site.settings.quickExit }));
  return next();
});

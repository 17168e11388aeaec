// Once per page, before it renders: what its components need to know about it (see
// src/lib/page-context.ts), as `Astro.locals`. The build renders every page through this.
import { defineMiddleware } from 'astro:middleware';
import { pageContext } from './lib/page-context';

export const onRequest = defineMiddleware((context, next) => {
  Object.assign(context.locals, pageContext(context.url.pathname, context.params.locale));
  return next();
});

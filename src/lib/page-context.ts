/**
 * What every page and component knows about the page being built, set once per page by
 * src/middleware.ts and read as `Astro.locals`: its language and interface strings, its path,
 * and how it links to other files. Components take them from there, not through their props.
 */
import { dictionaries, SOURCE_LOCALE, translator, type Translate } from './i18n';
import { pagePathOf, relativeHref } from './paths';
import { routes } from './routes';

export interface PageContext {
  /** The page's language: a site locale (the source locale on pages of no one language). */
  locale: string;
  /** Its interface strings. */
  t: Translate;
  /** The writing direction of its language, from the dictionary. */
  dir: 'ltr' | 'rtl';
  /** The locale `Intl` writes its dates and numbers with (`en` → `en-GB`). */
  intlLocale: string;
  /** The page's path from the site's root: `en/definition.html`. */
  here: string;
  /**
   * A file that opens alone (a single-file deck or reader edition): it links to no other file,
   * only within itself.
   */
  standalone: boolean;
  /** The href from this page to another file of the site (a path from the root, with any #fragment). */
  href: (to: string) => string;
}

export function pageContext(pathname: string, localeParam: string | undefined): PageContext {
  const locale = localeParam ?? SOURCE_LOCALE;
  const strings = dictionaries[locale];
  if (!strings) throw new Error(`No interface strings for locale "${locale}" (src/i18n/${locale}.ts)`);
  if (strings.dir !== 'ltr' && strings.dir !== 'rtl') throw new Error(`src/i18n/${locale}.ts: dir: must be "ltr" or "rtl"`);
  const here = pagePathOf(pathname);
  return {
    locale,
    t: translator(locale),
    dir: strings.dir,
    intlLocale: strings.intlLocale,
    here,
    standalone: routes.opensAlone(here),
    href: (to) => relativeHref(here, to),
  };
}

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
  /** Its BCP 47 tag, for `lang` (`uz-cyrl` → `uz-Cyrl`). */
  lang: string;
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
  /**
   * A link to a page of the site (a path from the root), or to one of its ids: in a file that
   * opens alone, which holds the pages as sections named after their files (`#contacts`), a link
   * within the file.
   */
  link: (to: string, fragment?: string) => string;
  /** The name of each source the kit names, in the page's language (content/sources/). */
  sourceNames: Readonly<Record<string, string>>;
  /** Where Quick exit goes on the hosted site, in the page's language (content/settings/kit.yaml). */
  quickExitWeb: string;
}

/** What the page context takes from the site's content, per locale. */
export interface SiteWords {
  sourceNames: Readonly<Record<string, Readonly<Record<string, string>>>>;
  quickExit: Readonly<Record<string, string>>;
}

/** The id of a page's section in a file that opens alone: its file's name (`en/contacts.html` → `contacts`). */
export const sectionOf = (path: string): string => path.slice(path.lastIndexOf('/') + 1).replace(/\.html$/, '');

export function pageContext(pathname: string, localeParam: string | undefined, site: SiteWords): PageContext {
  const locale = localeParam ?? SOURCE_LOCALE;
  const strings = dictionaries[locale];
  if (!strings) throw new Error(`No interface strings for locale "${locale}" (src/i18n/${locale}.ts)`);
  if (strings.dir !== 'ltr' && strings.dir !== 'rtl') throw new Error(`src/i18n/${locale}.ts: dir: must be "ltr" or "rtl"`);
  const here = pagePathOf(pathname);
  return {
    locale,
    lang: strings.langTag,
    t: translator(locale),
    dir: strings.dir,
    intlLocale: strings.intlLocale,
    here,
    standalone: routes.opensAlone(here),
    href: (to) => relativeHref(here, to),
    link: (to, fragment) => (routes.opensAlone(here) ? `#${fragment ?? sectionOf(to)}` : relativeHref(here, fragment ? `${to}#${fragment}` : to)),
    sourceNames: site.sourceNames[locale] ?? {},
    quickExitWeb: site.quickExit[locale] ?? '',
  };
}

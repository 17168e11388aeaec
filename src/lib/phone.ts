/**
 * A help line's number as a link: it dials exactly the digits the page shows, with the leading
 * `+` where the source prints one ("+7 (495) 967 98 44" → `tel:+74959679844`); the spaces,
 * hyphens and parentheses are only for reading.
 */
export function telHref(number: string): string {
  const plus = number.trimStart().startsWith('+') ? '+' : '';
  return `tel:${plus}${number.replace(/\D/g, '')}`;
}

/** The number as shown: spaces and hyphens that do not break, so a number is never split across lines. */
export function unbreakable(number: string): string {
  return number.replace(/ /g, '\u00a0').replace(/-/g, '\u2011');
}

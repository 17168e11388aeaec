/**
 * Where "Quick exit" goes: the one place to change it.
 * - Over http(s): a neutral public site. GOV.UK's "Exit this page" sends people to BBC Weather
 *   (../shared/facts/sources.md §5); a deploying organisation may choose one more common where
 *   its readers live.
 * - From disk (file://), or with no JavaScript: the kit's own neutral page, so leaving never
 *   needs a network and loads nothing from another host.
 */
export const NEUTRAL_WEB_PAGE = 'https://www.bbc.com/weather';

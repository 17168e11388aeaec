/**
 * The words the charts need, in a locale: the bridge between the interface strings and the pure
 * layout functions (which take their words as arguments).
 */
import { formatCalendarDate } from './calendar-date';
import { formatCount, intlLocale, translator, uiStrings } from './i18n';
import type { MatrixText } from './treaty-matrix';
import type { VictimsChartText } from './victims-chart';

export function matrixText(locale: string): MatrixText {
  const t = translator(locale);
  return {
    country: (country) => t(`country.${country}`),
    state: (kind, column) => {
      if (column === 'signature') return t(kind === 'signed' ? 'matrix.signature.signed' : 'matrix.signature.none');
      if (column === 'ratification')
        return t(kind === 'ratified' ? 'matrix.ratification.ratified' : kind === 'acceded' ? 'matrix.ratification.acceded' : 'matrix.ratification.none');
      return t(`matrix.combined.${kind}`);
    },
    signature: t('signature'),
    ratification: t('ratification'),
    // Abbreviated months only where the language writes them so (not Russian).
    date: (iso) => formatCalendarDate(iso, intlLocale(locale), uiStrings(locale).chartMonth === 'long' ? 'long' : 'short'),
    dated: (act, date) => t(`matrix.dated.${act}`, { date }),
    no: t('act.no'),
    noSignatureAcceded: t('act.noSignatureAcceded'),
  };
}

export function victimsChartText(locale: string): VictimsChartText & { inYear: (count: string, year: number) => string; noDataFor: (year: number) => string } {
  const t = translator(locale);
  return {
    country: (country) => t(`country.${country}`),
    count: (value) => formatCount(value, locale),
    noData: t('victims.noData'),
    inYear: (count, year) => t('chart.inYear', { count, year }),
    noDataFor: (year) => t('chart.noDataFor', { year }),
  };
}

/** Joins items as the language does: "A, B and C". */
export function listInWords(locale: string): (items: string[]) => string {
  const format = new Intl.ListFormat(intlLocale(locale), { style: 'long', type: 'conjunction' });
  return (items) => format.format(items);
}

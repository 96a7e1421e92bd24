import type { Precision } from '../../core/bundle-schema.ts';
import type { Calendar, Digits } from '../state/settings-store.ts';

export interface DisplayPrefs {
  language: string;
  digits: Digits;
  calendar: Calendar;
}

const cache = new Map<string, Intl.DateTimeFormat>();

const OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  year: { year: 'numeric' },
};

function locale(prefs: Pick<DisplayPrefs, 'language' | 'digits'>, calendar: Calendar): string {
  return `${prefs.language === 'ar' ? 'ar' : 'en-GB'}-u-ca-${calendar}-nu-${prefs.digits}`;
}

function formatter(prefs: DisplayPrefs, calendar: Calendar, precision: Precision): Intl.DateTimeFormat {
  const key = `${locale(prefs, calendar)}|${precision}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale(prefs, calendar), { ...OPTIONS[precision], timeZone: 'UTC' });
    cache.set(key, f);
  }
  return f;
}

function toDate(value: string, endOfPeriod = false): Date {
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined) return new Date(Date.UTC(y!, endOfPeriod ? 11 : 0, endOfPeriod ? 31 : 1));
  if (d === undefined) return new Date(Date.UTC(y!, endOfPeriod ? m : m - 1, endOfPeriod ? 0 : 1));
  return new Date(Date.UTC(y!, m - 1, d));
}

/**
 * A date at the precision that is known ("20 أبريل 2023", "نوفمبر 2023", "2023"), in Gregorian; with the Hijri
 * (Umm al-Qura) setting the Hijri date is shown beside it. A month spans two Hijri months, so both are named.
 */
export function formatPartialDate(value: string, precision: Precision, prefs: DisplayPrefs): string {
  const gregorian = formatter(prefs, 'gregory', precision).format(toDate(value));
  if (prefs.calendar !== 'islamic-umalqura' || precision === 'year') return gregorian;
  const hijriPrecision = precision === 'day' ? 'day' : 'month';
  const first = formatter(prefs, 'islamic-umalqura', hijriPrecision).format(toDate(value));
  const last = precision === 'month' ? formatter(prefs, 'islamic-umalqura', 'month').format(toDate(value, true)) : first;
  return `${gregorian} (${first === last ? first : `${first} – ${last}`})`;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A count in the UI's digits. The formatter is made once per locale: a page shows hundreds of counts (timeline bars,
 * entity pickers), and a new Intl.NumberFormat for each was the costliest function of the home page's first render
 * (370 ms of main-thread time under Lighthouse's 4× CPU slowdown).
 */
export function formatNumber(n: number, prefs: Pick<DisplayPrefs, 'language' | 'digits'>): string {
  const locale = `${prefs.language === 'ar' ? 'ar' : 'en-GB'}-u-nu-${prefs.digits}`;
  let format = numberFormats.get(locale);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(locale, format);
  }
  return format.format(n);
}

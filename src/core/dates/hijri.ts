/**
 * Hijri (Islamic) dates to Gregorian, on the Umm al-Qura calendar: the official calendar of Saudi Arabia and
 * the one Arabic news sites print next to "هـ". Conversion asks Intl (ICU ships `islamic-umalqura`, in Node and in
 * every current browser) which Gregorian day carries the wanted Hijri parts, searching a few days around the
 * arithmetic (tabular) estimate. Month starts are cached, so each Hijri month costs at most one search.
 */

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;
/** The tabular estimate is within two days of Umm al-Qura for 1300–1600 AH; search a little wider. */
const SEARCH_RADIUS_DAYS = 4;
/** Umm al-Qura tables in ICU cover 1300–1600 AH; outside it ICU itself falls back to arithmetic. */
const HIJRI_MIN_YEAR = 1;
const HIJRI_MAX_YEAR = 1700;

/** Built on first use: loading ICU's calendar data costs tens of milliseconds, and most articles have no Hijri date. */
let umalquraFormatter: Intl.DateTimeFormat | null | undefined;

function umalqura(): Intl.DateTimeFormat | null {
  if (umalquraFormatter === undefined) umalquraFormatter = makeFormatter();
  return umalquraFormatter;
}

function makeFormatter(): Intl.DateTimeFormat | null {
  try {
    const format = new Intl.DateTimeFormat('en-US-u-ca-islamic-umalqura-nu-latn', {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    return format.resolvedOptions().calendar === 'islamic-umalqura' ? format : null;
  } catch {
    return null;
  }
}

/** Days since 1970-01-01 of the tabular (islamic-civil) date: exact for that calendar, an estimate for Umm al-Qura. */
function tabularEpochDay(year: number, month: number, day: number): number {
  const julianDay =
    day + Math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + Math.floor((3 + 11 * year) / 30) + 1948439 - 1;
  return julianDay - 2440588;
}

function hijriPartsOf(epochDay: number): CivilDate | null {
  const format = umalqura();
  if (format === null) return null;
  let year = 0;
  let month = 0;
  let day = 0;
  for (const part of format.formatToParts(new Date(epochDay * DAY_MS))) {
    if (part.type === 'year') year = Number.parseInt(part.value, 10);
    else if (part.type === 'month') month = Number.parseInt(part.value, 10);
    else if (part.type === 'day') day = Number.parseInt(part.value, 10);
  }
  return { year, month, day };
}

const monthStartCache = new Map<number, number>();

/** Epoch day of the 1st of a Hijri month. */
function monthStart(year: number, month: number): number {
  const key = year * 16 + month;
  const cached = monthStartCache.get(key);
  if (cached !== undefined) return cached;
  const estimate = tabularEpochDay(year, month, 1);
  let found = estimate;
  if (umalqura() !== null) {
    for (let delta = 0; delta <= SEARCH_RADIUS_DAYS; delta++) {
      const hit = [estimate - delta, estimate + delta].find((candidate) => {
        const parts = hijriPartsOf(candidate);
        return parts !== null && parts.year === year && parts.month === month && parts.day === 1;
      });
      if (hit !== undefined) {
        found = hit;
        break;
      }
    }
  }
  monthStartCache.set(key, found);
  return found;
}

function civilOf(epochDay: number): CivilDate {
  const date = new Date(epochDay * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function isHijriInRange(year: number, month: number): boolean {
  return year >= HIJRI_MIN_YEAR && year <= HIJRI_MAX_YEAR && month >= 1 && month <= 12;
}

/** Number of days of a Hijri month (29 or 30). */
export function hijriMonthLength(year: number, month: number): number {
  const next = month === 12 ? monthStart(year + 1, 1) : monthStart(year, month + 1);
  return next - monthStart(year, month);
}

/** The Gregorian day of a Hijri date, or null when the date does not exist (day 30 of a 29-day month). */
export function hijriToGregorian(year: number, month: number, day: number): CivilDate | null {
  if (!isHijriInRange(year, month) || day < 1 || day > hijriMonthLength(year, month)) return null;
  return civilOf(monthStart(year, month) + day - 1);
}

/** The Gregorian days on which a Hijri month begins and ends. */
export function hijriMonthSpan(year: number, month: number): { first: CivilDate; last: CivilDate } | null {
  if (!isHijriInRange(year, month)) return null;
  const start = monthStart(year, month);
  return { first: civilOf(start), last: civilOf(start + hijriMonthLength(year, month) - 1) };
}

/** The Hijri year in progress on a Gregorian day (for a Hijri day-month written without its year). */
export function hijriYearOn(date: CivilDate): number {
  const epochDay = Math.round(Date.UTC(date.year, date.month - 1, date.day) / DAY_MS);
  const parts = hijriPartsOf(epochDay);
  if (parts !== null) return parts.year;
  return Math.floor(((epochDay - tabularEpochDay(1, 1, 1)) * 30) / 10631) + 1;
}

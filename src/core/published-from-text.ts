/**
 * The publication day a page prints, for an article whose manifest gives none: its date line above the text
 * (CleanedArticle.dateLine: "نشر في: 12/03/2018 - 10:30", "الأحد 05 مارس 2023 - 12:30 م", "تاريخ النشر: 2023-03-05";
 * never an update's time, "آخر تحديث: …", which is when the page changed). Only a whole day written out in
 * the line counts: a weekday or "اليوم" cannot be placed without the very date being looked for. A line that gives
 * the day in both calendars ("14 رمضان 1445 هـ الموافق 25 مارس 2024") is read by the Gregorian day after الموافق:
 * the Hijri day can differ by one from country to country.
 */
import type { Published } from './bundle-schema.ts';
import { findDates } from './dates.ts';
import { ENGLISH_MONTHS } from './dates/lexicon.ts';

const GLUED_YEAR_TIME = /([0-9٠-٩]{4})([0-9٠-٩]{1,2}[:：][0-9٠-٩]{2})/g;
/** A time glued to the numeric date after it ("19:1120/06/2025": 19:11, 20/06/2025). */
const GLUED_TIME_DATE = /([0-9٠-٩]{1,2}[:：][0-9٠-٩]{2})(?=[0-9٠-٩]{1,2}[/.-][0-9٠-٩]{1,2}[/.-][0-9٠-٩]{2,4})/g;
const SLASHED_MONTH_NAME = /\/\s*([\u0621-\u064a]+)\s*\//g;
/** A comma between a month's name and the year ("7 كانون الثاني, 2025", as English dates are written). */
const COMMA_BEFORE_YEAR = /([\u0621-\u064a)])\s*[,،]\s*([0-9٠-٩]{4})(?![0-9٠-٩])/g;
/** An English month's name, whole or abbreviated, as Arabic pages with an English template print the day ("Dec 14, 2019"). */
const ENGLISH_MONTH = `(${[...ENGLISH_MONTHS.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?`;
const ENGLISH_MONTH_FIRST = new RegExp(`\\b${ENGLISH_MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'i');
const ENGLISH_DAY_FIRST = new RegExp(`\\b(\\d{1,2})\\s+${ENGLISH_MONTH},?\\s+(\\d{4})\\b`, 'i');

export function publishedFromText(dateLine: string | null): Published | null {
  // CleanedArticle.dateLine is never an update's line: clean.ts leaves those out.
  if (dateLine === null) return null;
  // A year glued to the time ("22 يوليو 202402:03"), a time glued to the date ("19:1120/06/2025"), a month's name
  // between slashes ("22/أبريل/2022"), a comma before the year ("7 كانون الثاني, 2025"): the date reader wants the first
  // three apart and the last together. Only the value is kept, so the line's offsets may move.
  const spaced = dateLine.replace(GLUED_YEAR_TIME, '$1 $2').replace(GLUED_TIME_DATE, '$1 ').replace(SLASHED_MONTH_NAME, ' $1 ').replace(COMMA_BEFORE_YEAR, '$1 $2');
  const days = findDates(spaced, null).filter((m) => m.precision === 'day' && m.value !== null && m.end_value === undefined);
  const thatIs = spaced.indexOf('الموافق');
  const day = (thatIs >= 0 ? days.find((m) => m.start > thatIs) : undefined) ?? days[0];
  if (day?.value) return { value: day.value, precision: 'day' };
  const english = englishDay(dateLine);
  return english === null ? null : { value: english, precision: 'day' };
}

/** A day written with an English month's name, as YYYY-MM-DD; null when there is none or it is no calendar day. */
function englishDay(line: string): string | null {
  const monthFirst = ENGLISH_MONTH_FIRST.exec(line);
  const dayFirst = monthFirst ? null : ENGLISH_DAY_FIRST.exec(line);
  const [month, day, year] = monthFirst ? [monthFirst[1], monthFirst[2], monthFirst[3]] : dayFirst ? [dayFirst[2], dayFirst[1], dayFirst[3]] : [];
  if (month === undefined || day === undefined || year === undefined) return null;
  const m = ENGLISH_MONTHS.get(month.toLowerCase()) as number;
  const d = Number(day);
  // Date.UTC rolls an impossible day over into the next month: only a day that comes back the same is one.
  const date = new Date(Date.UTC(Number(year), m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

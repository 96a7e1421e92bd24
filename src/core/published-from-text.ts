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

const GLUED_YEAR_TIME = /([0-9٠-٩]{4})([0-9٠-٩]{1,2}[:：][0-9٠-٩]{2})/g;
/** A time glued to the numeric date after it ("19:1120/06/2025": 19:11, 20/06/2025). */
const GLUED_TIME_DATE = /([0-9٠-٩]{1,2}[:：][0-9٠-٩]{2})(?=[0-9٠-٩]{1,2}[/.-][0-9٠-٩]{1,2}[/.-][0-9٠-٩]{2,4})/g;
const SLASHED_MONTH_NAME = /\/\s*([\u0621-\u064a]+)\s*\//g;
/** A comma between a month's name and the year ("7 كانون الثاني, 2025", as English dates are written). */
const COMMA_BEFORE_YEAR = /([\u0621-\u064a])\s*[,،]\s*([0-9٠-٩]{4})(?![0-9٠-٩])/g;

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
  return day?.value ? { value: day.value, precision: 'day' } : null;
}

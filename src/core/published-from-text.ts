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

export function publishedFromText(dateLine: string | null): Published | null {
  // CleanedArticle.dateLine is never an update's line: clean.ts leaves those out.
  if (dateLine === null) return null;
  const days = findDates(dateLine, null).filter((m) => m.precision === 'day' && m.value !== null && m.end_value === undefined);
  const thatIs = dateLine.indexOf('الموافق');
  const day = (thatIs >= 0 ? days.find((m) => m.start > thatIs) : undefined) ?? days[0];
  return day?.value ? { value: day.value, precision: 'day' } : null;
}

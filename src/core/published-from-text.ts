/**
 * The publication day a page prints, for an article whose manifest gives none: the first date line the cleaner
 * removed ("نشر في: 12/03/2018 - 10:30", "الأحد 05 مارس 2023 - 12:30 م", "تاريخ النشر: 2023-03-05") that is not an
 * update's ("آخر تحديث: …" is when the page changed). Only a whole day written out in the line counts: a weekday or
 * "اليوم" cannot be placed without the very date being looked for.
 */
import type { Published, Removed } from './bundle-schema.ts';
import { isUpdateTimestamp } from './cleaning/line-patterns.ts';
import { findDates } from './dates.ts';
import { matchKey } from './normalize.ts';

export function publishedFromText(removed: readonly Removed[]): Published | null {
  for (const entry of removed) {
    if (entry.kind !== 'timestamp') continue;
    for (const line of entry.text.split('\n')) {
      if (isUpdateTimestamp(matchKey(line))) continue;
      const day = findDates(line, null).find((m) => m.precision === 'day' && m.value !== null && m.end_value === undefined);
      if (day?.value) return { value: day.value, precision: 'day' };
    }
  }
  return null;
}

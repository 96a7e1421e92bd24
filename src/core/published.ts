/**
 * A date value at the precision its length states (the bundle schema's rule: day 2023-11-05, month 2023-11, year
 * 2023): manifests, date facts and the timeline's keys are written so. No dependency, so that the app can call it
 * without the schema's validation library.
 */
import type { Published } from './bundle-schema.ts';

/** "2023-11" → {value: "2023-11", precision: "month"}. */
export function toPublished(value: string | null | undefined): Published | null {
  if (!value) return null;
  const precision = value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year';
  return { value, precision };
}

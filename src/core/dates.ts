/**
 * Date mentions in article text, resolved against the publication date.
 * (Foundation version: none found yet; the Arabic-core issue fills it.)
 */
import type { DateMention, Published } from './bundle-schema.ts';

export function findDates(text: string, published: Published | null): DateMention[] {
  void text;
  void published;
  return [];
}

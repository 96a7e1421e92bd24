/** Views of the list data that several features need, computed once per bundle. Pure functions. */
import type { Entity, EntityType } from '../../core/bundle-schema.ts';
import { sentenceAround } from '../../core/sentence-around.ts';
import type { ListItem } from './load-bundle.ts';

export { sentenceAround };

/** Entity ids an item mentions (each once). */
export function entityIdsOf(item: ListItem): Set<string> {
  return new Set(item.entities);
}

/** For each entity, the ids of the items that mention it. */
export function itemsByEntity(items: readonly ListItem[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const item of items) {
    for (const id of item.entities) {
      const list = map.get(id);
      if (list) list.push(item.id);
      else map.set(id, [item.id]);
    }
  }
  return map;
}

/** Publication month ("YYYY-MM") of an item, or null when not known to the month. */
export function monthOf(item: ListItem): string | null {
  const value = item.published?.value;
  return value && value.length >= 7 ? value.slice(0, 7) : null;
}

/** Articles per month, every month from the first to the last (empty months included, so gaps show). */
export function monthHistogram(items: readonly ListItem[]): Array<{ month: string; count: number }> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const month = monthOf(item);
    if (month) counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  return histogramOf(counts);
}

/** Every month from the first to the last of some counts (the index's `months`), empty ones included. */
export function histogramOf(counts: ReadonlyMap<string, number>): Array<{ month: string; count: number }> {
  const months = [...counts.keys()].sort();
  if (months.length === 0) return [];
  const result: Array<{ month: string; count: number }> = [];
  // Walk calendar months with Date.UTC, which normalizes any month number, so the walk always ends.
  const [firstYear, firstMonth] = months[0]!.split('-').map(Number) as [number, number];
  const last = months[months.length - 1]!;
  for (let k = 0; ; k++) {
    const date = new Date(Date.UTC(firstYear, firstMonth - 1 + k, 1));
    const month = `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
    if (month > last) break;
    result.push({ month, count: counts.get(month) ?? 0 });
  }
  return result;
}

/**
 * The highest count in a histogram, at least 1 (a bar's scale). A loop, not Math.max(...counts): spreading an array
 * into a call puts every element on the stack, and a long enough histogram overflows it (RangeError).
 */
export function peakCount(histogram: ReadonlyArray<{ count: number }>): number {
  let peak = 1;
  for (const { count } of histogram) if (count > peak) peak = count;
  return peak;
}

/** Entities that appear in the same articles as one entity, by number of shared articles. */
export function coOccurring(entityId: string, items: readonly ListItem[], entityById: Map<string, Entity>, type: EntityType, limit = 8): Array<{ entity: Entity; count: number }> {
  const counts = new Map<string, number>();
  for (const item of items) {
    if (!item.entities.includes(entityId)) continue;
    for (const id of item.entities) if (id !== entityId && entityById.get(id)?.type === type) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([id, count]) => ({ entity: entityById.get(id)!, count }));
}

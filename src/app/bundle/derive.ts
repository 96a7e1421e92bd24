/** Views of the bundle that several features need, computed once per bundle. Pure functions. */
import type { BundleItem, Entity, EntityType, Precision } from '../../core/bundle-schema.ts';
import { sentenceAround } from '../../core/sentence-around.ts';

export { sentenceAround };

/** Entity ids an item mentions (each once). */
export function entityIdsOf(item: BundleItem): Set<string> {
  return new Set(item._riwaya.mentions.map((m) => m.entity));
}

/** For each entity, the ids of the items that mention it. */
export function itemsByEntity(items: BundleItem[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const item of items) {
    for (const id of entityIdsOf(item)) {
      const list = map.get(id);
      if (list) list.push(item.id);
      else map.set(id, [item.id]);
    }
  }
  return map;
}

/** Publication month ("YYYY-MM") of an item, or null when not known to the month. */
export function monthOf(item: BundleItem): string | null {
  const value = item._riwaya.published?.value;
  return value && value.length >= 7 ? value.slice(0, 7) : null;
}

/** Articles per month, every month from the first to the last (empty months included, so gaps show). */
export function monthHistogram(items: BundleItem[]): Array<{ month: string; count: number }> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const month = monthOf(item);
    if (month) counts.set(month, (counts.get(month) ?? 0) + 1);
  }
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

/**
 * Articles related to one: shared entities, each weighted by its rarity (an entity in every article says little),
 * plus a small bonus for closeness in time. Highest score first; ties by id for a stable order.
 */
export function relatedItems(item: BundleItem, items: BundleItem[], byEntity: Map<string, string[]>, limit = 5): BundleItem[] {
  const own = entityIdsOf(item);
  const scores = new Map<string, number>();
  for (const id of own) {
    const holders = byEntity.get(id) ?? [];
    const weight = Math.log(items.length / holders.length);
    for (const other of holders) if (other !== item.id) scores.set(other, (scores.get(other) ?? 0) + weight);
  }
  const day = (i: BundleItem) => Date.parse(i._riwaya.published?.value ?? '') || null;
  const mine = day(item);
  const byId = new Map(items.map((i) => [i.id, i]));
  return [...scores.entries()]
    .map(([id, score]) => {
      const other = byId.get(id)!;
      const theirs = day(other);
      const days = mine !== null && theirs !== null ? Math.abs(mine - theirs) / 86_400_000 : 365;
      return { other, score: score + 2 / (1 + days / 7) };
    })
    .sort((a, b) => b.score - a.score || a.other.id.localeCompare(b.other.id))
    .slice(0, limit)
    .map((x) => x.other);
}

/** Entities that appear in the same articles as one entity, by number of shared articles. */
export function coOccurring(entityId: string, items: BundleItem[], entityById: Map<string, Entity>, type: EntityType, limit = 8): Array<{ entity: Entity; count: number }> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const ids = entityIdsOf(item);
    if (!ids.has(entityId)) continue;
    for (const id of ids) if (id !== entityId && entityById.get(id)?.type === type) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([id, count]) => ({ entity: entityById.get(id)!, count }));
}

export interface TimelineEvent {
  kind: 'published' | 'mentioned';
  itemId: string;
  value: string;
  precision: Precision;
  endValue?: string;
  /** For a mentioned date: the span of the date in content_text, and of the sentence that states it. */
  span?: { start: number; end: number };
  sentence?: { start: number; end: number };
}

/** Publication of each article and each resolved date its text mentions, in time order. */
export function timelineEvents(items: BundleItem[]): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const item of items) {
    const published = item._riwaya.published;
    if (published) events.push({ kind: 'published', itemId: item.id, value: published.value, precision: published.precision });
    for (const date of item._riwaya.dates) {
      if (date.value === null || date.precision === null) continue;
      events.push({
        kind: 'mentioned',
        itemId: item.id,
        value: date.value,
        precision: date.precision,
        ...(date.end_value ? { endValue: date.end_value } : {}),
        span: { start: date.start, end: date.end },
        sentence: sentenceAround(item.content_text, date.start, date.end),
      });
    }
  }
  return events.sort((a, b) => a.value.localeCompare(b.value) || a.itemId.localeCompare(b.itemId) || (a.span?.start ?? -1) - (b.span?.start ?? -1));
}

import type { Entity } from '../../core/bundle-schema.ts';
import { ENTITY_FILTER_KEYS, FILTER_TYPE, type EntityFilterKey } from '../bundle/filters.ts';

export type PickerOptions = Record<EntityFilterKey, Array<{ entity: Entity; count: number }>>;

/**
 * Each entity picker's names (home's and the timeline's): by article count, then by name. Made once per bundle, with
 * one collator rather than one per comparison.
 */
export function pickerOptionsOf(entityCounts: ReadonlyMap<string, number>, entityById: ReadonlyMap<string, Entity>): PickerOptions {
  const collator = new Intl.Collator('ar');
  const forKey = (key: EntityFilterKey) =>
    [...entityCounts.entries()]
      .flatMap(([id, count]) => {
        const entity = entityById.get(id);
        return entity && entity.type === FILTER_TYPE[key] ? [{ entity, count }] : [];
      })
      .sort((a, b) => b.count - a.count || collator.compare(a.entity.name, b.entity.name));
  return Object.fromEntries(ENTITY_FILTER_KEYS.map((key) => [key, forKey(key)])) as PickerOptions;
}

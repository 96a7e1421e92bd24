/**
 * Entities (persons, organizations, places) across a collection, with mention offsets.
 * (Foundation version: none found yet; the Arabic-core issue fills it.)
 */
import type { Entity, Mention } from './bundle-schema.ts';

export interface EntityDocument {
  id: string;
  text: string;
}

export interface EntityExtraction {
  /** Sorted by id. */
  entities: Entity[];
  /** Per document id, sorted by start. */
  mentions: Map<string, Mention[]>;
}

export function extractEntities(docs: EntityDocument[]): EntityExtraction {
  return { entities: [], mentions: new Map(docs.map((d) => [d.id, []])) };
}

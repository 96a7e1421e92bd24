/**
 * Quotes: quoted spans and reported speech, with the speaker resolved to an entity when named.
 * (Foundation version: none found yet; the Arabic-core issue fills it.)
 */
import type { Entity, Mention, Quote } from './bundle-schema.ts';

export function findQuotes(text: string, mentions: Mention[], entities: Map<string, Entity>): Quote[] {
  void text;
  void mentions;
  void entities;
  return [];
}

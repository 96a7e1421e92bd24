/**
 * The gazetteer phrase index, built once at module load: first folded word → phrases starting with it, longest
 * first; and the canonical name and type of each gazetteer entity.
 */
import type { EntityType } from '../bundle-schema.ts';
import { matchKey } from '../normalize.ts';
import { gazetteerEntries } from './gazetteer.ts';

export interface Phrase {
  words: string[];
  id: string;
  type: EntityType;
  display: string;
}

const WORDS_OF = /[\u0621-\u064a\u0671-\u06d3]+|[0-9]+|[A-Za-z]+/g;
const wordsOf = (text: string): string[] => [...matchKey(text).matchAll(WORDS_OF)].map((m) => m[0]);

export const PHRASES = new Map<string, Phrase[]>();
export const PHRASE_DISPLAY = new Map<string, { name: string; type: EntityType }>();
for (const entry of gazetteerEntries()) {
  PHRASE_DISPLAY.set(entry.id, { name: entry.names[0] as string, type: entry.type });
  const seen = new Set<string>();
  for (const name of entry.names) {
    const words = wordsOf(name);
    const joined = words.join(' ');
    if (words.length === 0 || seen.has(joined)) continue;
    seen.add(joined);
    const list = PHRASES.get(words[0] as string) ?? [];
    list.push({ words, id: entry.id, type: entry.type, display: name });
    PHRASES.set(words[0] as string, list);
  }
}
for (const list of PHRASES.values()) list.sort((a, b) => b.words.length - a.words.length);

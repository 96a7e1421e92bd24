import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detachedString } from './detached-string.ts';

// What a collection keeps is cut from article texts: pieces of the seed articles, short (copied by V8 already) and
// long (views into the article), at any offset.
const seeds = new URL('../../../shared/seeds/', import.meta.url);
const texts = readdirSync(seeds)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(new URL(name, seeds), 'utf8'));

describe('detachedString', () => {
  it('gives a string equal to any piece of an article', () => {
    fc.assert(
      fc.property(fc.nat(texts.length - 1), fc.nat(), fc.nat(60), (t, at, length) => {
        const text = texts[t]!;
        const from = at % text.length;
        const piece = text.slice(from, from + length);
        expect(detachedString(piece)).toBe(piece);
      }),
    );
  });
});

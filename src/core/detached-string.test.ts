import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detachedString } from './detached-string.ts';

// What a collection keeps is cut from article texts: pieces of the seed articles, short (copied by V8 already) and
// long (views into the article), at any offset.
const seeds = new URL('../../../shared/seeds/', import.meta.url);
const texts = readdirSync(seeds)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(new URL(name, seeds), 'utf8'));

/**
 * MiB of heap still used, after a full collection, by 20 names (20 code units of a seed) each cut from its own 2 MiB
 * text (the seed repeated) and kept with `keep`, the texts themselves dropped. In a child Node, for its gc.
 */
function retainedMiB(keep: 'detachedString' | 'slice'): number {
  const module = fileURLToPath(new URL('./detached-string.ts', import.meta.url));
  const script = `
    const { detachedString } = await import(${JSON.stringify(module)});
    const seed = ${JSON.stringify(texts[0])};
    const used = () => { globalThis.gc(); return process.memoryUsage().heapUsed; };
    const before = used();
    const cut = (k) => {
      const text = (k + seed).repeat(Math.ceil((1 << 20) / seed.length));
      const name = text.slice(1, 21);
      return ${keep === 'detachedString' ? 'detachedString(name)' : 'name'};
    };
    const kept = Array.from({ length: 20 }, (_, k) => cut(k));
    console.log((used() - before) / 1048576, kept.length);`;
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
  return Number(out.trim().split(' ')[0]);
}

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

  it('does not keep the text it was cut from alive (a plain slice keeps all 40 MiB)', () => {
    expect(retainedMiB('slice')).toBeGreaterThan(30);
    expect(retainedMiB('detachedString')).toBeLessThan(1);
  });
});

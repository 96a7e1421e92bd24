import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBundle } from './build-bundle.ts';
import { bundleJsonPieces } from './bundle-json.ts';
import type { Bundle } from './bundle-schema.ts';

// The five seed articles (content/articles/00*.txt).
const DIR = 'content/articles';
const seedBundle = buildBundle(
  readdirSync(DIR)
    .filter((f) => /^00\d_.*\.txt$/.test(f))
    .map((file) => ({ file, text: readFileSync(`${DIR}/${file}`, 'utf8') })),
);
const joined = (bundle: Bundle) => [...bundleJsonPieces(bundle)].join('');

describe('bundleJsonPieces', () => {
  it('is JSON.stringify of the bundle built from the seed articles', () => {
    expect(seedBundle.items).toHaveLength(5);
    expect(joined(seedBundle)).toBe(JSON.stringify(seedBundle));
  });

  it('yields one piece per item between the envelope halves', () => {
    expect([...bundleJsonPieces(seedBundle)]).toHaveLength(seedBundle.items.length + 2);
  });

  // Edge cases of the envelope split: no items, one item, and keys in another order (the pieces must follow the
  // object's own key order, as JSON.stringify does, not a fixed one).
  const rows: Array<[string, (b: Bundle) => Bundle]> = [
    ['no items', (b) => ({ ...b, items: [] })],
    ['one item', (b) => ({ ...b, items: b.items.slice(0, 1) })],
    ['_riwaya before items', ({ _riwaya, items, ...feed }) => ({ _riwaya, ...feed, items })],
  ];
  it.each(rows)('is JSON.stringify with %s', (_name, change) => {
    const bundle = change(seedBundle);
    expect(joined(bundle)).toBe(JSON.stringify(bundle));
  });
});

import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../core/build-bundle.ts';
import { JSON_FEED_VERSION, RIWAYA_SCHEMA_VERSION } from '../../core/bundle-schema.ts';
import { keepReadableBundle } from './bundle-cache-guard.ts';

// A real corpus article (2018-07-10_skynews_SK-internationalNews-2574, first lines) through the pipeline.
const good = buildBundle([{ file: 'sky.txt', text: 'ترامب يصل إلى بروكسل للمشاركة في قمة الناتو\n\nوصل الرئيس الأميركي دونالد ترامب إلى بروكسل.\n' }]);
const json = (value: unknown, status = 200) => new Response(typeof value === 'string' ? value : JSON.stringify(value), { status, headers: { 'Content-Type': 'application/json' } });

/** The guard as the generated service worker has it: its source text alone, with nothing from this module. */
const asServiceWorkerHasIt = new Function(`return (${keepReadableBundle.toString()});`)() as typeof keepReadableBundle;

describe('the service worker keeps only a readable bundle in its cache', () => {
  it('agrees with the contract it stands for', () => {
    expect(good.version).toBe(JSON_FEED_VERSION);
    expect(good._riwaya.schema).toBe(RIWAYA_SCHEMA_VERSION);
  });

  // Each row: what a deploy might serve at bundle.json → whether it may replace the cached copy.
  const rows: Array<[string, () => Response, boolean]> = [
    ['the bundle the pipeline builds', () => json(good), true],
    ['a bundle with one damaged item (the app reads around it)', () => json({ ...good, items: [...good.items, 'damaged'] }), true],
    // issue 12 #8 (tester): a broken deployed bundle replaced the last good copy and offline reading failed
    ['an object that is not a bundle', () => json({ broken: true }), false],
    ['truncated JSON', () => json(JSON.stringify(good).slice(0, 100)), false],
    ["a host's index.html in place of a missing bundle", () => new Response('<!doctype html><html></html>', { status: 200, headers: { 'Content-Type': 'text/html' } }), false],
    ['a v1 bundle marked schema 2 without an index (neither contract)', () => json({ ...good, _riwaya: { ...good._riwaya, schema: 2 } }), false],
    ['a v2 entry (docs/bundle-format.md, Format v2)', () => json({ version: JSON_FEED_VERSION, title: 'رواية', language: 'ar', items: [], _riwaya: { schema: 2, build: '0123456789abcdef', articles: 1, index: 'v2/index.0123456789abcdef.json' } }), true],
    ['a newer schema this app cannot read', () => json({ ...good, _riwaya: { ...good._riwaya, schema: 3 } }), false],
    ['items that are not a list', () => json({ ...good, items: {} }), false],
    ['null', () => json('null'), false],
    ['a 404', () => json(good, 404), false],
  ];
  it.each(rows)('%s → cached: %s', async (_name, response, cached) => {
    for (const guard of [keepReadableBundle, asServiceWorkerHasIt]) {
      const original = response();
      const result = await guard({ response: original });
      expect(result).toBe(cached ? original : null);
      // The guard reads a clone: the response still reaches the page whole.
      if (cached) expect(await original.json()).toBeTruthy();
    }
  });
});

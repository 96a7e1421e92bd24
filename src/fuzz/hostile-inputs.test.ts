// The generators of `npm run fuzz` (issue 12): deterministic, and covering what the issue lists.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../core/build-bundle.ts';
import { hostileFolders, type HostileFolder } from './hostile-folders.ts';
import { EACH_KIND_ONCE, hostileBundles, outcomeOf } from './hostile-bundles.ts';

const base = readdirSync('content/articles')
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .slice(0, 12)
  .map((f) => readFileSync(join('content/articles', f), 'utf8'));

describe('hostileFolders', () => {
  // The folders of npm run fuzz (scripts/fuzz.ts: seed 12, 60 folders).
  const folders = hostileFolders(12, 60, base);

  /** A digest of every folder: names, kinds, fates and bytes (comparing megabytes with toEqual takes minutes). */
  const digest = (list: HostileFolder[]) => {
    const hash = createHash('sha256');
    for (const folder of list) {
      for (const e of folder.entries) {
        hash.update(`${folder.name}\0${e.type}\0${e.category}\0${e.fate}\0`).update(e.name);
        if (e.type === 'file') hash.update(e.bytes);
        if (e.type === 'symlink') hash.update(e.target);
      }
    }
    return hash.digest('hex');
  };

  it('gives the same folders for the same seed, others for another', () => {
    expect(digest(hostileFolders(12, 60, base))).toBe(digest(folders));
    expect(digest(hostileFolders(13, 60, base))).not.toBe(digest(folders));
  });

  it('names each entry of a folder once, and puts good articles in every folder', () => {
    for (const folder of folders) {
      const names = folder.entries.map((e) => (typeof e.name === 'string' ? e.name : Buffer.from(e.name).toString('hex')));
      expect(new Set(names).size, folder.name).toBe(names.length);
      expect(folder.entries.filter((e) => e.category === 'good').length, folder.name).toBeGreaterThanOrEqual(3);
    }
  });

  it("covers issue 12's categories, with at least 1,000 hostile inputs (good articles not counted) over the 60 folders", () => {
    const categories = new Set(folders.flatMap((f) => f.entries.map((e) => e.category)));
    // The tester's list: residue-only files, lone CR, ".txt" and a.txt beside a.TXT, links out, FIFOs (also as the
    // manifest), 1 MB words, bad UTF-8, a manifest with a BOM, duplicates and bad urls (category "manifest").
    for (const category of ['residue-only', 'lone-cr', 'crlf', 'empty-stem', 'case-collision', 'link-out-absolute', 'link-out-relative', 'link-to-system-file', 'fifo', 'manifest-fifo', 'manifest-link-out', 'manifest-folder', 'one-megabyte-word', 'one-megabyte-line', 'invalid-utf8', 'name-not-utf8', 'manifest']) {
      expect(categories, category).toContain(category);
    }
    expect(folders.reduce((n, f) => n + f.entries.filter((e) => e.category !== 'good').length, 0)).toBeGreaterThanOrEqual(1000);
  });
});

describe('hostileBundles', () => {
  // Without the recogniser: the rules alone still give entities and stories to mutate.
  const bundle = buildBundle(readdirSync('content/articles').filter((f) => f.endsWith('.txt')).sort().slice(0, 8).map((file) => ({ file, text: readFileSync(join('content/articles', file), 'utf8') })));

  it('gives the same bundles for the same seed, each kind once in the first EACH_KIND_ONCE', () => {
    const a = hostileBundles(12, EACH_KIND_ONCE + 5, bundle);
    expect(hostileBundles(12, EACH_KIND_ONCE + 5, bundle)).toEqual(a);
    expect(new Set(a.slice(0, EACH_KIND_ONCE).map((b) => b.label.replace(/ ".*"| [\d-]+$/, ''))).size).toBe(EACH_KIND_ONCE);
  });

  it('declares, where it can, the outcome the core reader gives: the page, the page with items left out, the error view', () => {
    const declared = hostileBundles(12, 60, bundle).filter((b) => b.expect !== undefined);
    expect(declared.length).toBeGreaterThan(40);
    for (const hostile of declared) expect(outcomeOf(hostile.body), hostile.label).toBe(hostile.expect);
    expect(new Set(declared.map((b) => b.expect))).toEqual(new Set(['page', 'dropped', 'error']));
  });

  it('opens every route for each bundle: home, two articles, timeline, entities, an entity, search, compare, a story, settings, an unknown page', () => {
    for (const hostile of hostileBundles(12, EACH_KIND_ONCE, bundle)) {
      expect(hostile.paths.map((p) => p.split(/[/?]/)[1])).toEqual(['', 'article', 'article', 'timeline', 'entities', 'entity', '', 'compare', 'story', 'settings', 'no']);
    }
  });
});

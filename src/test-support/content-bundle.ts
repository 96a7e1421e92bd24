// Test helper (used by *.test.ts only): the real bundle of content/articles, built by the real pipeline.
import { readFileSync, readdirSync } from 'node:fs';
import { buildBundle, type SourceArticle } from '../core/build-bundle.ts';
import type { Bundle } from '../core/bundle-schema.ts';
import { parseManifest } from '../core/manifest.ts';

let cached: Bundle | null = null;

/** The raw articles of content/articles with their manifest entries, as the CLI reads them. */
export function contentArticles(): SourceArticle[] {
  const dir = new URL('../../content/articles/', import.meta.url);
  const manifest = parseManifest(readFileSync(new URL('manifest.json', dir), 'utf8'));
  if (!manifest.ok) throw new Error(`content/articles/manifest.json: ${manifest.reason}`);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((file) => ({ file, text: readFileSync(new URL(file, dir), 'utf8'), manifest: manifest.entries.get(file) }));
}

export function contentBundle(): Bundle {
  cached ??= buildBundle(contentArticles());
  return cached;
}

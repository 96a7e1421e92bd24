// Test helper (used by *.test.ts only): the real bundle of content/articles, built by the real pipeline.
import { readFileSync, readdirSync } from 'node:fs';
import { buildBundle } from '../core/build-bundle.ts';
import type { Bundle } from '../core/bundle-schema.ts';
import { parseManifest } from '../core/manifest.ts';

let cached: Bundle | null = null;

export function contentBundle(): Bundle {
  if (cached) return cached;
  const dir = 'content/articles';
  const manifest = parseManifest(readFileSync(`${dir}/manifest.json`, 'utf8'));
  if (!manifest.ok) throw new Error(manifest.reason);
  const articles = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((file) => ({ file, text: readFileSync(`${dir}/${file}`, 'utf8'), manifest: manifest.entries.get(file) }));
  cached = buildBundle(articles);
  return cached;
}

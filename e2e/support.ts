/** Shared helpers for the e2e journeys: no assertions here. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { buildBundle, type SourceArticle } from '../src/core/build-bundle.ts';
import type { Bundle } from '../src/core/bundle-schema.ts';
import { parseManifest } from '../src/core/manifest.ts';

/**
 * Where a journey saves a screenshot: reports/screenshots/ on an ordinary run (so a test run leaves the checkout
 * clean), docs/screenshots/ — the images README shows — with RIWAYA_UPDATE_SCREENSHOTS=1 (npm run screenshots).
 */
export function screenshotPath(name: string): string {
  return `${process.env.RIWAYA_UPDATE_SCREENSHOTS === '1' ? 'docs' : 'reports'}/screenshots/${name}.png`;
}

/** The bundle the production build serves (made by `npm run build` from content/articles). */
export function servedBundle(): Bundle {
  return JSON.parse(readFileSync('dist/bundle.json', 'utf8')) as Bundle;
}

/** A bundle built by the real pipeline from a fixture folder of raw articles. */
export function bundleFromFixture(dir: string): Bundle {
  const folder = join('e2e/fixtures', dir);
  const manifest = parseManifest(readFileSync(join(folder, 'manifest.json'), 'utf8'));
  if (!manifest.ok) throw new Error(manifest.reason);
  const articles: SourceArticle[] = readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .map((file) => ({ file, text: readFileSync(join(folder, file), 'utf8'), manifest: manifest.entries.get(file) }));
  return buildBundle(articles);
}

/** Serve `body` instead of the real bundle for this page. */
export async function serveBundle(page: Page, body: string, status = 200, contentType = 'application/json'): Promise<void> {
  await page.route('**/bundle.json', (route) => route.fulfill({ status, contentType, body }));
}

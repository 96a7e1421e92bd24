/**
 * Hostile bundles through every route (issue 12): for each bundle of src/fuzz/hostile-bundles.ts (deterministic
 * seed), every route is opened and must render a page or the error view, with no page error, no dialog, no script of
 * the bundle run, no element made from its text and no CSP violation. `npm test` runs each broken file and each
 * mutation once (EACH_KIND_ONCE bundles); `npm run fuzz` sets RIWAYA_FUZZ_BUNDLES for more, mutations combined.
 */
import { expect, test, type Page } from '@playwright/test';
import type { Bundle } from '../src/core/bundle-schema.ts';
import { EACH_KIND_ONCE, hostileBundles } from '../src/fuzz/hostile-bundles.ts';
import { serveBundle, servedBundle } from './support.ts';

const COUNT = Number(process.env.RIWAYA_FUZZ_BUNDLES ?? EACH_KIND_ONCE);

/** The served bundle cut to a few articles (one whole story among them), so that each visit stays quick. */
function smallBundle(): Bundle {
  const bundle = servedBundle();
  const story = bundle._riwaya.stories.find((s) => s.item_ids.length >= 3) ?? bundle._riwaya.stories[0];
  const keep = new Set([...(story?.item_ids ?? []), ...bundle.items.slice(0, 4).map((i) => i.id)]);
  const items = bundle.items.filter((i) => keep.has(i.id));
  const stories = bundle._riwaya.stories.filter((s) => s.item_ids.every((id) => keep.has(id)));
  const storyIds = new Set(stories.map((s) => s.id));
  for (const item of items) if (item._riwaya.story !== null && !storyIds.has(item._riwaya.story)) item._riwaya.story = null;
  return { ...bundle, items, _riwaya: { ...bundle._riwaya, stories } };
}

type Watch = { __violations: string[]; __pwned?: unknown };

async function watch(page: Page): Promise<{ errors: string[]; dialogs: string[] }> {
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message.slice(0, 200)));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    (window as unknown as Watch).__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => (window as unknown as Watch).__violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return { errors, dialogs };
}

const bundles = hostileBundles(12, COUNT, smallBundle());
// Eleven routes per bundle, some with 1,500 articles: more than the default 30 s on a busy two-core machine.
test.describe.configure({ timeout: 120_000 });

for (const [index, hostile] of bundles.entries()) {
  test(`hostile bundle ${index}: ${hostile.label}`, async ({ page }) => {
    const { errors, dialogs } = await watch(page);
    await serveBundle(page, hostile.body);
    for (const [i, path] of hostile.paths.entries()) {
      // The home page and an article loaded from their address; the other routes reached from there, as a reader
      // does (a full load for each would cost most of the run in loading the app again).
      if (i < 2) await page.goto(path);
      else await page.evaluate((to) => {
        history.pushState(null, '', to);
        dispatchEvent(new PopStateEvent('popstate'));
      }, path);
      // A page (its heading) or the error view: never a blank or broken page.
      await expect(page.locator('main h1, [data-testid="error-view"]').first(), path).toBeVisible();
      expect(await page.locator('[onerror], [onload], iframe, body script:not([src]), a[href^="javascript:"]').count(), path).toBe(0);
      const state = await page.evaluate(() => ({ pwned: (window as unknown as Watch).__pwned, violations: (window as unknown as Watch).__violations }));
      expect(state, path).toEqual({ pwned: undefined, violations: [] });
      expect(errors, path).toEqual([]);
    }
    expect(dialogs).toEqual([]);
  });
}

/**
 * Hostile bundles through every route (issue 12): each bundle of src/fuzz/hostile-bundles.ts (deterministic seed) is
 * served (by a server of its own in front of the production one), and every route is loaded from its address. Each
 * must show what the core's reader makes of the bundle — its page (with the notice naming the items left out when
 * there are any) or, for a file that is no bundle, the error view saying so — and never a view that failed; with no
 * page error, no console error, no dialog, no script or element made from the bundle's text (no img, b, iframe, inline
 * script, event handler or javascript: link: the app renders none of them) and no CSP violation. `npm test` runs each
 * broken file and each mutation once (EACH_KIND_ONCE bundles); `npm run fuzz` sets RIWAYA_FUZZ_BUNDLES for more, mutations combined.
 */
import { expect, test, type Page } from './test.ts';
import type { Bundle } from '../src/core/bundle-schema.ts';
import { EACH_KIND_ONCE, hostileBundles, outcomeOf } from '../src/fuzz/hostile-bundles.ts';
import { serveBundleBeside, servedBundle } from './support.ts';

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

async function watch(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message.slice(0, 200)}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text().slice(0, 200)}`);
  });
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    (window as unknown as Watch).__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => (window as unknown as Watch).__violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return problems;
}

const bundles = hostileBundles(12, COUNT, smallBundle());
// Eleven full page loads per bundle, some with 1,500 articles: more than the default 30 s on a busy two-core machine.
test.describe.configure({ timeout: 180_000 });

for (const [index, hostile] of bundles.entries()) {
  test(`hostile bundle ${index}: ${hostile.label}`, async ({ page, baseURL }) => {
    const expected = outcomeOf(hostile.body);
    // Where the generator knows the outcome in advance, the core's reader agrees with it.
    if (hostile.expect !== undefined) expect(expected).toBe(hostile.expect);
    const problems = await watch(page);
    // Through a server of its own in front of the production one rather than a route: the page's cache works as a
    // reader's does, so eleven loads do not download and compile the scripts eleven times.
    const site = await serveBundleBeside(baseURL!, hostile.body);
    try {
      for (const path of hostile.paths) {
        await page.goto(site.url + path);
        // Settings (and Import) do not read the articles: whatever the bundle, they show their page and say nothing of it.
        const readsArticles = !path.startsWith('/settings');
        if (expected === 'error' && readsArticles) {
          // The error view for the bundle (a file that is not JSON, or not a bundle), never for a view that failed.
          await expect(page.getByTestId('error-view'), path).toHaveAttribute('data-error', /^(not-json|invalid)$/);
        } else {
          await expect(page.locator('main h1').first(), path).toBeVisible();
          await expect(page.getByTestId('error-view'), path).toHaveCount(0);
          await expect(page.getByTestId('dropped-items'), path).toHaveCount(expected === 'dropped' && readsArticles ? 1 : 0);
        }
        expect(await page.locator('body img, body b, body iframe, body script:not([src]), [onerror], [onload], a[href^="javascript:"]').count(), path).toBe(0);
        const state = await page.evaluate(() => ({ pwned: (window as unknown as Watch).__pwned, violations: (window as unknown as Watch).__violations }));
        expect(state, path).toEqual({ pwned: undefined, violations: [] });
        expect(problems, path).toEqual([]);
      }
    } finally {
      await site.close();
    }
  });
}

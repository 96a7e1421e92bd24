/**
 * Bundle v2 in the browser (issue 13 points 1, 2, 5): the 68 articles of the build split into v2's files (core's
 * splitBundle, as the CLI will write them) and served statically; the data worker reads the entry, the index and the
 * shards; a broken shard costs only its articles; offline, an article read before is there and one never opened says
 * it is not downloaded.
 */
import { HEAD_ROWS } from '../src/core/bundle-v2/format.ts';
import { splitBundle } from '../src/core/bundle-v2/split.ts';
import { expect, test } from './test.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';
import { buildWithFiles, servedBundle, v2Requests } from './support.ts';

test.describe.configure({ timeout: 120_000 });

const bundle = servedBundle();
const files = splitBundle(bundle);
const index = JSON.parse(files.find((f) => f.path.startsWith('v2/index.'))!.text) as { items: { id: string[]; shard: number[] }; shards: string[] };
/** The first article of the last shard. */
const lastShard = index.shards.length - 1;
const far = index.items.id[index.items.shard.indexOf(lastShard)]!;
const near = index.items.id[0]!;
/** The first words of an article's first paragraph, as the page shows them. */
const opening = (id: string) => bundle.items.find((i) => i.id === id)!.content_text.split('\n')[0]!.slice(0, 30);

let site: ReturnType<typeof buildWithFiles>;
let server: StaticServer;

// eslint-disable-next-line no-empty-pattern -- Playwright passes fixtures first; this hook needs none.
test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(120_000);
  site = buildWithFiles(files);
  server = await startStaticServer(site.root, 0);
});
test.afterAll(async () => {
  await server.close();
  site.remove();
});

test('a v2 bundle: an article from its shard alone, the list from the index, search through the postings', async ({ page }) => {
  const seen = v2Requests(page);
  await page.goto(`${server.url}/article/${far}`);
  await expect(page.getByTestId('article')).toContainText(opening(far));
  // The index and the article's own shard: no other shard, no timeline, no search postings.
  expect(seen.some((p) => p.startsWith('/v2/index.'))).toBe(true);
  expect(seen.filter((p) => p.startsWith('/v2/shards/'))).toEqual([`/${index.shards[lastShard]}`]);
  expect(seen.some((p) => p.startsWith('/v2/search/') || p.startsWith('/v2/timeline.'))).toBe(false);

  await page.goto(`${server.url}/`);
  await expect(page.getByTestId('article-row')).toHaveCount(bundle.items.length);
  await page.goto(`${server.url}/?q=${encodeURIComponent('الاطلسي')}`);
  await expect(page.getByTestId('article-row').first()).toBeVisible();
  expect(seen.some((p) => p.startsWith('/v2/search/'))).toBe(true);
  await expect(page.locator('[data-testid=article-row] mark').first()).toBeVisible();
  await page.goto(`${server.url}/timeline`);
  await expect(page.getByTestId('timeline-event').first()).toBeVisible();
  expect(seen.some((p) => p.startsWith('/v2/timeline.'))).toBe(true);
});

// Settings other than the build's (its markup is prerendered for those only) draw the home page afresh, from the bundle.
for (const [language, settings, count] of [
  ['Arabic', { language: 'ar', digits: 'arab' }, (n: number) => n.toLocaleString('ar-EG')],
  ['English', { language: 'en' }, (n: number) => `${n} articles`],
] as const) {
  test(`the entry’s first rows show while the index is on its way, then the whole list replaces them (${language})`, async ({ page }) => {
    const head = (JSON.parse(files.find((f) => f.path === 'bundle.json')!.text) as { _riwaya: { head: Array<{ id: string; title: string }> } })._riwaya.head;
    expect(head.length).toBe(HEAD_ROWS);
    await page.addInitScript((stored) => localStorage.setItem('riwaya.settings', stored), JSON.stringify(settings));
    // The index is held back until the rows have been seen (a slow download of a large archive's index).
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/v2/index.*.json', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${server.url}/`);
    const rows = page.getByTestId('head-list').getByTestId('article-row');
    await expect(rows).toHaveCount(HEAD_ROWS);
    await expect(rows.first().getByRole('link').first()).toHaveText(head[0]!.title);
    await expect(rows.first().getByRole('link').first()).toHaveAttribute('href', `/article/${encodeURIComponent(head[0]!.id)}`);
    // The collection's size, from the entry, in the reader's language and digits.
    await expect(page.getByTestId('head-list').locator('p').first()).toContainText(count(bundle.items.length));
    release();
    await expect(page.getByTestId('article-list').getByTestId('article-row').first()).toBeVisible();
    await expect(page.getByTestId('head-list')).toHaveCount(0);
    await expect(page.getByTestId('article-row').first()).toHaveAttribute('data-id', head[0]!.id);
  });
}

test('a search or a filter in the address shows no first rows: they are the unfiltered list’s', async ({ page }) => {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  let asked: () => void = () => undefined;
  const indexAsked = new Promise<void>((resolve) => (asked = resolve));
  await page.route('**/v2/index.*.json', async (route) => {
    asked();
    await held;
    await route.continue();
  });
  await page.addInitScript((stored) => localStorage.setItem('riwaya.settings', stored), JSON.stringify({ language: 'en' }));
  await page.goto(`${server.url}/?q=${encodeURIComponent('الاطلسي')}`);
  // The worker asks for the index after it has told the entry's rows; two frames later they would be drawn.
  await indexAsked;
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await expect(page.getByRole('status').first()).toBeVisible();
  await expect(page.getByTestId('article-row')).toHaveCount(0);
  release();
  await expect(page.getByTestId('article-row').first()).toBeVisible();
});

test('a broken shard costs only its articles, and names its file', async ({ page }) => {
  await page.route(`**/${index.shards[lastShard]}`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"schema":2,"first":0,"items":[{"id":1}]}' }));
  await page.goto(`${server.url}/article/${far}`);
  await expect(page.getByTestId('article-broken')).toContainText(index.shards[lastShard]!);
  await expect(page.getByTestId('error-view')).toHaveCount(0);
  await page.goto(`${server.url}/article/${near}`);
  await expect(page.getByTestId('article')).toContainText(opening(near));
});

// A postings file that cannot be read (damaged here; offline and never fetched, or written by a newer CLI than the
// app, fail the same way) is said in the result line, in both languages, not left at "searching".
for (const [language, said] of [
  ['ar', 'تعذّر البحث'],
  ['en', 'Search failed'],
] as const) {
  test(`a search whose postings file cannot be read says so (${language})`, async ({ page }) => {
    await page.route('**/v2/search/**', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"schema":2,"gaps":{"ناتو":"x"}}' }));
    await page.addInitScript((lang) => localStorage.setItem('riwaya.settings', JSON.stringify({ language: lang })), language);
    await page.goto(`${server.url}/?q=${encodeURIComponent('ناتو')}`);
    const count = page.getByTestId('result-count');
    await expect(count).toContainText(said);
    await expect(count).toContainText('v2/search/');
    await expect(count).not.toHaveAttribute('aria-busy');
  });
}

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('an article read is there offline; one never opened says it is not downloaded', async ({ page, context }) => {
    // Not the home page: it draws every row of 68, and so fetches every shard for the leads.
    await page.goto(`${server.url}/settings`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
    // Read one article while online (its shard goes into the service worker's cache).
    await page.goto(`${server.url}/article/${near}`);
    await expect(page.getByTestId('article')).toContainText(opening(near));
    await context.setOffline(true);
    await page.goto(`${server.url}/article/${near}`);
    await expect(page.getByTestId('article')).toContainText(opening(near));
    await page.goto(`${server.url}/article/${far}`);
    await expect(page.getByTestId('article-unavailable')).toHaveAttribute('data-reason', 'offline');
    await expect(page.getByTestId('article-unavailable')).toContainText('غير منزّلة');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(bundle.items.find((i) => i.id === far)!.title);
    await context.setOffline(false);
    await expect(page.getByTestId('article')).toContainText(opening(far));
  });
});

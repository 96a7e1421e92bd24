// Issue 14: every article and the home page are prerendered at build time (config/build-pages.ts, src/app/prerender.tsx)
// and hydrated in the browser (src/app/main.tsx).
import { readFileSync, readdirSync } from 'node:fs';
import { expect, test, type Page } from './test.ts';
import { serveBundle, servedBundle } from './support.ts';
import { SETTINGS_BOOT_SCRIPT } from '../config/settings-boot.ts';

const bundle = servedBundle();
// An article the cleaner cut something from (a share widget, a "read also" block…), so "cleaned" means something.
const cleaned = bundle.items.find((item) => item._riwaya.removed.length > 0 && item._riwaya.title_source !== 'derived')!;
// The text up to its first date (a date shows its resolved value beside it).
const opening = cleaned.content_text.slice(0, Math.min(cleaned.content_text.indexOf('\n') === -1 ? 200 : cleaned.content_text.indexOf('\n'), ...cleaned._riwaya.dates.map((d) => d.start), 200)).trim();

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('an article page shows its cleaned title and text, and its links lead on', async ({ page }) => {
    await page.goto(`/article/${cleaned.id}`);
    const article = page.getByTestId('article');
    await expect(article.getByRole('heading', { level: 1 })).toHaveText(cleaned.title);
    const body = article.locator('.reading');
    expect(opening.length).toBeGreaterThan(20);
    await expect(body).toContainText(opening);
    // What cleaning cut is only in the "removed" disclosure, never in the text.
    const cut = cleaned._riwaya.removed.map((piece) => piece.text.trim()).find((text) => text.length > 10 && !cleaned.content_text.includes(text));
    if (cut !== undefined) expect(await body.textContent()).not.toContain(cut);
    await expect(page.getByTestId('removed')).toBeAttached();
    // Plain links: home lists every article, and a row leads to its prerendered page.
    await page.getByRole('navigation').first().getByRole('link').first().click();
    await expect(page.getByTestId('article-row')).toHaveCount(bundle.items.length);
    const second = bundle.items.find((item) => item.id !== cleaned.id)!;
    await page.locator(`[data-id="${second.id}"] h2 a`).click();
    await expect(page).toHaveURL(new RegExp(`/article/${second.id}$`));
    await expect(page.getByTestId('article').getByRole('heading', { level: 1 })).toHaveText(second.title);
  });
});

test('every article has a prerendered page, and no page carries an inline script but the settings boot', () => {
  const pages = readdirSync('dist/article').filter((name) => name.endsWith('.html'));
  expect(pages.sort()).toEqual(bundle.items.map((item) => `${item.id}.html`).sort());
  for (const file of ['dist/index.html', 'dist/shell.html', ...pages.map((name) => `dist/article/${name}`)]) {
    const inline = [...readFileSync(file, 'utf8').matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(inline, file).toEqual([SETTINGS_BOOT_SCRIPT]);
  }
});

/** Records, from the end of parsing, every node added or removed and every text changed inside #root. */
async function watchRoot(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const changes: string[] = [];
    (window as unknown as { __rootChanges: string[] }).__rootChanges = changes;
    document.addEventListener('DOMContentLoaded', () => {
      const root = document.getElementById('root');
      if (!root) return;
      new MutationObserver((records) => {
        for (const record of records) {
          if (record.type === 'characterData') changes.push(`text: ${record.target.textContent}`);
          for (const node of record.removedNodes) changes.push(`removed: ${node.nodeName} ${node.textContent?.slice(0, 40)}`);
          for (const node of record.addedNodes) changes.push(`added: ${node.nodeName} ${node.textContent?.slice(0, 40)}`);
        }
      }).observe(root, { childList: true, subtree: true, characterData: true });
    });
  });
}

for (const [name, path, heading] of [
  ['home', '/', 'المقالات'],
  ['an article', `/article/${cleaned.id}`, cleaned.title],
] as const) {
  test(`with JavaScript on, hydrating ${name} changes nothing on screen and logs no error`, async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      // Playwright's own notice (the e2e project blocks service workers) is not the app's.
      if ((message.type() === 'error' || message.type() === 'warning') && !message.text().includes('blocked by Playwright')) errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await watchRoot(page);
    await page.goto(path);
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toHaveText(heading);
    // Hydrated, not rendered again: the server's <h1> is the node React now owns.
    await expect.poll(() => h1.evaluate((node) => Object.keys(node).some((key) => key.startsWith('__reactFiber')))).toBe(true);
    // The article is marked read once the library is read from IndexedDB: effects after hydration have run.
    if (name !== 'home') await expect(page.getByRole('button', { name: 'علّمها غير مقروءة' })).toBeEnabled();
    expect(await page.evaluate(() => (window as unknown as { __rootChanges: string[] }).__rootChanges)).toEqual([]);
    expect(errors).toEqual([]);
    // And the page answers.
    if (name === 'home') {
      await page.getByTestId('picker-person').locator('summary').click();
      await page.getByTestId('picker-person').getByRole('searchbox').fill('بوتن');
      await expect(page.getByTestId('picker-person').getByRole('button', { name: /فلاديمير بوتين/ })).toBeVisible();
    } else {
      await page.getByTestId('save-toggle').click();
      await expect(page.getByTestId('save-toggle')).toHaveAttribute('aria-pressed', 'true');
    }
  });
}

// Found by the fuzz (issue 12): a bundle.json other than the one the pages were built from (a newer deploy of the
// bundle alone, a copy kept offline, a file changed by hand) was hydrated against markup it did not make: React
// error #418 and a page of mixed content. It is rendered afresh in place of the prerendered page.
test('a bundle other than the build’s is rendered afresh over the prerendered page, with no hydration error', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const changed = structuredClone(bundle);
  const item = changed.items.find((i) => i.id === cleaned.id)!;
  item.title = `${item.title} (نسخة أحدث)`;
  await serveBundle(page, JSON.stringify(changed));
  await page.goto(`/article/${cleaned.id}`);
  await expect(page.getByTestId('article').getByRole('heading', { level: 1 })).toHaveText(item.title);
  await expect(page.getByTestId('article')).toHaveCount(1);
  expect(errors).toEqual([]);
});

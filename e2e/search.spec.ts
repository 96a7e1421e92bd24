/** Search as one types (issue 15 point 3): results after a pause, most relevant first with a snippet, newest first on request, the query repeated when nothing is found. */
import { expect, test, type Page } from './test.ts';
import { servedBundle } from './support.ts';

const bundle = servedBundle();
const rowIds = (page: Page) => page.getByTestId('article-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')!));
/** For each row in order: whether its title has a marked word. */
const titleMarks = (page: Page) => page.getByTestId('article-row').evaluateAll((rows) => rows.map((r) => r.querySelector('h2 mark') !== null));

const STRINGS = {
  ar: { sort: 'الترتيب', newest: 'الأحدث أولاً', noResults: 'لا توجد نتائج للبحث عن' },
  en: { sort: 'Order', newest: 'Newest first', noResults: 'No results for' },
} as const;

for (const [device, viewport] of [['desktop', { width: 1280, height: 860 }], ['phone', { width: 390, height: 844 }]] as const) {
  for (const language of ['ar', 'en'] as const) {
    test(`search as you type, by relevance with snippets, newest first on request (${language}, ${device})`, async ({ page }) => {
      const words = STRINGS[language];
      await page.setViewportSize(viewport);
      await page.addInitScript((settings) => localStorage.setItem('riwaya.settings', settings), JSON.stringify({ language, theme: 'light' }));
      await page.goto('/');
      await expect(page.getByTestId('article-row')).toHaveCount(bundle.items.length);
      const readingOrder = await rowIds(page);

      // Typed, never submitted: the results follow the box after the pause.
      await page.locator('#search-input').pressSequentially('روسيا', { delay: 40 });
      await expect(page).toHaveURL(/\?q=%D8%B1%D9%88%D8%B3%D9%8A%D8%A7$/);
      await expect(page.getByTestId('result-count')).toContainText(String(bundle.items.length));
      const rows = page.getByTestId('article-row');
      await expect.poll(async () => (await rowIds(page)).length).toBeLessThan(bundle.items.length);
      await expect(rows.first().locator('h2 mark').first()).toBeVisible();

      // Most relevant first: every title that has the word comes before every title that has not.
      const marks = await titleMarks(page);
      expect(marks).toContain(true);
      expect(marks).toContain(false);
      expect(marks.slice(marks.indexOf(false))).not.toContain(true);
      // The first row shows the passage around its best match, the word marked, instead of the lead.
      await expect(rows.first().getByTestId('snippet').locator('mark').first()).toBeVisible();
      await expect(rows.first().getByTestId('snippet').locator('mark').first()).toContainText('روسيا');

      // Newest first on request: the same articles in the list's reading order.
      const ranked = await rowIds(page);
      await page.getByLabel(words.sort).selectOption({ label: words.newest });
      await expect(page).toHaveURL(/sort=date/);
      await expect.poll(() => rowIds(page)).toEqual(readingOrder.filter((id) => ranked.includes(id)));
      expect(await rowIds(page)).not.toEqual(ranked);

      // Nothing found: the query is repeated.
      await page.locator('#search-input').fill('');
      await page.locator('#search-input').pressSequentially('زنجبيلاتية', { delay: 20 });
      await expect(page.getByTestId('empty-results')).toContainText(words.noResults);
      await expect(page.getByTestId('empty-results')).toContainText('زنجبيلاتية');
    });
  }
}

// Walk-through 2026-12-04: a Latin search found the articles naming Stoltenberg but marked nothing and showed no snippet.
test('a Latin name marks its Arabic spellings in the results', async ({ page }) => {
  await page.goto('/?q=Stoltenberg');
  const first = page.getByTestId('article-row').first();
  await expect(first.getByTestId('snippet').locator('mark', { hasText: /ستولتنبر[غج]/ }).first()).toBeVisible();
});

test('one search is one history entry: Back returns to the list before it', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('article-row')).toHaveCount(bundle.items.length);
  const box = page.locator('#search-input');
  await box.pressSequentially('ترا', { delay: 30 });
  await expect(page).toHaveURL(/q=/);
  // Typing on after a pause replaces the entry; Enter commits at once, in the same entry.
  await box.pressSequentially('مب', { delay: 30 });
  await box.press('Enter');
  await expect(page).toHaveURL(/\?q=%D8%AA%D8%B1%D8%A7%D9%85%D8%A8$/);
  await expect(page.getByTestId('article-row').first()).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId('article-row')).toHaveCount(bundle.items.length);
});

test('one letter does not search', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('article-row')).toHaveCount(bundle.items.length);
  await page.locator('#search-input').pressSequentially('ر');
  // Well past the pause: still every article, no query in the address.
  await page.waitForTimeout(800);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId('article-row')).toHaveCount(bundle.items.length);
});

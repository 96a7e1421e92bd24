import { expect, test } from './test.ts';
import { serveBundle, servedBundle } from './support.ts';

test('home lists every article of the bundle, newest first, with title, outlet and date', async ({ page }) => {
  const bundle = servedBundle();
  await page.goto('/');
  const rows = page.getByTestId('article-row');
  await expect(rows).toHaveCount(bundle.items.length);
  // Text content, not innerText: rows out of view are not rendered yet (content-visibility: auto), and innerText
  // is what a rendered element shows.
  const titles = await rows.locator('h2').allTextContents();
  expect(new Set(titles)).toEqual(new Set(bundle.items.map((i) => i.title)));
  // The seed published 2024-11-26 is the newest article of the content folder.
  await expect(rows.first()).toContainText('الناتو يؤكد دعمه لأوكرانيا');
  await expect(rows.first()).toContainText('2024');
});

test('an article page shows its cleaned text right-to-left', async ({ page }) => {
  await page.goto('/article/003_3945717365d2420a');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  const article = page.getByTestId('article');
  await expect(article.locator('h1')).toHaveText('الناتو يؤكد دعمه لأوكرانيا في اجتماع طارئ بعد الهجوم الصاروخي الروسي');
  await expect(article).toContainText('وقال المتحدث باسم الناتو فرح دخل الله');
  const direction = await article.locator('p').nth(2).evaluate((el) => getComputedStyle(el).direction);
  expect(direction).toBe('rtl');
});

test('switching to English flips to ltr and persists across reload', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('language-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('navigation')).toContainText('Timeline');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Articles');
  // Article text stays Arabic and right-to-left inside the English UI.
  await page.getByTestId('article-row').first().locator('h2 a').click();
  await expect(page.getByTestId('article')).toHaveAttribute('dir', 'rtl');
});

test('the settings page switches the language too', async ({ page }) => {
  await page.goto('/settings');
  await page.getByLabel('English').check();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
});

const brokenBundles = [
  { name: 'not JSON', body: '<html>oops</html>', status: 200, message: 'ليست JSON صالحًا' },
  { name: 'wrong schema', body: JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'x', items: [{ id: 1 }] }), status: 200, message: 'لا تطابق الصيغة المتوقعة' },
  { name: 'missing', body: 'not found', status: 404, message: 'لم يُعثر على حزمة المقالات (' },
  // Walk-through 2026-12-04: a server error was described as "not found"; the address is isolated (FSI…PDI) so that
  // its slash stays with it in the Arabic sentence.
  { name: 'server error', body: 'oops', status: 500, message: 'تعذّر على الخادم إرسال حزمة المقالات (\u2068/bundle.json\u2069، HTTP 500)' },
  // Issue 12 (tester): a static host without the file answers with the app's index.html (200, text/html), which was
  // reported as "not valid JSON".
  { name: 'missing, the host answers with its page', body: '<!doctype html><html><body><div id="root"></div></body></html>', status: 200, contentType: 'text/html; charset=utf-8', message: 'أجاب الخادم عن \u2068/bundle.json\u2069 بصفحة ويب' },
];
for (const broken of brokenBundles) {
  test(`a broken bundle (${broken.name}) shows the localized error view`, async ({ page }) => {
    await serveBundle(page, broken.body, broken.status, broken.contentType);
    await page.goto('/');
    const view = page.getByTestId('error-view');
    await expect(view).toBeVisible();
    await expect(view).toContainText('تعذّر تحميل المقالات');
    await expect(view).toContainText(broken.message);
    await expect(view.getByRole('button', { name: 'أعد المحاولة' })).toBeVisible();
  });
}

// Issue 12 (tester): one item that failed the schema made the reader reject the whole bundle.
test('damaged articles are left out and named; the others are read, in both languages', async ({ page }) => {
  const bundle = servedBundle();
  const items = bundle.items as unknown[];
  const emptyTitle = bundle.items[1]!.id;
  (items[1] as { title: string }).title = '';
  items[3] = 'not an article';
  await serveBundle(page, JSON.stringify(bundle));
  await page.goto('/');
  await expect(page.getByTestId('error-view')).toHaveCount(0);
  await expect(page.getByTestId('article-row')).toHaveCount(items.length - 2);
  const notice = page.getByTestId('dropped-items');
  await expect(notice).toContainText('في الحزمة مقالتان تالفتان استُبعدتا');
  await expect(notice.getByTestId('dropped-item')).toHaveText([`${emptyTitle} (العنصر 2)`, 'العنصر 4 (بلا معرّف)']);
  await page.getByTestId('language-toggle').click();
  await expect(notice).toContainText('2 articles in the bundle are damaged and were left out');
  await expect(notice.getByTestId('dropped-item')).toHaveText([`${emptyTitle} (item 2)`, 'item 4 (no id)']);
  await notice.getByText('What is wrong with them').click();
  await expect(notice).toContainText(`items.1.title:`);
});

// Issue 12 (tester): published 9999-12-31 passed, and the home and entity pages then failed with "Maximum call stack
// size exceeded". Now the item is refused and named, and every page of the others renders.
test('an article published in the year 9999 is left out and the pages still render', async ({ page }) => {
  const bundle = servedBundle();
  const far = bundle.items.find((i) => i._riwaya.mentions.length > 0)!;
  far._riwaya.published = { value: '9999-12-31', precision: 'day' };
  far.date_published = '9999-12-31T00:00:00Z';
  const entity = far._riwaya.mentions[0]!.entity;
  await serveBundle(page, JSON.stringify(bundle));
  for (const path of ['/', `/entity/${encodeURIComponent(entity)}`, '/timeline']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByTestId('error-view')).toHaveCount(0);
    await expect(page.getByTestId('dropped-item')).toHaveText([`${far.id} (العنصر ${bundle.items.indexOf(far) + 1})`]);
  }
});

// Walk-through 2026-12-04: when the bundle could not be loaded, the error view stood alone: no header, no language,
// and Import and Settings (which do not need the bundle) out of reach.
test('with a bundle that cannot be loaded, the header stays and Settings and Import work', async ({ page }) => {
  await serveBundle(page, 'oops', 500);
  await page.goto('/');
  await expect(page.getByTestId('error-view')).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'الإعدادات' }).click();
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByTestId('error-view')).toHaveCount(0);
  await page.getByLabel('English').check();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await page.getByRole('navigation').getByRole('link', { name: 'Import' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import articles');
  await expect(page.getByTestId('error-view')).toHaveCount(0);
  // Back to the articles: the error again, now in English, with the header.
  await page.getByRole('navigation').getByRole('link', { name: 'Articles' }).click();
  await expect(page.getByTestId('error-view')).toContainText('The articles could not be loaded');
  await expect(page.getByTestId('language-toggle')).toBeVisible();
});

test('the error view follows the English UI', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('riwaya.settings', JSON.stringify({ language: 'en' })));
  await serveBundle(page, '{"version": 2}');
  await page.goto('/');
  await expect(page.getByTestId('error-view')).toContainText('does not match the expected format');
});

test('unknown addresses and unknown article ids show the not-found page', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByTestId('not-found')).toContainText('الصفحة غير موجودة');
  await page.goto('/article/does-not-exist');
  await expect(page.getByTestId('not-found')).toContainText('does-not-exist');
  // Walk-through 2026-12-06: an address with a broken escape got the browser's own error page from the server.
  const response = await page.goto('/article/%E0%A4%A');
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId('not-found')).toContainText('الصفحة غير موجودة');
});

test('every route renders without an error', async ({ page }) => {
  for (const path of ['/', '/timeline', '/entities', '/compare?ids=000_65e48351ce8b35e2,004_1f3ba952f4cdec09', '/settings']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByTestId('error-view')).toHaveCount(0);
  }
});

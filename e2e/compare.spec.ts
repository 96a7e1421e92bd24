import { expect, test } from './test.ts';
import { screenshotPath, servedBundle } from './support.ts';

const bundle = servedBundle();
const PAIR = '/compare?ids=000_65e48351ce8b35e2,004_1f3ba952f4cdec09';

test('comparing 000 with 004 shows aligned rows, shared entities and what each says alone', async ({ page }) => {
  await page.goto(PAIR);
  const rows = page.locator('[data-row]');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThan(10);
  // Both articles are about Stoltenberg and Ukraine aid: the summary names them as shared.
  const shared = page.getByTestId('shared-entities');
  await expect(shared).toContainText('ستولتنبرغ');
  await expect(shared).toContainText('أوكرانيا');
  // Each article has sentences the other lacks, shown in its own column.
  for (const k of [0, 1]) {
    await expect(page.locator(`[data-status="unique"] [data-article="${k}"] [data-sentence-status="unique"]`).first()).toBeVisible();
  }
  // In RTL the first article's column is on the right.
  const first = await page.locator('[data-row] [data-article="0"]').first().boundingBox();
  const second = await page.locator('[data-row] [data-article="1"]').first().boundingBox();
  expect(first!.x).toBeGreaterThan(second!.x);
});

test('rows can be walked with the keyboard', async ({ page }) => {
  await page.goto(PAIR);
  await page.locator('[data-row="0"]').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('[data-row="1"]')).toBeFocused();
  await page.keyboard.press('k');
  await expect(page.locator('[data-row="0"]')).toBeFocused();
});

test('a three-way comparison of same-day reports works', async ({ page }) => {
  // corpus, 17 March 2018: Russia expels 23 British diplomats, reported by France 24, Al Arabiya and Sky News Arabia
  const ids = ['2018-03-17_france24_FR-internationalNews-477', '2018-03-17_alarabiya_AL-internationalNews-508', '2018-03-17_skynews_SK-internationalNews-399'];
  await page.goto(`/compare?ids=${ids.join(',')}`);
  await expect(page.locator('[data-row]').first()).toBeVisible();
  for (const k of [0, 1, 2]) await expect(page.getByTestId(`only-in-${k}`)).toBeVisible();
  await expect(page.locator('[data-row] [data-article="2"]').first()).toBeVisible();
  await expect(page.getByTestId('shared-entities')).toContainText('روسيا');
});

test('on a phone one source shows at a time, the alignment kept, and the URL restores the view', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(PAIR);
  const switcher = page.getByTestId('source-switch');
  await expect(switcher).toBeVisible();
  await expect(page.locator('[data-row="0"] [data-article="1"]')).toBeHidden();
  await expect(page.locator('[data-row="0"] [data-article="0"]')).toBeVisible();
  await switcher.getByRole('tab').nth(1).click();
  await expect(page).toHaveURL(/show=1/);
  await expect(page.locator('[data-row="0"] [data-article="1"]')).toBeVisible();
  await expect(page.locator('[data-row="0"] [data-article="0"]')).toBeHidden();
  const rowsBefore = await page.locator('[data-row]').count();
  await page.reload();
  await expect(switcher.getByRole('tab').nth(1)).toHaveAttribute('aria-selected', 'true');
  expect(await page.locator('[data-row]').count()).toBe(rowsBefore);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  // The column switch keeps each id encoded on its own (a comma inside an id would be %2C).
  expect(new URL(page.url()).search).toBe('?ids=000_65e48351ce8b35e2,004_1f3ba952f4cdec09&show=1');
});

test('an address with the whole id list encoded (as earlier versions wrote it) still opens the comparison', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/compare?ids=000_65e48351ce8b35e2%2C004_1f3ba952f4cdec09&show=1');
  await expect(page.getByTestId('source-switch').getByRole('tab').nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('[data-row="0"] [data-article="1"]')).toBeVisible();
});

test('a story page offers same-day pairs and compares them in one click', async ({ page }) => {
  const story = bundle._riwaya.stories.reduce((a, b) => (b.item_ids.length > a.item_ids.length ? b : a));
  await page.goto(`/story/${encodeURIComponent(story.id)}`);
  await expect(page.getByTestId('story-timeline').locator('[data-id]')).toHaveCount(story.item_ids.length);
  await page.getByTestId('compare-suggestions').getByRole('link').first().click();
  await expect(page).toHaveURL(/\/compare\?ids=/);
  await expect(page.locator('[data-row]').first()).toBeVisible();
});

test('the compare page without articles lets the reader pick some', async ({ page }) => {
  await page.goto('/compare');
  await expect(page.getByTestId('story-suggestions')).toBeVisible();
  const boxes = page.getByRole('checkbox');
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await page.getByTestId('compare-selected').click();
  await expect(page.locator('[data-row]').first()).toBeVisible();
});

for (const language of ['ar', 'en'] as const) {
  for (const [device, viewport] of [['desktop', { width: 1280, height: 860 }], ['mobile', { width: 390, height: 844 }]] as const) {
    test(`compare screenshot (${language}, ${device})`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.addInitScript((settings) => localStorage.setItem('riwaya.settings', settings), JSON.stringify({ language, theme: 'light' }));
      await page.goto(PAIR);
      await expect(page.locator('[data-row]').first()).toBeVisible();
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: screenshotPath(`compare-${language}-${device}`) });
    });
  }
}

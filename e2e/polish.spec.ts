/** Issue 15 point 5, polish: page titles, the keyboard on home, the date range, pickers, headlines, loading, type. */
import { expect, test, type Page } from './test.ts';
import { servedBundle } from './support.ts';

const bundle = servedBundle();
const stoltenberg = bundle._riwaya.entities.find((e) => e.aliases.includes('ستولتنبرغ'))!;
const DEVICES = [['desktop', { width: 1280, height: 860 }], ['phone', { width: 390, height: 844 }]] as const;
const APP = { ar: 'رواية', en: 'Riwaya' } as const;

async function open(page: Page, path: string, language: 'ar' | 'en', viewport: { width: number; height: number }) {
  await page.setViewportSize(viewport);
  await page.addInitScript((settings) => localStorage.setItem('riwaya.settings', settings), JSON.stringify({ language, theme: 'light' }));
  await page.goto(path);
}

for (const [device, viewport] of DEVICES) {
  for (const language of ['ar', 'en'] as const) {
    test(`every route names its page in the document title (${language}, ${device})`, async ({ page }) => {
      const app = APP[language];
      const corpus = bundle.items.find((i) => i.id === '2018-03-06_bbc_BB-internationalNews-104')!;
      const expected: Array<[string, string]> = [
        ['/', language === 'ar' ? `المقالات · ${app}` : `Articles · ${app}`],
        [`/?q=${encodeURIComponent('روسيا')}`, language === 'ar' ? `بحث: روسيا · ${app}` : `Search: روسيا · ${app}`],
        [`/article/${corpus.id}`, `${corpus.title} · ${app}`],
        ['/timeline', language === 'ar' ? `الخط الزمني · ${app}` : `Timeline · ${app}`],
        [`/entity/${encodeURIComponent(stoltenberg.id)}`, `${stoltenberg.name} · ${app}`],
        ['/settings', language === 'ar' ? `الإعدادات · ${app}` : `Settings · ${app}`],
        ['/no-such-page', language === 'ar' ? `الصفحة غير موجودة · ${app}` : `Page not found · ${app}`],
      ];
      for (const [path, title] of expected) {
        await open(page, path, language, viewport);
        await expect(page, path).toHaveTitle(title);
      }
    });
  }
}

const inMonths = (...months: string[]) => bundle.items.filter((i) => months.some((m) => i._riwaya.published?.value.startsWith(m))).map((i) => i.id);
const focusedLabel = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');

for (const [device, viewport] of DEVICES) {
  for (const language of ['ar', 'en'] as const) {
    test(`the month strip is one tab stop; the arrows move inside it as they point (${language}, ${device})`, async ({ page }) => {
      await open(page, '/', language, viewport);
      const strip = page.getByTestId('timeline-strip').getByRole('toolbar');
      await expect(page.getByTestId('article-row')).toHaveCount(bundle.items.length);
      await expect(strip.locator('button[tabindex="0"]')).toHaveCount(1);
      // The tab stop is the latest month (seed 003, November 2024); the key that points back in time goes to October.
      await strip.locator('button[tabindex="0"]').focus();
      expect(await focusedLabel(page)).toMatch(language === 'ar' ? /نوفمبر 2024/ : /November 2024/);
      const back = language === 'ar' ? 'ArrowRight' : 'ArrowLeft';
      await page.keyboard.press(back);
      expect(await focusedLabel(page)).toMatch(language === 'ar' ? /أكتوبر 2024/ : /October 2024/);
      // Home: the first month (March 2018), chosen with Enter; End, then Enter, extends the range to the last month.
      await page.keyboard.press('Home');
      expect(await focusedLabel(page)).toMatch(language === 'ar' ? /مارس 2018/ : /March 2018/);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/from=2018-03&to=2018-03/);
      await expect(page.getByTestId('article-row')).toHaveCount(inMonths('2018-03').length);
      // One Tab leaves the strip: the next control is the person picker, not another month.
      await strip.locator('button[tabindex="0"]').focus();
      await page.keyboard.press('Tab');
      await expect(page.getByTestId('picker-person').locator('summary')).toBeFocused();
      await page.keyboard.press('Shift+Tab');
      expect(await focusedLabel(page)).toMatch(language === 'ar' ? /مارس 2018/ : /March 2018/);
      const later = language === 'ar' ? 'ArrowLeft' : 'ArrowRight';
      for (let i = 0; i < 4; i++) await page.keyboard.press(later);
      expect(await focusedLabel(page)).toMatch(language === 'ar' ? /يوليو 2018/ : /July 2018/);
      await page.keyboard.press('Space');
      await expect(page).toHaveURL(/from=2018-03&to=2018-07/);
      await expect(page.getByTestId('article-row')).toHaveCount(inMonths('2018-03', '2018-04', '2018-05', '2018-06', '2018-07').length);
    });
  }
}

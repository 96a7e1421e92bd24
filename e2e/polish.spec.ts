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

// Takes the screenshots README shows, from the production build (saved where screenshotPath says).
import { expect, test } from './test.ts';
import { screenshotPath, servedBundle } from './support.ts';

const bundle = servedBundle();
const stoltenberg = bundle._riwaya.entities.find((e) => e.aliases.includes('ستولتنبرغ'))!.id;
// The story with the most reports (content/articles: the Skripal poisoning's, five outlets).
const story = [...bundle._riwaya.stories].sort((a, b) => b.item_ids.length - a.item_ids.length)[0]!.id;
const PAGES = [
  ['home', '/'],
  ['article', '/article/000_65e48351ce8b35e2'],
  ['timeline', '/timeline'],
  ['entity', `/entity/${encodeURIComponent(stoltenberg)}`],
  ['story', `/story/${encodeURIComponent(story)}`],
  ['search', `/?q=${encodeURIComponent('ستولتنبرغ')}`],
] as const;
const WIDTHS = { desktop: { width: 1280, height: 860 }, mobile: { width: 390, height: 844 } } as const;

for (const language of ['ar', 'en'] as const) {
  for (const [device, viewport] of Object.entries(WIDTHS)) {
    test(`screenshots (${language}, ${device})`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.setViewportSize(viewport);
      await page.addInitScript((settings) => localStorage.setItem('riwaya.settings', settings), JSON.stringify({ language, theme: 'light' }));
      for (const [name, path] of PAGES) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        // The page itself, not the "loading the articles" view (also an h1), which README's home images showed.
        await expect(page.getByTestId('loading')).toHaveCount(0);
        if (name === 'search') await expect(page.getByTestId('result-count')).not.toHaveAttribute('aria-busy');
        await page.evaluate(() => document.fonts.ready);
        // Nothing may stick out sideways: a horizontal scrollbar means something overflows (or is mirrored off-screen).
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${name} overflows horizontally`).toBeLessThanOrEqual(0);
        await page.screenshot({ path: screenshotPath(`${name}-${language}-${device}`) });
      }
    });
  }
}

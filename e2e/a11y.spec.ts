import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { servedBundle } from './support.ts';

const bundle = servedBundle();
const stoltenberg = bundle._riwaya.entities.find((e) => e.aliases.includes('ستولتنبرغ'))!.id;
const ROUTES = [
  ['home', '/'],
  ['article', '/article/001_3050791f78128683'],
  ['timeline', '/timeline'],
  ['entity', `/entity/${encodeURIComponent(stoltenberg)}`],
  ['compare', '/compare?ids=000_65e48351ce8b35e2,004_1f3ba952f4cdec09'],
  ['settings', '/settings'],
] as const;

for (const language of ['ar', 'en'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds no violations on any route (${language}, ${theme})`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.addInitScript((settings) => localStorage.setItem('riwaya.settings', settings), JSON.stringify({ language, theme }));
      for (const [name, path] of ROUTES) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 }), name).toBeVisible();
        await expect(page.locator('html')).toHaveClass(theme === 'dark' ? /dark/ : /^(?!.*dark)/);
        const { violations } = await new AxeBuilder({ page }).analyze();
        expect(
          violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`),
          `${name} (${language}, ${theme})`,
        ).toEqual([]);
      }
    });
  }
}

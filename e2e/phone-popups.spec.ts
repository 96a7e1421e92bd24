/**
 * Walk-through: on a phone (390×844) the filter popups opened partly off-screen and the page scrolled sideways (the
 * date range's month lists at x −125…−13 and the page 528 px wide; the place picker at −91…197 in Arabic, 274…562 in
 * English). Each popup, opened on home and on the timeline in both languages, lies inside the viewport, under its
 * summary, and the document is no wider than the viewport. On a desktop the popup still hangs from its summary.
 */
import { expect, test, type Page } from './test.ts';
import { openAs } from './support.ts';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 860 };
const CONTROLS = ['picker-person', 'picker-org', 'picker-place', 'date-range'] as const;

async function open(page: Page, path: string, language: 'ar' | 'en', viewport: { width: number; height: number }) {
  await openAs(page, path, language, viewport);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

/** Opens a control's popup and waits for what it holds (its lists load with the first popup). */
async function openPopup(page: Page, testId: (typeof CONTROLS)[number]) {
  const control = page.getByTestId(testId);
  await control.locator('summary').click();
  await expect(control).toHaveAttribute('open');
  await expect(testId === 'date-range' ? page.getByTestId('date-to') : control.getByRole('searchbox')).toBeVisible();
  return { control, popup: control.locator(':scope > div') };
}

const box = async (locator: ReturnType<Page['locator']>) => {
  const found = await locator.boundingBox();
  expect(found).not.toBeNull();
  return found!;
};

const pageOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const language of ['ar', 'en'] as const) {
  for (const path of ['/', '/timeline']) {
    test(`on a phone every filter popup stays inside the viewport (${path}, ${language})`, async ({ page }) => {
      await open(page, path, language, PHONE);
      await expect(page.getByTestId('date-range')).toBeVisible();
      expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
      for (const testId of CONTROLS) {
        const { control, popup } = await openPopup(page, testId);
        const rect = await box(popup);
        expect(rect.x, `${testId} start`).toBeGreaterThanOrEqual(0);
        expect(rect.x + rect.width, `${testId} end`).toBeLessThanOrEqual(PHONE.width);
        // Under its own summary, not somewhere else on the page.
        const summary = await box(control.locator('summary'));
        expect(rect.y, `${testId} top`).toBeGreaterThanOrEqual(summary.y + summary.height - 1);
        // What it holds is inside it too: the search box, or the two month lists (which sat off-screen).
        const inner = testId === 'date-range' ? [page.getByTestId('date-from'), page.getByTestId('date-to')] : [control.getByRole('searchbox')];
        for (const part of inner) {
          const r = await box(part);
          expect(r.x, `${testId} inner start`).toBeGreaterThanOrEqual(0);
          expect(r.x + r.width, `${testId} inner end`).toBeLessThanOrEqual(PHONE.width);
        }
        expect(await pageOverflow(page), `${testId}: the page scrolls sideways`).toBeLessThanOrEqual(0);
        expect(await page.evaluate(() => window.scrollX)).toBe(0);
        await page.keyboard.press('Escape');
        await expect(control).not.toHaveAttribute('open');
      }
    });
  }

  test(`on a desktop a filter popup still opens from its summary's start edge (${language})`, async ({ page }) => {
    await open(page, '/', language, DESKTOP);
    for (const testId of CONTROLS) {
      const { control, popup } = await openPopup(page, testId);
      const rect = await box(popup);
      const details = await box(control);
      // Its start edge is the summary's: the right edge in Arabic, the left in English (as before the phone fix).
      if (language === 'ar') expect(Math.abs(rect.x + rect.width - (details.x + details.width)), testId).toBeLessThanOrEqual(1);
      else expect(Math.abs(rect.x - details.x), testId).toBeLessThanOrEqual(1);
      // Its width as before: w-72 (288 px) for a picker, w-64 (256 px) for the range.
      expect(Math.round(rect.width), testId).toBe(testId === 'date-range' ? 256 : 288);
      await page.keyboard.press('Escape');
      await expect(control).not.toHaveAttribute('open');
    }
  });
}

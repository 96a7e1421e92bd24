/**
 * The e2e journeys' `test`: Playwright's, with a page whose goto and reload return once the app has taken over the
 * page (`<html data-app-ready>`, set by src/app/main.tsx after the first render or hydration). A prerendered page is
 * readable — and clickable — before that; its buttons answer only after it, and a journey acts like a reader who
 * waited that moment. Pages without the app (a JSON file, an error page of the server) are not waited for.
 */
import { test as base, expect, type Page } from '@playwright/test';

export { expect };
export type { Page };

export async function untilAppReady(page: Page): Promise<void> {
  await page
    .waitForFunction(() => document.getElementById('root') === null || document.documentElement.hasAttribute('data-app-ready'), undefined, { timeout: 15_000 })
    // A journey that navigates away or closes the page meanwhile goes on; its own assertions decide.
    .catch(() => undefined);
}

export const test = base.extend({
  page: async ({ page, javaScriptEnabled }, use) => {
    if (javaScriptEnabled === false) return use(page);
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (...args: Parameters<Page['goto']>) => {
      const response = await goto(...args);
      await untilAppReady(page);
      return response;
    };
    page.reload = async (...args: Parameters<Page['reload']>) => {
      const response = await reload(...args);
      await untilAppReady(page);
      return response;
    };
    await use(page);
  },
});

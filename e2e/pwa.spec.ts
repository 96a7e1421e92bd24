import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { expect, test, type Page } from './test.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';
import { untilStored } from './stored.ts';

test.use({ serviceWorkers: 'allow' });
// Service-worker installs and two builds are slow on a 2-core machine shared with the other workers.
test.describe.configure({ timeout: 120_000 });

/** Waits until the service worker is activated and controls the page (reloading once on a first visit). */
async function untilControlled(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
}

// A registration made while rendering is made again by every render React starts over: home's prerendered page
// hydrates in a transition, and the registration's own answer restarted it again and again in the first seconds
// (187 registrations in one instrumented load; Lighthouse's TBT on home was 385 ms). One page load registers the service worker once.
for (const path of ['/', '/article/003_3945717365d2420a']) {
  test(`${path} registers the service worker once, under a 4× CPU slowdown`, async ({ page, context }) => {
    await page.addInitScript(() => {
      const register = navigator.serviceWorker.register.bind(navigator.serviceWorker);
      navigator.serviceWorker.register = (...args: Parameters<typeof register>) => {
        document.documentElement.dataset.registrations = String(Number(document.documentElement.dataset.registrations ?? 0) + 1);
        return register(...args);
      };
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(path);
    await page.evaluate(() => navigator.serviceWorker.ready);
    // The app's first seconds, when the repeated registrations happened.
    await page.waitForTimeout(3000);
    expect(await page.evaluate(() => document.documentElement.dataset.registrations)).toBe('1');
  });
}

test('after a first visit every route works offline, with an offline indicator', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByTestId('article-row').first()).toBeVisible();
  await untilControlled(page);
  await expect(page.getByTestId('article-row').first()).toBeVisible();
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('offline-indicator')).toBeVisible();
  await expect(page.getByTestId('article-row').first()).toBeVisible();
  for (const [path, check] of [
    ['/article/003_3945717365d2420a', 'article'],
    ['/timeline', 'timeline'],
    ['/compare?ids=000_65e48351ce8b35e2,004_1f3ba952f4cdec09', null],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    if (check) await expect(page.getByTestId(check)).toBeVisible();
    await expect(page.getByTestId('error-view')).toHaveCount(0);
    await expect(page.getByTestId('offline-indicator')).toBeVisible();
  }
  await context.setOffline(false);
  await expect(page.getByTestId('offline-indicator')).toHaveCount(0);
});

test.describe('a deploy while a page is open', () => {
  let server: StaticServer;
  let work: string;

  // eslint-disable-next-line no-empty-pattern -- Playwright passes fixtures first; this hook needs none.
  test.beforeAll(({}, testInfo) => {
    testInfo.setTimeout(240_000);
    work = mkdtempSync(join(tmpdir(), 'riwaya-deploy-'));
    cpSync('dist', join(work, 'v1'), { recursive: true });
    // The next version: the same app built again under another build id (public/bundle.json is already made).
    execFileSync('npx', ['vite', 'build', '--outDir', join(work, 'v2'), '--emptyOutDir', '--logLevel', 'error'], {
      env: { ...process.env, RIWAYA_BUILD_ID: 'next-version' },
      stdio: 'inherit',
    });
  });
  test.afterAll(() => rmSync(work, { recursive: true, force: true }));
  test.beforeEach(async () => {
    server = await startStaticServer(join(work, 'v1'), 0);
  });
  test.afterEach(async () => server.close());

  test('offers the update; declining keeps the old version working, accepting loads the new one; nothing saved is lost', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`${server.url}/settings`);
    const oldBuild = await page.getByTestId('build-id').textContent();
    expect(oldBuild).not.toBe('next-version');
    await untilControlled(page);
    // Things the reader keeps: a setting and a saved article.
    await page.getByTestId('setting-digits').getByRole('radio').nth(1).check();
    await page.goto(`${server.url}/article/004_1f3ba952f4cdec09`);
    await page.getByTestId('save-toggle').click();
    await expect(page.getByTestId('save-toggle')).toHaveAttribute('aria-pressed', 'true');
    await untilStored(page, '004_1f3ba952f4cdec09', { saved: true });

    server.deploy(join(work, 'v2'));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const prompt = page.getByTestId('update-prompt');
    await expect(prompt).toBeVisible({ timeout: 30_000 });

    // Declining: the prompt goes, the old version keeps working.
    await prompt.getByRole('button', { name: 'لاحقًا' }).click();
    await expect(prompt).toHaveCount(0);
    await page.getByRole('link', { name: 'الإعدادات' }).click();
    await expect(page.getByTestId('build-id')).toHaveText(oldBuild!);
    await page.getByRole('link', { name: 'المقالات' }).first().click();
    await expect(page.getByTestId('article-row').first()).toBeVisible();

    // Accepting (the waiting version is offered again on the next load): reloads into the new version.
    await page.reload();
    await expect(prompt).toBeVisible({ timeout: 30_000 });
    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'أعد التحميل' }).click()]);
    await page.goto(`${server.url}/settings`);
    await expect(page.getByTestId('build-id')).toHaveText('next-version');
    // What the reader kept survived the update.
    await expect(page.getByTestId('setting-digits').getByRole('radio').nth(1)).toBeChecked();
    await page.goto(`${server.url}/?saved=1`);
    await expect(page.getByTestId('article-row')).toHaveCount(1);
    await expect(page.getByTestId('saved-badge')).toBeVisible();
  });
});

// Issue 12 #8 (tester): the bundle is fetched network-first, and a broken deployed bundle replaced the last good
// cached copy, so offline reading then failed.
test('a broken deployed bundle does not replace the copy kept for reading offline', async ({ page, context }) => {
  const work = mkdtempSync(join(tmpdir(), 'riwaya-broken-'));
  cpSync('dist', join(work, 'good'), { recursive: true });
  cpSync('dist', join(work, 'broken'), { recursive: true });
  writeFileSync(join(work, 'broken', 'bundle.json'), '{"broken": true}');
  const server = await startStaticServer(join(work, 'good'), 0);
  try {
    await page.goto(`${server.url}/`);
    await untilControlled(page);
    await expect(page.getByTestId('article-row').first()).toBeVisible();
    const cachedBundles = () => page.evaluate(async () => (await (await caches.open('riwaya-bundle')).keys()).length);
    await expect.poll(cachedBundles).toBe(1);

    // Online, the server's copy cannot be read: the kept one is shown, and the reader is told…
    server.deploy(join(work, 'broken'));
    await page.reload();
    await expect(page.getByTestId('bundle-fallback')).toContainText('حزمة المقالات على الخادم لا تطابق الصيغة المتوقعة');
    await expect(page.getByTestId('article-row').first()).toBeVisible();
    await expect(page.getByTestId('error-view')).toHaveCount(0);
    // …and offline the last good copy is still there to read.
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByTestId('offline-indicator')).toBeVisible();
    await expect(page.getByTestId('article-row').first()).toBeVisible();
    await expect(page.getByTestId('error-view')).toHaveCount(0);
  } finally {
    await context.setOffline(false);
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
});

test('saved articles, read marks and settings survive a reload', async ({ page }) => {
  await page.goto('/article/002_2274472028061bc0');
  await page.getByTestId('save-toggle').click();
  await untilStored(page, '002_2274472028061bc0', { saved: true, read: true });
  await page.goto('/settings');
  await page.getByTestId('setting-theme').getByRole('radio').nth(2).check();
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.goto('/?saved=1');
  await expect(page.getByTestId('article-row')).toHaveCount(1);
  await expect(page.locator('[data-testid="article-row"][data-id="002_2274472028061bc0"]')).toContainText('مقروءة');
});

test('a browser without storage still reads, and says why nothing is kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { get: () => { throw new DOMException('The user denied permission to access the database.', 'SecurityError'); } });
  });
  await page.goto('/article/000_65e48351ce8b35e2');
  await expect(page.getByTestId('article')).toBeVisible();
  await expect(page.getByTestId('storage-error')).toContainText('SecurityError');
});

test('Chromium reports the app installable and the manifest carries what an install needs', async ({ request, baseURL }, testInfo) => {
  // Chromium never offers an install in an incognito-like context, so this journey uses a real profile.
  const profile = mkdtempSync(join(tmpdir(), 'riwaya-profile-'));
  const context = await chromium.launchPersistentContext(profile, { ...testInfo.project.use.launchOptions, baseURL });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/');
    await expect(page.getByTestId('article-row').first()).toBeVisible();
    await page.evaluate(() => navigator.serviceWorker.ready);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  const manifest = await (await request.get('/manifest.webmanifest')).json();
  expect(manifest).toMatchObject({ lang: 'ar', dir: 'rtl', display: 'standalone', start_url: '/', short_name: 'رواية' });
  expect(manifest.name).toContain('Riwaya');
  expect(manifest.name).toContain('رواية');
  const icons = manifest.icons as Array<{ src: string; sizes: string; purpose: string; type: string }>;
  for (const [sizes, purpose] of [['192x192', 'any'], ['512x512', 'any'], ['192x192', 'maskable'], ['512x512', 'maskable']]) {
    expect(icons.some((i) => i.sizes === sizes && i.purpose === purpose && i.type === 'image/png')).toBe(true);
  }
  expect(icons.some((i) => i.type === 'image/svg+xml')).toBe(true);
  expect(manifest.shortcuts.map((s: { url: string }) => s.url)).toEqual(['/timeline', '/?focus=search']);
  expect(manifest.screenshots.map((s: { form_factor: string }) => s.form_factor).sort()).toEqual(['narrow', 'wide']);
  for (const asset of [...icons, ...manifest.screenshots]) expect((await request.get(asset.src)).status(), asset.src).toBe(200);
});

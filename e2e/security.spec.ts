import { readFileSync } from 'node:fs';
import { expect, test } from './test.ts';
import { SECURITY_HEADERS } from '../config/security-headers.ts';
import { SETTINGS_BOOT_HASH, SETTINGS_BOOT_SCRIPT } from '../config/settings-boot.ts';
import { startStaticServer } from './static-server.ts';
import { bundleFromFixture, serveBundle } from './support.ts';

test('the production server sends a strict Content-Security-Policy', async ({ page }) => {
  // Count violations from the very start of the page, not only after it has loaded.
  await page.addInitScript(() => {
    (window as unknown as { __violations: string[] }).__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => (window as unknown as { __violations: string[] }).__violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const response = await page.goto('/');
  const csp = response?.headers()['content-security-policy'] ?? '';
  const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name = '', ...values]) => [name, values]));
  // 'self', and the one inline script by its hash: the settings boot (config/settings-boot.ts).
  expect(directives.get('script-src')).toEqual(["'self'", SETTINGS_BOOT_HASH]);
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).not.toMatch(/https?:/);
  // And the app really runs under it: it renders, with no violation and no inline script in the built HTML but the
  // settings boot.
  await expect(page.getByTestId('article-row').first()).toBeVisible();
  for (const path of ['/article/001_3050791f78128683', '/timeline', '/compare?ids=000_65e48351ce8b35e2,004_1f3ba952f4cdec09']) {
    await page.getByRole('navigation').first().waitFor();
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations), path).toEqual([]);
  }
  expect(inlineScripts(readFileSync('dist/index.html', 'utf8'))).toEqual([SETTINGS_BOOT_SCRIPT]);
});

/** The text of every <script> without a src in an HTML file. */
function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] as string);
}

// Walk-through 2026-12-04: a reader who chose dark on a light system saw every prerendered page painted light first.
test('a prerendered page is painted in the theme and reading size the reader chose, before the app runs', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.addInitScript(() => localStorage.setItem('riwaya.settings', JSON.stringify({ theme: 'dark', fontStep: 2 })));
  // The app never starts: what is on screen is the prerendered page and the inline boot alone.
  await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
  await page.goto('/article/001_3050791f78128683');
  await expect(page.locator('h1')).toBeVisible();
  expect(await page.evaluate(() => ({ dark: document.documentElement.classList.contains('dark'), scale: document.documentElement.style.getPropertyValue('--reading-scale') }))).toEqual({ dark: true, scale: '1.25' });
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r, g, b] = background.match(/\d+/g)!.map(Number);
  expect(r! + g! + b!).toBeLessThan(3 * 80);
});

test('no request leaves the origin', async ({ page }) => {
  const foreign: string[] = [];
  const origin = `${new URL(test.info().project.use.baseURL ?? '').origin}/`;
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) foreign.push(request.url());
  });
  await page.goto('/article/000_65e48351ce8b35e2');
  await expect(page.getByTestId('article')).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  expect(foreign).toEqual([]);
  expect(await page.evaluate(() => document.fonts.check('16px "Noto Naskh Arabic"', 'ناتو'))).toBe(true);
});

test('script and onerror payloads in an article are shown as plain text', async ({ page }) => {
  const bundle = bundleFromFixture('hostile');
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await serveBundle(page, JSON.stringify(bundle));
  await page.goto('/article/xss-probe');
  const article = page.getByTestId('article');
  await expect(article).toContainText('<img src=x onerror="window.__pwned = true">');
  await expect(article).toContainText('<a href="javascript:window.__pwned=true">');
  await expect(article.locator('h1')).toContainText('<script>window.__pwned = true</script>');
  await expect(article).toContainText('<b>منفذ</b>');
  await expect(article.locator('img, script, b, a[href^="javascript"]')).toHaveCount(0);
  // The same text is shown as text on every page that lists or quotes it.
  for (const path of ['/', '/timeline', '/entities', '/compare']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('main img, main script, main b, main a[href^="javascript"]')).toHaveCount(0);
  }
  await page.goto('/');
  await expect(page.getByTestId('article-row').first()).toContainText('<script>window.__pwned = true</script>');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

// Issue 12 (tester): the policy lived only in the preview server's config, so dist/ on a static host had none.
test('dist/ carries its policy: served by a plain static server, an injected inline handler is blocked', async ({ page }) => {
  const server = await startStaticServer('dist', 0, { securityHeaders: false });
  try {
    await page.addInitScript(() => {
      (window as unknown as { __violations: string[] }).__violations = [];
      document.addEventListener('securitypolicyviolation', (event) => (window as unknown as { __violations: string[] }).__violations.push(event.effectiveDirective));
    });
    const response = await page.goto(`${server.url}/`);
    expect(response?.headers()['content-security-policy']).toBeUndefined();
    await expect(page.getByTestId('article-row').first()).toBeVisible();
    // The app itself runs under the meta policy without a violation.
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    // An article's text that became HTML somewhere would look like this: its inline handler must not run.
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<img src="x" onerror="window.__pwned = 1">'));
    await expect.poll(() => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toContain('script-src-attr');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  } finally {
    await server.close();
  }
  // For hosts that read it (Netlify, Cloudflare Pages), every header ships too, frame-ancestors included.
  const headers = readFileSync('dist/_headers', 'utf8');
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers).toContain(`  ${name}: ${value}\n`);
  expect(headers).toContain("frame-ancestors 'none'");
});

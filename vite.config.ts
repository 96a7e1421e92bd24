/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin } from 'vite';
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { buildPages } from './config/build-pages.ts';
import { CACHE_RULES, cacheControlFor } from './config/cache-headers.ts';
import { MANIFEST } from './config/manifest.ts';
import { BUNDLE_CACHE_NAME, keepReadableBundle, V2_CACHE_NAME } from './src/app/pwa/bundle-cache-guard.ts';
import { META_CONTENT_SECURITY_POLICY, SECURITY_HEADERS, headersFile } from './config/security-headers.ts';
import { SETTINGS_BOOT_SCRIPT } from './config/settings-boot.ts';

/**
 * The security headers ship with dist/, not only with `vite preview`: index.html gets the policy in a meta (what a
 * meta can carry), and `_headers` (Netlify, Cloudflare Pages) sends all of them. Build only: the dev server injects
 * inline scripts (React refresh) that the policy would block.
 */
function shipSecurityHeaders(): Plugin {
  return {
    name: 'riwaya-security-headers',
    apply: 'build',
    // Right after the charset (which must come first) and before every script and stylesheet it governs.
    transformIndexHtml(html) {
      const charset = '<meta charset="UTF-8" />';
      if (!html.includes(charset) || META_CONTENT_SECURITY_POLICY.includes('"')) throw new Error('index.html: cannot place the CSP meta');
      // Then the settings boot (config/settings-boot.ts): the reader's theme and size before anything is painted.
      return html.replace(charset, `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />\n    <script>${SETTINGS_BOOT_SCRIPT}</script>`);
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(CACHE_RULES) });
    },
  };
}

/**
 * The production server (`vite preview`: `npm start`, e2e): every response gets its Cache-Control
 * (config/cache-headers.ts), whatever the file server would send; an address with no file and no prerendered page
 * gets shell.html (the app with an empty #root), not the home page's prerendered HTML.
 */
function serveProduction(): Plugin {
  return {
    name: 'riwaya-production-server',
    configurePreviewServer(server) {
      const dist = resolve(server.config.root, server.config.build.outDir);
      const isFile = (path: string) => existsSync(path) && statSync(path).isFile();
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const value = cacheControlFor(url.pathname);
        const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => typeof res;
        res.writeHead = ((...args: unknown[]) => {
          for (const arg of args) {
            if (arg && typeof arg === 'object' && !Array.isArray(arg)) {
              for (const name of Object.keys(arg)) if (name.toLowerCase() === 'cache-control') delete (arg as Record<string, unknown>)[name];
            }
          }
          res.setHeader('Cache-Control', value);
          return writeHead(...args);
        }) as typeof res.writeHead;
        const accepts = req.headers.accept;
        const wantsPage = (req.method === 'GET' || req.method === 'HEAD') && (!accepts || accepts.includes('text/html') || accepts.includes('*/*'));
        let pathname: string;
        try {
          pathname = decodeURIComponent(url.pathname);
        } catch {
          // An address with a broken escape (/article/%E0%A4%A) names no file: the app says the page does not exist,
          // rather than the browser's own error page (walk-through 2026-12-06).
          if (wantsPage) req.url = '/shell.html';
          return next();
        }
        if (wantsPage && pathname !== '/' && extname(pathname) === '' && !isFile(join(dist, pathname)) && !isFile(join(dist, `${pathname}.html`))) {
          req.url = '/shell.html';
        }
        next();
      });
    },
  };
}

// A build identifier shown in the settings page: lets a reader (and the update e2e test) tell versions apart.
const BUILD_ID = process.env.RIWAYA_BUILD_ID ?? new Date().toISOString().slice(0, 16).replace('T', ' ');

const DEFINE = { __RIWAYA_BUILD__: JSON.stringify(BUILD_ID) };

export default defineConfig({
  define: DEFINE,
  plugins: [
    react(),
    tailwindcss(),
    shipSecurityHeaders(),
    buildPages({ plugins: [react()], define: DEFINE }),
    serveProduction(),
    VitePWA({
      // Updates are offered, never swapped under the reader; registration happens in app code (no inline script).
      registerType: 'prompt',
      injectRegister: false,
      manifest: MANIFEST,
      workbox: {
        // The app shell, its fonts (woff2 is enough for every browser that has service workers) and icons.
        // Not the prerendered articles (one page each, read from the network and the bundle when online).
        globPatterns: ['**/*.{js,css,html,svg,woff2,webmanifest}', 'icons/*.png'],
        // Nor the import's worker (the pipeline, 220 KB): like the entity model it uses, it is fetched when a reader
        // first imports, then kept (the runtime rule below), so that import works offline from then on.
        globIgnores: ['article/**', 'assets/import.worker-*.js'],
        // Every address the app routes gets the app with an empty #root (the home page's prerendered HTML would show
        // the wrong page until the script replaced it).
        navigateFallback: '/shell.html',
        cleanupOutdatedCaches: true,
        runtimeCaching: [
          {
            // The article bundle: fresh when online, the last readable copy when offline (a broken deploy does not
            // replace it: see bundle-cache-guard.ts).
            urlPattern: ({ url }) => url.pathname.endsWith('/bundle.json'),
            handler: 'NetworkFirst',
            options: {
              cacheName: BUNDLE_CACHE_NAME,
              networkTimeoutSeconds: 5,
              expiration: { maxEntries: 2 },
              plugins: [{ cacheWillUpdate: keepReadableBundle }],
            },
          },
          {
            // The import's worker and the entity model (1.6 MB): fetched only when a reader imports, kept from then on.
            // Their names carry a hash of their content, so a cached copy is always the right one.
            urlPattern: ({ url }) => /\/assets\/(import\.worker-[\w-]+\.js|ner-ar-[\w-]+\.json)$/.test(url.pathname),
            handler: 'CacheFirst',
            options: { cacheName: 'riwaya-import', cacheableResponse: { statuses: [200] }, expiration: { maxEntries: 4 } },
          },
          {
            // Bundle v2's files (index, the shards of articles read or saved, timeline, search postings): a name
            // carries its content's hash, so a cached copy is always right, and two builds never mix. The data
            // worker deletes the files the current build no longer names.
            urlPattern: ({ url }) => /\/v2\/.+\.[0-9a-f]{16}\.json$/.test(url.pathname),
            handler: 'CacheFirst',
            options: { cacheName: V2_CACHE_NAME, cacheableResponse: { statuses: [200] } },
          },
        ],
      },
    }),
  ],
  build: {
    // Vite inlines small assets as data: URLs; keep fonts as files so CSP font-src 'self' holds.
    assetsInlineLimit: 0,
  },
  preview: { headers: SECURITY_HEADERS },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    allowOnly: false,
    environment: 'node',
    // Two test files at once at least: Vitest's default (one fewer than the cores) ran one at a time on a two-core
    // machine, its core half idle while a file imported (2026-12-06: 125 s for the suite, 97.5 s with two).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // A guard against hangs, not a speed check (npm run bench measures speed): with two files at once on two cores
    // the heaviest untimed test took 3.8 s, near Vitest's default of 5 s, and a third worker pushed it past.
    testTimeout: 30_000,
  },
});

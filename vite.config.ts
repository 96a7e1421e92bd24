/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin } from 'vite';
import { MANIFEST } from './config/manifest.ts';
import { BUNDLE_CACHE_NAME, keepReadableBundle } from './src/app/pwa/bundle-cache-guard.ts';
import { META_CONTENT_SECURITY_POLICY, SECURITY_HEADERS, headersFile } from './config/security-headers.ts';

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
      return html.replace(charset, `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />`);
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
    },
  };
}

// A build identifier shown in the settings page: lets a reader (and the update e2e test) tell versions apart.
const BUILD_ID = process.env.RIWAYA_BUILD_ID ?? new Date().toISOString().slice(0, 16).replace('T', ' ');

export default defineConfig({
  define: { __RIWAYA_BUILD__: JSON.stringify(BUILD_ID) },
  plugins: [
    react(),
    tailwindcss(),
    shipSecurityHeaders(),
    VitePWA({
      // Updates are offered, never swapped under the reader; registration happens in app code (no inline script).
      registerType: 'prompt',
      injectRegister: false,
      manifest: MANIFEST,
      workbox: {
        // The app shell, its fonts (woff2 is enough for every browser that has service workers) and icons.
        globPatterns: ['**/*.{js,css,html,svg,woff2,webmanifest}', 'icons/*.png'],
        navigateFallback: '/index.html',
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
  },
});

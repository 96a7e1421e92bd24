import type { ManifestOptions } from 'vite-plugin-pwa';

/** The web app manifest: Arabic first (lang/dir), English in the names, colours for both themes. */
export const MANIFEST: Partial<ManifestOptions> = {
  id: '/',
  name: 'رواية · Riwaya — قارئ الأخبار العربية',
  short_name: 'رواية',
  description: 'قارئ أخبار عربي يعمل بالكامل في المتصفح ودون اتصال. An Arabic news reader that works offline.',
  lang: 'ar',
  dir: 'rtl',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  orientation: 'any',
  // Light theme; the dark theme colour is given to browsers by <meta name="theme-color" media=…> in index.html.
  theme_color: '#8a3b12',
  background_color: '#fbfaf7',
  categories: ['news', 'books'],
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
    { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
  ],
  shortcuts: [
    { name: 'الخط الزمني · Timeline', short_name: 'الخط الزمني', url: '/timeline', icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }] },
    { name: 'بحث · Search', short_name: 'بحث', url: '/?focus=search', icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }] },
  ],
  screenshots: [
    { src: '/screenshots/wide.png', sizes: '1280x860', type: 'image/png', form_factor: 'wide', label: 'المقالات' },
    { src: '/screenshots/narrow.png', sizes: '390x844', type: 'image/png', form_factor: 'narrow', label: 'المقالات على الهاتف' },
  ],
};

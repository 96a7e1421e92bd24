/**
 * How long a browser (or a CDN) may keep each file, for the production server (`npm start`, e2e) and, through
 * dist/_headers, for a static host. Files under /assets/ carry a hash of their content in their name, so a copy can
 * be kept for a year without asking again; everything else (the HTML pages, bundle.json, the service worker, the
 * manifest, icons) keeps its name across versions and is revalidated on every use (ETag / Last-Modified).
 */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** The hashed-asset folder (Vite's build.assetsDir). */
export const HASHED_PREFIX = '/assets/';

export function cacheControlFor(pathname: string): string {
  return pathname.startsWith(HASHED_PREFIX) ? IMMUTABLE : REVALIDATE;
}

/**
 * The `_headers` rules of Netlify and Cloudflare Pages. Both send every rule that matches a path, joining values of
 * the same header, so the two Cache-Control values must never match one path: the revalidated files are named
 * (the pages by their folders) rather than given to `/*`. Other addresses (the app's routes, answered with
 * shell.html) get the host's default for HTML, which revalidates too.
 */
export const CACHE_RULES: ReadonlyArray<[string, string]> = [
  [`${HASHED_PREFIX}*`, IMMUTABLE],
  ['/', REVALIDATE],
  ['/index.html', REVALIDATE],
  ['/shell.html', REVALIDATE],
  ['/article/*', REVALIDATE],
  ['/bundle.json', REVALIDATE],
  ['/sw.js', REVALIDATE],
  ['/manifest.webmanifest', REVALIDATE],
];

/**
 * The service worker's guard on the cached bundle (a Workbox `cacheWillUpdate` plugin): the bundle is fetched
 * network-first, and a new copy replaces the cached one only when it is a bundle this app can read — a 200 whose
 * JSON has the envelope of contract v1 (src/core/bundle-schema.ts: JSON Feed 1.1, language, title, a list of items,
 * `_riwaya.schema` 1 with entity and story lists) or is a v2 entry (`_riwaya.schema` 2 naming its index and build). A broken deploy (an HTML page, truncated JSON, another schema)
 * is still shown while online, but the last good copy stays for reading offline.
 *
 * Why in the service worker rather than in the app after validation: the service worker is what answers offline, and
 * guarding its own cache keeps one writer of it; the app's full check (readBundle) drops damaged items anyway, so
 * the envelope is what decides whether a copy can be read at all.
 *
 * workbox-build copies this function into the generated service worker by its source text, so it must stay
 * self-contained: no imports and no names from outside its body (src/app/pwa/bundle-cache-guard.test.ts runs the
 * copied text on its own).
 */
/** The service worker's cache of the bundle (vite.config.ts); the app reads it when the server's copy is broken. */
export const BUNDLE_CACHE_NAME = 'riwaya-bundle';
/**
 * The service worker's cache of bundle v2's files (index, shards read, timeline, search postings): cache first, since
 * a name carries its content's hash; the data worker drops the files of other builds (engine.ts).
 */
export const V2_CACHE_NAME = 'riwaya-v2';

export const keepReadableBundle = async ({ response }: { response: Response }): Promise<Response | null> => {
  if (response.status !== 200) return null;
  try {
    const data: unknown = await response.clone().json();
    if (typeof data !== 'object' || data === null) return null;
    const feed = data as { version?: unknown; language?: unknown; title?: unknown; items?: unknown };
    // The "_riwaya" key is found, not written: workbox-build minifies the service worker with terser renaming every
    // property that starts with "_" (quoted or not), which would turn feed._riwaya into feed.i.
    const extensionKey = Object.keys(feed).find((key) => key[0] === '_' && key.slice(1) === 'riwaya');
    const extension = (extensionKey === undefined ? null : (feed as Record<string, unknown>)[extensionKey]) as { schema?: unknown; entities?: unknown; stories?: unknown; index?: unknown; build?: unknown } | null;
    const envelope =
      feed.version === 'https://jsonfeed.org/version/1.1' &&
      feed.language === 'ar' &&
      typeof feed.title === 'string' &&
      feed.title.length > 0 &&
      Array.isArray(feed.items) &&
      typeof extension === 'object' &&
      extension !== null;
    // v1: the whole collection; v2: the entry naming its index (its files are cached by their hashed names).
    const v1 = envelope && extension.schema === 1 && Array.isArray(extension.entities) && Array.isArray(extension.stories);
    const v2 = envelope && extension.schema === 2 && typeof extension.index === 'string' && typeof extension.build === 'string';
    const readable = v1 || v2;
    return readable ? response : null;
  } catch {
    return null;
  }
};

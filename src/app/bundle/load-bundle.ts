/** Loads the prebuilt bundle once, validates it with the core schema and indexes it for the views. */
import type { Bundle, BundleItem, BundleReading, DroppedItem, Entity } from '../../core/bundle-schema.ts';
import { BUNDLE_CACHE_NAME } from '../pwa/bundle-cache-guard.ts';

export type BundleErrorCode = 'missing' | 'network' | 'not-json' | 'invalid';

/** A load failure as a code plus data; the error view turns it into words. */
export class BundleLoadError extends Error {
  readonly code: BundleErrorCode;
  readonly url: string;
  readonly status: number | null;
  readonly problems: string[];

  constructor(code: BundleErrorCode, url: string, options: { status?: number; problems?: string[]; detail?: string } = {}) {
    super(`${code}: ${url}${options.detail ? ` (${options.detail})` : ''}`);
    this.name = 'BundleLoadError';
    this.code = code;
    this.url = url;
    this.status = options.status ?? null;
    this.problems = options.problems ?? (options.detail ? [options.detail] : []);
  }
}

export interface LoadedBundle {
  bundle: Bundle;
  /** Newest first; undated items last, then by id. */
  items: BundleItem[];
  itemById: Map<string, BundleItem>;
  entityById: Map<string, Entity>;
  /** Items that failed their checks and were left out; the layout names them. */
  dropped: DroppedItem[];
  /** Set when the server's bundle could not be read and the copy the service worker kept is shown instead. */
  fallback?: BundleErrorCode;
  /**
   * True when these are the very bytes the build prerendered the pages from (their digest is the page's): only then
   * can a prerendered page be hydrated with it. Any other bundle (a newer bundle.json, a kept copy, a tampered file)
   * would not make the markup on screen.
   */
  built?: boolean;
}

export const BUNDLE_URL = `${import.meta.env.BASE_URL}bundle.json`;

/**
 * The build checks the bundle it ships (every item, as readBundle does) and, when zod's reading of it is the file
 * itself, puts the file's SHA-256 in every page: `<meta name="riwaya-bundle-sha256">`. The same bytes need not be
 * checked again, so a page that fetches them skips loading zod and walking every item. Anything else (another file
 * on the server, a copy kept offline, no meta, no Web Crypto) is read with the full check.
 */
export const BUNDLE_DIGEST_META = 'riwaya-bundle-sha256';

function checkedDigest(): string | null {
  if (typeof document === 'undefined') return null;
  return document.querySelector<HTMLMetaElement>(`meta[name="${BUNDLE_DIGEST_META}"]`)?.content || null;
}

async function digestOf(bytes: ArrayBuffer): Promise<string | null> {
  try {
    if (typeof crypto === 'undefined' || !crypto.subtle) return null;
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
    let hex = '';
    for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
    return hex;
  } catch {
    return null;
  }
}

/** readBundle from its own chunk (zod is not part of a page's first download). */
async function readUntrusted(data: unknown): Promise<BundleReading> {
  const { readBundle } = await import('./validate.ts');
  return readBundle(data);
}

function sortKey(item: BundleItem): string {
  return item._riwaya.published?.value ?? '';
}

export function indexBundle(bundle: Bundle, dropped: DroppedItem[] = []): LoadedBundle {
  const items = [...bundle.items].sort((a, b) => {
    const byDate = sortKey(b).localeCompare(sortKey(a));
    return byDate !== 0 ? byDate : a.id.localeCompare(b.id);
  });
  return {
    bundle,
    items,
    itemById: new Map(bundle.items.map((i) => [i.id, i])),
    entityById: new Map(bundle._riwaya.entities.map((e) => [e.id, e])),
    dropped,
  };
}

/**
 * The last readable bundle the service worker kept (it caches only readable ones: bundle-cache-guard.ts), read as
 * any bundle is; null when there is none or the browser has no Cache Storage.
 */
async function keptBundle(url: string): Promise<LoadedBundle | null> {
  try {
    if (typeof caches === 'undefined') return null;
    const response = await caches.match(url, { cacheName: BUNDLE_CACHE_NAME });
    if (!response) return null;
    const reading = await readUntrusted(await response.json());
    return reading.ok ? indexBundle(reading.bundle, reading.dropped) : null;
  } catch {
    return null;
  }
}

/**
 * The bundle from the network; when the server's copy is missing or unreadable (a broken deploy), the last readable
 * copy kept on this device, marked as a fallback so the reader is told. With neither, the server's error.
 */
export async function fetchBundle(url: string = BUNDLE_URL, fetchImpl: typeof fetch = fetch): Promise<LoadedBundle> {
  try {
    return await fetchServerBundle(url, fetchImpl);
  } catch (error) {
    if (!(error instanceof BundleLoadError) || error.code === 'network') throw error;
    const kept = await keptBundle(url);
    if (kept === null) throw error;
    return { ...kept, fallback: error.code };
  }
}

async function fetchServerBundle(url: string, fetchImpl: typeof fetch): Promise<LoadedBundle> {
  let response: Response;
  try {
    response = await fetchImpl(url, { cache: 'no-cache' });
  } catch (error) {
    throw new BundleLoadError('network', url, { detail: (error as Error).message });
  }
  if (!response.ok) throw new BundleLoadError('missing', url, { status: response.status });
  // A static host or an SPA fallback answers a missing file with the app's index.html and 200: that is a missing
  // bundle, not a broken one.
  if (/^text\/html\b/i.test(response.headers.get('Content-Type') ?? '')) throw new BundleLoadError('missing', url, { status: response.status });
  let bytes: ArrayBuffer;
  try {
    bytes = await response.arrayBuffer();
  } catch (error) {
    throw new BundleLoadError('network', url, { detail: (error as Error).message });
  }
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new BundleLoadError('not-json', url, { detail: (error as Error).message });
  }
  const checked = checkedDigest();
  if (checked !== null && (await digestOf(bytes)) === checked) return { ...indexBundle(data as Bundle), built: true };
  // One bad item must not hide the others: it is left out and named; only a broken envelope stops the reader.
  const reading = await readUntrusted(data);
  if (!reading.ok) throw new BundleLoadError('invalid', url, { problems: reading.problems });
  return indexBundle(reading.bundle, reading.dropped);
}

let cached: Promise<LoadedBundle> | null = null;

/** The loader of the root route: one fetch per page load; a failure is not cached, so retrying refetches. */
export function loadBundleOnce(): Promise<LoadedBundle> {
  cached ??= fetchBundle().catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return cached;
}

/**
 * Opens a bundle from its entry URL, either version (the entry's `_riwaya.schema` says which), as a Collection. Runs
 * in the data worker; no DOM. Errors are codes (BundleErrorCode) with the URL, turned into words by the error view.
 */
import { readBundle, type BundleReading, type DroppedItem, type Bundle } from '../../core/bundle-schema.ts';
import { entryV2Schema, type HeadRowV2 } from '../../core/bundle-v2/format.ts';
import { Collection, collectionOfBundle, FileError, readIndex, type ReadFile } from './collection.ts';

export type BundleErrorCode = 'missing' | 'network' | 'not-json' | 'invalid';

export interface OpenError {
  code: BundleErrorCode;
  url: string;
  status: number | null;
  problems: string[];
}

export class OpenFailure extends Error {
  constructor(readonly failure: OpenError) {
    super(`${failure.code}: ${failure.url}`);
  }
}

export interface Opened {
  collection: Collection;
  dropped: DroppedItem[];
  fallback?: BundleErrorCode;
  built?: boolean;
  /** 1 or 2. */
  schema: number;
  /** Whether every article's text is at hand without a download (a v1 bundle is one file). */
  inMemory: boolean;
}

export interface OpenOptions {
  /** The SHA-256 of the v1 bundle the build checked and prerendered from (its meta), if any. */
  checkedDigest: string | null;
  /** The build (index hash) of the v2 bundle the pages were prerendered from, if any. */
  checkedBuild: string | null;
  /** The service worker's cache of the entry, for a fallback when the server's copy is broken. */
  cacheName: string | null;
  fetch: typeof fetch;
  /**
   * Given the first rows of the home list as soon as a v2 entry carrying them is read, before its index is fetched
   * (a fresh page shows them while the index comes). Not called for v1, nor for an entry without a head.
   */
  onHead?: (head: Head) => void;
}

/** What a v2 entry says before its index is read: the collection's size and the home list's first rows. */
export interface Head {
  articles: number;
  rows: HeadRowV2[];
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

const fail = (code: BundleErrorCode, url: string, options: { status?: number; problems?: string[] } = {}) =>
  new OpenFailure({ code, url, status: options.status ?? null, problems: options.problems ?? [] });

/** Reads files relative to the entry's URL: a missing or HTML answer is `missing`, a failed fetch `network`. */
export function fileReader(entryUrl: string, fetchImpl: typeof fetch): ReadFile {
  const base = new URL(entryUrl, typeof location === 'undefined' ? 'http://localhost/' : location.href);
  return async (path) => {
    let response: Response;
    try {
      response = await fetchImpl(new URL(path, base).href);
    } catch (error) {
      throw new FileError('network', path, [(error as Error).message]);
    }
    if (!response.ok || /^text\/html\b/i.test(response.headers.get('Content-Type') ?? '')) throw new FileError('missing', path, [`HTTP ${response.status}`]);
    try {
      return await response.text();
    } catch (error) {
      throw new FileError('network', path, [(error as Error).message]);
    }
  };
}

async function fromData(url: string, data: unknown, bytes: ArrayBuffer | null, options: OpenOptions): Promise<Opened> {
  const schema = typeof data === 'object' && data !== null ? (data as { _riwaya?: { schema?: unknown } })._riwaya?.schema : undefined;
  if (schema === 2) {
    const entry = entryV2Schema.safeParse(data);
    if (!entry.success) throw fail('invalid', url, { problems: entry.error.issues.slice(0, 5).map((i) => `${i.path.map(String).join('.')}: ${i.message}`) });
    const { head, articles } = entry.data._riwaya;
    if (head && options.onHead) options.onHead({ articles, rows: head });
    const read = fileReader(url, options.fetch);
    const path = entry.data._riwaya.index;
    let collection: Collection;
    try {
      const index = readIndex(path, await read(path));
      if (index.build !== entry.data._riwaya.build) throw new FileError('invalid', path, ['the index is not the entry’s build']);
      collection = new Collection(index, read);
    } catch (error) {
      if (error instanceof FileError) throw fail(error.code, new URL(path, new URL(url, 'http://localhost/')).pathname, { problems: error.problems });
      throw error;
    }
    return { collection, dropped: [], schema: 2, inMemory: false, built: options.checkedBuild !== null && options.checkedBuild === entry.data._riwaya.build };
  }
  // Version 1: one file, checked item by item (unless it is the very file the build checked), split in memory.
  if (bytes !== null && options.checkedDigest !== null && (await digestOf(bytes)) === options.checkedDigest) {
    return { collection: collectionOfBundle(data as Bundle), dropped: [], schema: 1, inMemory: true, built: true };
  }
  const reading: BundleReading = readBundle(data);
  if (!reading.ok) throw fail('invalid', url, { problems: reading.problems });
  return { collection: collectionOfBundle(reading.bundle), dropped: reading.dropped, schema: 1, inMemory: true };
}

async function fromServer(url: string, options: OpenOptions): Promise<Opened> {
  let response: Response;
  try {
    response = await options.fetch(url, { cache: 'no-cache' });
  } catch (error) {
    throw fail('network', url, { problems: [(error as Error).message] });
  }
  if (!response.ok) throw fail('missing', url, { status: response.status });
  // A static host or an SPA fallback answers a missing file with the app's index.html and 200: a missing bundle.
  if (/^text\/html\b/i.test(response.headers.get('Content-Type') ?? '')) throw fail('missing', url, { status: response.status });
  let bytes: ArrayBuffer;
  try {
    bytes = await response.arrayBuffer();
  } catch (error) {
    throw fail('network', url, { problems: [(error as Error).message] });
  }
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw fail('not-json', url, { problems: [(error as Error).message] });
  }
  return fromData(url, data, bytes, options);
}

/** The last readable entry the service worker kept, opened as any; null when there is none. */
async function kept(url: string, options: OpenOptions): Promise<Opened | null> {
  try {
    if (options.cacheName === null || typeof caches === 'undefined') return null;
    const response = await caches.match(url, { cacheName: options.cacheName });
    if (!response) return null;
    return await fromData(url, await response.json(), null, { ...options, checkedDigest: null, checkedBuild: null });
  } catch {
    return null;
  }
}

/**
 * The bundle from the network; when the server's copy is missing or unreadable (a broken deploy), the last readable
 * copy kept on this device, marked as a fallback. With neither, the server's error.
 */
export async function openBundle(url: string, options: OpenOptions): Promise<Opened> {
  try {
    return await fromServer(url, options);
  } catch (error) {
    if (!(error instanceof OpenFailure) || error.failure.code === 'network') throw error;
    const copy = await kept(url, options);
    if (copy === null) throw error;
    return { ...copy, built: false, fallback: error.failure.code };
  }
}

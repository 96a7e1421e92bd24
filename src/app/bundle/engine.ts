/**
 * The data worker's side of the protocol (data.worker.ts posts every message here; a browser without module workers
 * and Node run it in place): one opened collection, answering by method name. Plain structured-clone values only.
 */
import '../zod-config.ts';
import type { BundleItem, DroppedItem } from '../../core/bundle-schema.ts';
import type { ArticleResult, Collection, ListData, Query, QueryResult, TimelineResult } from './collection.ts';
import { openBundle, OpenFailure, type BundleErrorCode, type Head, type OpenError } from './open-bundle.ts';

/**
 * A v1 bundle of up to this many articles is handed over whole at the start (it is downloaded whole anyway), so every
 * view renders at once, as the build prerendered it. A v2 bundle's texts always come shard by shard, when shown.
 */
export const PRELOAD_IN_MEMORY_ARTICLES = 2000;

export interface OpenRequest {
  url: string;
  checkedDigest: string | null;
  checkedBuild: string | null;
  cacheName: string | null;
  /** The service worker's cache of v2 files: files of other builds are deleted from it. */
  v2CacheName: string | null;
  /** The bundle's file itself, when the page has it (an import's v1 bundle): opened as if fetched from `url`. */
  body?: Blob;
}

export interface OpenReply {
  list: ListData;
  dropped: DroppedItem[];
  fallback?: BundleErrorCode;
  built?: boolean;
  schema: number;
  /** Every article's text for a small v1 bundle, else null (read shard by shard). */
  preloaded: BundleItem[] | null;
}

/** What the engine tells the main thread unasked, while it works on a request (data.worker.ts posts it as {event}). */
export type EngineEvent = { type: 'head'; head: Head };

export type EngineReply<M extends keyof EngineMethods> = Awaited<ReturnType<EngineMethods[M]>>;

export interface EngineMethods {
  open(request: OpenRequest): Promise<OpenReply>;
  query(query: Query): Promise<QueryResult>;
  /** Reads what a search for `q` will need (Collection.prepareSearch), while the query is still being typed. */
  prepareSearch(q: string): Promise<void>;
  /**
   * The articles of the shard holding `id`: one download gives the neighbours too (shards are in reading order). In
   * the `background` (a list's leads), read after the questions being answered (Collection.shard).
   */
  articles(id: string, background?: boolean): Promise<Array<[string, ArticleResult]>>;
  timeline(): Promise<TimelineResult>;
  /** The ids of the articles most related to one. */
  related(id: string): Promise<string[]>;
}

/** Every article of every shard (small in-memory collections only). */
export async function allArticles(collection: Collection): Promise<BundleItem[]> {
  const items: BundleItem[] = [];
  for (let shard = 0; shard < collection.index.shards.length; shard++) {
    for (const result of (await collection.shard(shard)).values()) if (result.ok) items.push(result.item);
  }
  return items;
}

/** The files a build names (its index, shards, timeline, search postings). */
export function filesOf(collection: Collection): string[] {
  const { index } = collection;
  return [...index.shards, index.timeline, ...index.search.files];
}

/**
 * Deletes from the service worker's cache the v2 files the current build does not name (an older build's): names
 * carry hashes, so an old file is never served for a new one, but it would take room forever.
 */
export async function pruneCache(collection: Collection, entryUrl: string, cacheName: string): Promise<number> {
  try {
    if (typeof caches === 'undefined' || !(await caches.has(cacheName))) return 0;
    const base = new URL(entryUrl, typeof location === 'undefined' ? 'http://localhost/' : location.href);
    const keep = new Set(filesOf(collection).map((path) => new URL(path, base).pathname));
    const cache = await caches.open(cacheName);
    let deleted = 0;
    for (const request of await cache.keys()) {
      const path = new URL(request.url).pathname;
      if (keep.has(path)) continue;
      // The index is named by the entry, not by itself: kept when it is this build's.
      if (!path.includes('/v2/index.') || !(await isCurrentIndex(cache, request, collection))) {
        await cache.delete(request);
        deleted++;
      }
    }
    return deleted;
  } catch {
    return 0;
  }
}

async function isCurrentIndex(cache: Cache, request: Request, collection: Collection): Promise<boolean> {
  const response = await cache.match(request);
  if (!response) return false;
  try {
    return ((await response.json()) as { build?: unknown }).build === collection.index.build;
  } catch {
    return false;
  }
}

export class Engine implements EngineMethods {
  private collection: Collection | null = null;

  constructor(
    private readonly fetchImpl: typeof fetch = (...args) => fetch(...args),
    private readonly notify: (event: EngineEvent) => void = () => undefined,
  ) {}

  private opened(): Collection {
    if (!this.collection) throw new Error('no bundle is open');
    return this.collection;
  }

  /** For the build and tests: a collection already made (a checked v1 bundle). */
  adopt(collection: Collection): void {
    this.collection = collection;
  }

  async open(request: OpenRequest): Promise<OpenReply> {
    const { body } = request;
    const fetchImpl: typeof fetch = body === undefined ? this.fetchImpl : async () => new Response(body, { headers: { 'Content-Type': 'application/json' } });
    const opened = await openBundle(request.url, { ...request, fetch: fetchImpl, onHead: (head) => this.notify({ type: 'head', head }) });
    this.collection = opened.collection;
    if (opened.schema === 2 && !opened.fallback && request.v2CacheName !== null) void pruneCache(opened.collection, request.url, request.v2CacheName);
    const small = opened.inMemory && opened.collection.size <= PRELOAD_IN_MEMORY_ARTICLES;
    // After the reply has gone: what the first search of a large collection would otherwise make then.
    opened.collection.warmUp();
    return {
      list: opened.collection.listData(),
      dropped: opened.dropped,
      ...(opened.fallback ? { fallback: opened.fallback } : {}),
      ...(opened.built ? { built: true } : {}),
      schema: opened.schema,
      preloaded: small ? await allArticles(opened.collection) : null,
    };
  }

  query(query: Query): Promise<QueryResult> {
    return this.opened().query(query);
  }

  async prepareSearch(q: string): Promise<void> {
    await this.opened().prepareSearch(q);
  }

  async articles(id: string, background = false): Promise<Array<[string, ArticleResult]>> {
    const collection = this.opened();
    const doc = collection.docOf(id);
    if (doc === undefined) return [[id, await collection.article(id)]];
    const results = await collection.shard(collection.index.items.shard[doc]!, background);
    return [...results].map(([d, result]) => [collection.index.items.id[d]!, result]);
  }

  timeline(): Promise<TimelineResult> {
    return this.opened().timeline();
  }

  async related(id: string): Promise<string[]> {
    return this.opened().related(id);
  }
}

/** An error as it crosses to the main thread: an open failure keeps its code. */
export function serializeError(error: unknown): { open: OpenError } | { message: string } {
  if (error instanceof OpenFailure) return { open: error.failure };
  return { message: error instanceof Error ? error.message : String(error) };
}

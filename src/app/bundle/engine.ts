/**
 * The data worker's side of the protocol (data.worker.ts posts every message here; a browser without module workers
 * and Node run it in place): one opened collection, answering by method name. Plain structured-clone values only.
 */
import '../zod-config.ts';
import type { BundleItem, DroppedItem } from '../../core/bundle-schema.ts';
import type { ArticleResult, Collection, ListData, Query, QueryResult, TimelineResult } from './collection.ts';
import { openBundle, OpenFailure, type BundleErrorCode, type OpenError } from './open-bundle.ts';

/** Small collections are read whole at the start, so every view renders at once (and as the build prerendered it). */
export const PRELOAD_IN_MEMORY_ARTICLES = 2000;
export const PRELOAD_SHARDS = 24;

export interface OpenRequest {
  url: string;
  checkedDigest: string | null;
  checkedBuild: string | null;
  cacheName: string | null;
}

export interface OpenReply {
  list: ListData;
  dropped: DroppedItem[];
  fallback?: BundleErrorCode;
  built?: boolean;
  schema: number;
  /** Every article's text when the collection is small, else null (read shard by shard). */
  preloaded: BundleItem[] | null;
}

export type EngineReply<M extends keyof EngineMethods> = Awaited<ReturnType<EngineMethods[M]>>;

export interface EngineMethods {
  open(request: OpenRequest): Promise<OpenReply>;
  query(query: Query): Promise<QueryResult>;
  /** The articles of the shard holding `id`: one download gives the neighbours too (shards are in reading order). */
  articles(id: string): Promise<Array<[string, ArticleResult]>>;
  timeline(): Promise<TimelineResult>;
}

/** Every article of every shard (small collections only). */
export async function allArticles(collection: Collection): Promise<BundleItem[]> {
  const items: BundleItem[] = [];
  for (let shard = 0; shard < collection.index.shards.length; shard++) {
    for (const result of (await collection.shard(shard)).values()) if (result.ok) items.push(result.item);
  }
  return items;
}

export class Engine implements EngineMethods {
  private collection: Collection | null = null;

  constructor(private readonly fetchImpl: typeof fetch = (...args) => fetch(...args)) {}

  private opened(): Collection {
    if (!this.collection) throw new Error('no bundle is open');
    return this.collection;
  }

  /** For the build and tests: a collection already made (a checked v1 bundle). */
  adopt(collection: Collection): void {
    this.collection = collection;
  }

  async open(request: OpenRequest): Promise<OpenReply> {
    const opened = await openBundle(request.url, { ...request, fetch: this.fetchImpl });
    this.collection = opened.collection;
    const small = opened.inMemory ? opened.collection.size <= PRELOAD_IN_MEMORY_ARTICLES : opened.collection.index.shards.length <= PRELOAD_SHARDS;
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

  async articles(id: string): Promise<Array<[string, ArticleResult]>> {
    const collection = this.opened();
    const doc = collection.docOf(id);
    if (doc === undefined) return [[id, await collection.article(id)]];
    const results = await collection.shard(collection.index.items.shard[doc]!);
    return [...results].map(([d, result]) => [collection.index.items.id[d]!, result]);
  }

  timeline(): Promise<TimelineResult> {
    return this.opened().timeline();
  }
}

/** An error as it crosses to the main thread: an open failure keeps its code. */
export function serializeError(error: unknown): { open: OpenError } | { message: string } {
  if (error instanceof OpenFailure) return { open: error.failure };
  return { message: error instanceof Error ? error.message : String(error) };
}

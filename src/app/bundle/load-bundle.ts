/**
 * Loads the bundle once through the data layer: the data worker fetches the entry (v1 or v2), checks every file and
 * keeps the index and search postings; the main thread receives the list data (index columns, entities, stories,
 * months, facet counts) and renders. Articles' texts come later, shard by shard (data-client.ts, use-articles.ts).
 */
import type { BundleItem, DroppedItem, Entity, Precision, Published, Story } from '../../core/bundle-schema.ts';
import { BUNDLE_CACHE_NAME, V2_CACHE_NAME } from '../pwa/bundle-cache-guard.ts';
import type { ListData } from './collection.ts';
import { DataClient, workerCall, type Call } from './data-client.ts';
import type { OpenReply, OpenRequest } from './engine.ts';
import { setHead } from './head.ts';
import { entitiesOfRow, unpackStrings } from './list-data.ts';
import type { RelatedColumns } from './related.ts';

/**
 * Up to this many articles, the main thread scores related articles itself (related.ts), at once — well under a
 * millisecond at this size — so an article page is drawn whole the first time, as the build prerendered it; above,
 * the data worker does. (Here, not in related.ts, so the scoring code loads with the article page only.)
 */
export const RELATED_IN_PLACE = 2000;
import type { BundleErrorCode, OpenError } from './open-bundle.ts';

export type { BundleErrorCode };

/** A load failure as a code plus data; the error view turns it into words. */
export class BundleLoadError extends Error {
  readonly code: BundleErrorCode;
  readonly url: string;
  readonly status: number | null;
  readonly problems: string[];

  constructor(code: BundleErrorCode, url: string, options: { status?: number | null; problems?: string[]; detail?: string } = {}) {
    super(`${code}: ${url}${options.detail ? ` (${options.detail})` : ''}`);
    this.name = 'BundleLoadError';
    this.code = code;
    this.url = url;
    this.status = options.status ?? null;
    this.problems = options.problems ?? (options.detail ? [options.detail] : []);
  }
}

/** One article as the lists know it, from the index: no text (that is in its content shard). */
export interface ListItem {
  /** Its row in the index (reading order). */
  doc: number;
  id: string;
  title: string;
  outlet: string | null;
  published: Published | null;
  /** Entity ids, most mentioned first. */
  entities: string[];
  story: string | null;
}

export interface LoadedBundle {
  title: string;
  /** Newest first; undated items last, then by id. */
  items: ListItem[];
  itemById: Map<string, ListItem>;
  entities: Entity[];
  entityById: Map<string, Entity>;
  stories: Story[];
  /** Entity id → articles that mention it. */
  entityCounts: Map<string, number>;
  /** The data layer: queries, articles' texts, the timeline. */
  data: DataClient;
  /** What related articles are scored from on this thread (a collection of up to RELATED_IN_PLACE articles), else null: `data` asks the worker. */
  relatedColumns: RelatedColumns | null;
  /** Items that failed their checks and were left out; the layout names them. */
  dropped: DroppedItem[];
  /** Set when the server's bundle could not be read and the copy the service worker kept is shown instead. */
  fallback?: BundleErrorCode;
  /**
   * True when this is the very bundle the build prerendered the pages from (its digest, or its build, is the page's):
   * only then can a prerendered page be hydrated with it.
   */
  built?: boolean;
  /** The reader's imported articles, read in this tab in place of the bundled ones (readInstead). */
  imported?: boolean;
  /** Stops the data worker of a collection opened for a while (imported articles), once it is no longer read. */
  dispose?: () => void;
}

export const BUNDLE_URL = `${import.meta.env.BASE_URL}bundle.json`;

/** The SHA-256 of the v1 bundle the build checked and prerendered from (a v1 bundle with these bytes is not checked again). */
export const BUNDLE_DIGEST_META = 'riwaya-bundle-sha256';
/** The build hash of a v2 bundle the pages were prerendered from. */
export const BUNDLE_BUILD_META = 'riwaya-bundle-build';

function meta(name: string): string | null {
  if (typeof document === 'undefined') return null;
  return document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content || null;
}

const PRECISION: Record<number, Precision> = { 4: 'year', 7: 'month', 10: 'day' };

/** A published column's value (YYYY, YYYY-MM or YYYY-MM-DD; "" when unknown) as a date with its precision. */
export function publishedOf(value: string): Published | null {
  return value === '' ? null : { value, precision: PRECISION[value.length]! };
}

/** The main thread's view of the list data. */
export function loadedOf(list: ListData, data: DataClient, extra: Pick<LoadedBundle, 'dropped' | 'fallback' | 'built'>): LoadedBundle {
  const { index } = list;
  const { columns } = index;
  const ids = unpackStrings(columns.ids);
  const titles = unpackStrings(columns.titles);
  const published = unpackStrings(columns.published);
  const entityIds = index.entities.map((e) => e.id);
  // Plain loops, no object but the row's own (a typed-array view per row was 100,000 more at 100,000 articles).
  const { entities: packed, entityEnds } = columns;
  const items: ListItem[] = ids.map((id, doc) => {
    const value = published[doc]!;
    const outlet = columns.outlet[doc]!;
    const story = columns.story[doc]!;
    const from = doc === 0 ? 0 : entityEnds[doc - 1]!;
    const entities = new Array<string>(entityEnds[doc]! - from);
    for (let k = 0; k < entities.length; k++) entities[k] = entityIds[packed[from + k]!]!;
    return {
      doc,
      id,
      title: titles[doc]!,
      outlet: outlet === -1 ? null : index.outlets[outlet]!,
      published: publishedOf(value),
      entities,
      story: story === -1 ? null : index.stories[story]!.id,
    };
  });
  const itemById = new Map<string, ListItem>();
  for (const item of items) itemById.set(item.id, item);
  return {
    title: list.title,
    items,
    itemById,
    entities: index.entities,
    entityById: new Map(index.entities.map((e) => [e.id, e])),
    stories: index.stories.map((s) => ({ id: s.id, title: s.title, item_ids: s.items.map((doc) => ids[doc]!) })),
    entityCounts: new Map(Object.entries(list.entityCounts)),
    data,
    relatedColumns: items.length <= RELATED_IN_PLACE ? { ids, published, entitiesOf: (doc) => entitiesOfRow(columns, doc), entityCount: index.entities.length } : null,
    dropped: extra.dropped,
    ...(extra.fallback ? { fallback: extra.fallback } : {}),
    ...(extra.built ? { built: true } : {}),
  };
}

/** A data worker: the engine in a module worker (every browser the app supports has them). */
export const dataWorker = (): Worker => new Worker(new URL('./data.worker.ts', import.meta.url), { type: 'module' });

/** The engine in a data worker (a failure to start is a network error), and the way to stop it. */
function engineCall(): { call: Call; stop: () => void } {
  const worker = dataWorker();
  const call = workerCall(worker, (event) => {
    if (event.type === 'head') setHead(event.head);
  });
  return { call, stop: () => worker.terminate() };
}

/** A failure of the engine's `open` as the app reports it: the engine's code, or a network error. */
export function loadErrorOf(error: unknown, url: string): BundleLoadError {
  const open = (error as { open?: OpenError }).open;
  if (open) return new BundleLoadError(open.code, open.url, { status: open.status, problems: open.problems });
  return new BundleLoadError('network', url, { detail: String((error as { message?: string }).message ?? error) });
}

/**
 * Opens a bundle through an engine: the list data as the main thread reads it. A failure is the app's load error,
 * and `stop` is called (a worker that could not open the bundle holds nothing: each new try starts its own).
 */
export async function openWith(engine: Call, request: OpenRequest, stop: () => void = () => {}): Promise<LoadedBundle> {
  let reply: OpenReply;
  try {
    reply = await engine('open', request);
  } catch (error) {
    stop();
    throw loadErrorOf(error, request.url);
  }
  const data = new DataClient(engine);
  if (reply.preloaded) data.preload(reply.preloaded);
  return loadedOf(reply.list, data, reply);
}

/**
 * The bundle from the network; when the server's copy is missing or unreadable (a broken deploy), the last readable
 * copy kept on this device, marked as a fallback so the reader is told. With neither, the server's error.
 */
export async function fetchBundle(url: string = BUNDLE_URL, call?: Call): Promise<LoadedBundle> {
  let engine: Call;
  let stop = () => {};
  try {
    if (call) engine = call;
    else ({ call: engine, stop } = engineCall());
  } catch (error) {
    throw new BundleLoadError('network', url, { detail: String((error as { message?: string }).message ?? error) });
  }
  return openWith(engine, { url, checkedDigest: meta(BUNDLE_DIGEST_META), checkedBuild: meta(BUNDLE_BUILD_META), cacheName: BUNDLE_CACHE_NAME, v2CacheName: V2_CACHE_NAME }, stop);
}

let cached: Promise<LoadedBundle> | null = null;
/** The articles read in place of the bundle (the import page's), and whether the root's loader has given them yet. */
let instead: LoadedBundle | null = null;
let insteadGiven = true;
/** The articles read instead until now: their worker stops once the root's loader has given the new ones. */
let retired: LoadedBundle | null = null;

/** Reads `loaded` in this tab in place of the bundle until the page is reloaded; null goes back to the bundle. */
export function readInstead(loaded: LoadedBundle | null): void {
  // Articles chosen and replaced before any page read them stop at once.
  if (!insteadGiven && instead !== loaded) instead?.dispose?.();
  else retired ??= instead;
  instead = loaded;
  insteadGiven = false;
}

/** The articles read in place of the bundle now (readInstead), or null. */
export const readingInstead = (): LoadedBundle | null => instead;

/** Whether the root route must load again: the articles to read changed since it last did (readInstead). */
export const collectionChanged = (): boolean => !insteadGiven;

/** The loader of the root route: one fetch per page load; a failure is not cached, so retrying refetches. */
export function loadBundleOnce(): Promise<LoadedBundle> {
  insteadGiven = true;
  if (retired !== instead) retired?.dispose?.();
  retired = null;
  return instead ? Promise.resolve(instead) : bundledOnce();
}

/** The bundled articles, fetched once per page load (a failure is not kept: asking again fetches again). */
export function bundledOnce(): Promise<LoadedBundle> {
  cached ??= fetchBundle().catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return cached;
}

export type { BundleItem };

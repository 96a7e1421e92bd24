/**
 * The main thread's side of the data layer: every question goes to the engine (in the data worker, or in place where
 * there is none) and comes back as plain data; articles' texts are kept here once fetched, so a view that has one
 * renders it at once. Views subscribe (use-articles.ts) and render; they never filter, sort or search themselves.
 */
import type { BundleItem } from '../../core/bundle-schema.ts';
import type { ArticleResult, Query, QueryResult, TimelineResult } from './collection.ts';
import type { EngineEvent, EngineMethods } from './engine.ts';

export type Call = <M extends keyof EngineMethods>(method: M, ...args: Parameters<EngineMethods[M]>) => ReturnType<EngineMethods[M]>;

/** Calls an engine in a Worker with plain messages; what the engine tells unasked ({event}) goes to `onEvent`. */
export function workerCall(worker: Worker, onEvent: (event: EngineEvent) => void = () => undefined): Call {
  let next = 0;
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
  worker.onmessage = (event: MessageEvent<{ id: number; value?: unknown; error?: unknown } | { event: EngineEvent }>) => {
    if ('event' in event.data) {
      onEvent(event.data.event);
      return;
    }
    const entry = waiting.get(event.data.id);
    if (!entry) return;
    waiting.delete(event.data.id);
    if ('error' in event.data) entry.reject(event.data.error);
    else entry.resolve(event.data.value);
  };
  worker.onerror = (event) => {
    for (const entry of waiting.values()) entry.reject({ message: event.message || 'the data worker failed' });
    waiting.clear();
  };
  return ((method: string, ...args: unknown[]) =>
    new Promise<unknown>((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve, reject });
      worker.postMessage({ id, method, args });
    })) as Call;
}

/** Calls an engine in place (Node, the build's prerendering, a browser without module workers). */
export function directCall(engine: EngineMethods): Call {
  return ((method: keyof EngineMethods, ...args: unknown[]) => (engine[method] as (...a: unknown[]) => Promise<unknown>).apply(engine, args)) as Call;
}

/** The User Timing name of a query's round trip to the worker (the data client keeps the latest). */
export const QUERY_MEASURE = 'riwaya:query';

/** A query sent to the worker: its result once it has come (null before), and a promise settled when it comes or fails. */
export interface QueryEntry {
  result: QueryResult | null;
  ready: Promise<void>;
}

/** Query answers kept (each a list of article indices: at most a few hundred KB at 100,000 articles). */
const KEPT_ANSWERS = 8;

export class DataClient {
  private readonly articles = new Map<string, ArticleResult>();
  private readonly loading = new Map<string, Promise<void>>();
  private readonly listeners = new Set<() => void>();
  private timelineResult: Promise<TimelineResult> | null = null;
  private readonly relatedOf = new Map<string, Promise<string[]>>();
  private readonly answers = new Map<string, QueryEntry>();
  /** Articles being loaded in the background only. */
  private readonly inBackground = new Set<string>();
  /** Changes whenever an article arrives (the snapshot of useSyncExternalStore). */
  version = 0;

  constructor(private readonly call: Call) {}

  /** Articles known before any request (a small collection read whole, the build's bundle). */
  preload(items: readonly BundleItem[]): void {
    for (const item of items) this.articles.set(item.id, { ok: true, item });
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  /** The article's text or its failure, when it is here already. */
  peek(id: string): ArticleResult | undefined {
    return this.articles.get(id);
  }

  /**
   * Fetches the articles not here yet (their whole shards: the neighbours come along). In the `background` (a list's
   * leads) the worker reads them after the questions it is answering; one asked for again without it is asked anew,
   * so that an article opened while its shard waits as a lead is not held up.
   */
  load(ids: readonly string[], background = false): Promise<void> {
    const waits: Array<Promise<void>> = [];
    for (const id of ids) {
      if (this.articles.has(id)) continue;
      let promise = this.loading.get(id);
      if (!promise || (!background && this.inBackground.has(id))) {
        if (background) this.inBackground.add(id);
        else this.inBackground.delete(id);
        const asked: Promise<void> = this.call('articles', id, background).then(
          (results) => {
            for (const [other, result] of results) {
              this.articles.set(other, result);
              this.settle(other, asked);
            }
            this.settle(id, asked);
            this.changed();
          },
          (error: unknown) => {
            // A later ask for the same article (the page's own, after a lead's) answers for it.
            if (this.loading.get(id) !== asked) return;
            this.articles.set(id, { ok: false, code: 'network', file: '', problems: [String((error as { message?: string }).message ?? error)] });
            this.settle(id, asked);
            this.changed();
          },
        );
        promise = asked;
        this.loading.set(id, promise);
      }
      waits.push(promise);
    }
    return Promise.all(waits).then(() => undefined);
  }

  /** An article's load is over, unless a later ask for it is still on its way. */
  private settle(id: string, asked: Promise<void>): void {
    if (this.loading.get(id) !== asked && this.loading.has(id)) return;
    this.loading.delete(id);
    this.inBackground.delete(id);
  }

  /** Forgets failures that a new try may mend (back online). */
  retryFailures(): void {
    let any = false;
    for (const [id, result] of this.articles) {
      if (!result.ok && (result.code === 'network' || result.code === 'missing')) {
        this.articles.delete(id);
        any = true;
      }
    }
    if (any) this.changed();
  }

  query(query: Query): Promise<QueryResult> {
    const asked = performance.now();
    const answered = this.call('query', query);
    // The round trip of a view's question (sent → answer handled here), for profiles and `npm run bench:app`; only the
    // latest is kept, so a page open for days does not gather one entry per query.
    void answered.then(
      () => {
        performance.clearMeasures(QUERY_MEASURE);
        performance.measure(QUERY_MEASURE, { start: asked });
      },
      () => undefined,
    );
    return answered;
  }

  /**
   * Has the worker read what a search for `q` will need while it is still being typed (Collection.prepareSearch): by
   * the pause that sends the query, its postings are in memory. Nothing comes back; a failure is the search's to tell.
   */
  prepareSearch(q: string): void {
    this.call('prepareSearch', q).catch(() => undefined);
  }

  /**
   * The answer to a query (by its JSON) once it is here, asking the worker the first time: a view calls it while it
   * renders, so the question leaves before the page is even drawn. The last few answers are kept, so going Back to
   * a list answers at once.
   */
  answer(key: string): QueryEntry {
    let entry = this.answers.get(key);
    if (entry) {
      // Most recently used last: the oldest is the first let go.
      this.answers.delete(key);
    } else {
      const made: QueryEntry = {
        result: null,
        ready: this.query(JSON.parse(key) as Query).then(
          (result) => {
            made.result = result;
          },
          // A failed question (a postings file that cannot be read: offline and never fetched, damaged, of a newer
          // format than this app) is answered with nothing and its reason, which the view says, rather than asked again
          // by every render; it is asked anew once it has left the kept answers.
          (error: unknown) => {
            made.result = { docs: [], terms: [], failed: String((error as { message?: string } | null)?.message ?? error) };
          },
        ),
      };
      entry = made;
    }
    this.answers.set(key, entry);
    for (const old of this.answers.keys()) {
      if (this.answers.size <= KEPT_ANSWERS) break;
      this.answers.delete(old);
    }
    return entry;
  }

  /** The ids of the articles most related to one (asked once per article). */
  related(id: string): Promise<string[]> {
    let promise = this.relatedOf.get(id);
    if (!promise) {
      promise = this.call('related', id);
      promise.catch(() => this.relatedOf.delete(id));
      this.relatedOf.set(id, promise);
    }
    return promise;
  }

  timeline(): Promise<TimelineResult> {
    this.timelineResult ??= this.call('timeline').then((result) => {
      if (!result.ok) this.timelineResult = null;
      return result;
    });
    return this.timelineResult;
  }

  private changed(): void {
    this.version++;
    for (const listener of this.listeners) listener();
  }
}

/**
 * The collection's engine: it owns the index and the search postings, and answers the views' questions (filter, sort,
 * facet counts, search, an article's text, the timeline). It runs in the data worker (data.worker.ts) and, unchanged,
 * in Node (tests, the build's prerendering) and on the main thread when a browser has no module workers.
 *
 * Both bundle versions go through it: a v1 bundle is split into v2's files in memory (core's splitBundle), so every
 * view reads one shape. Every file is untrusted: checked with core's schemas and against the index; a broken content
 * shard costs only its own articles (reported by article, naming the file), never the collection.
 */
import { readBundle, type Bundle, type BundleItem, type DroppedItem } from '../../core/bundle-schema.ts';
import { checkIndex, checkSearchShard, checkTimeline } from '../../core/bundle-v2/check.ts';
import { SEARCH_PREFIX_LENGTH, shardV2Schema, type IndexV2, type TimelineEventV2 } from '../../core/bundle-v2/format.ts';
import { filesFor, LATIN_NAME_WEIGHT, LatinNames, postingsTerms, PREFIX_MIN_LENGTH, prefixOf, queryTerms, searchPostings, type LatinHits, type PostingsHit, type PostingsTerms } from '../../core/bundle-v2/search.ts';
import { orderByScore, relevance, TitleWords } from '../../core/bundle-v2/rank.ts';
import { packIndex, type PackedIndex } from './list-data.ts';
import { EntityDocs, relatedIn, type RelatedColumns } from './related.ts';
import { compareIndexOrder, IndexBuilder, SearchPostingsBuilder, searchNamesOf, ShardPacker, timelineEventsOf, timelineFile } from '../../core/bundle-v2/split.ts';

/** Reads a file of the bundle by its path relative to the entry; throws a FileError. */
export type ReadFile = (path: string) => Promise<string>;

export type FileErrorCode = 'network' | 'missing' | 'not-json' | 'invalid';

/** A file that could not be read: a code and the file's path, turned into words by the app. */
export class FileError extends Error {
  constructor(
    readonly code: FileErrorCode,
    readonly path: string,
    readonly problems: string[] = [],
  ) {
    super(`${code}: ${path}${problems.length ? ` (${problems[0]})` : ''}`);
    this.name = 'FileError';
  }
}

/** The order of a search's results: most relevant first (core/bundle-v2/rank.ts), or reading order (newest first). */
export type QuerySort = 'relevance' | 'date';

/** What a view filters by: entity ids (all must be mentioned), a publication month range, a search query. */
export interface Query {
  entities: string[];
  from: string | null;
  to: string | null;
  q: string;
  /** Only read when there is a query; relevance when absent. */
  sort?: QuerySort;
  /** Whether the answer counts the entities of its articles (facets); no view asks yet, and at 100,000 it costs ~10 ms. */
  facets?: boolean;
}

/** Article indices as a list of numbers or, sent from the worker, a typed array. */
export type DocList = readonly number[] | Int32Array;

/**
 * The articles of an entity's list (EntityDocs: ascending) that pass, each once: an article that lists the entity
 * twice is there twice, side by side. A typed array, not pushes: the worker hands it to the main thread as it is.
 */
function passingIn(list: Int32Array, passes: (doc: number) => boolean): Int32Array {
  const kept = new Int32Array(list.length);
  let n = 0;
  for (let k = 0; k < list.length; k++) {
    const doc = list[k]!;
    if ((k === 0 || doc !== list[k - 1]) && passes(doc)) kept[n++] = doc;
  }
  return kept.subarray(0, n);
}

export interface QueryResult {
  /**
   * Article indices (rows of the index): in reading order, or with a query most relevant first unless sorted by date.
   * A typed array for a filter by entity here, and always once it comes from the worker (handed over, not copied).
   */
  docs: DocList;
  /** Index terms the search matched, for highlighting. */
  terms: string[];
  /** Entity id → articles of the result that mention it, when the query asked for them. */
  facets?: Record<string, number>;
  /** Set by the data client (data-client.ts) when the question could not be answered (docs empty): the reason. */
  failed?: string;
}

export type ArticleResult = { ok: true; item: BundleItem } | { ok: false; code: FileErrorCode | 'dropped'; file: string; problems: string[] };

/** The timeline file's events, or why it could not be read. */
export type TimelineResult = { ok: true; events: TimelineEventV2[] } | { ok: false; code: FileErrorCode; file: string; problems: string[] };

const MAX_PROBLEMS = 5;

function parseJson(path: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new FileError('not-json', path, [(error as Error).message]);
  }
}

function issues(error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): string[] {
  return error.issues.slice(0, MAX_PROBLEMS).map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`);
}

/** The cross checks of an index beyond its schema: every column as long as the ids, every number pointing into its table. */
export function indexProblems(index: IndexV2): string[] {
  const problems: string[] = [];
  const { items } = index;
  const n = items.id.length;
  for (const column of ['title', 'outlet', 'published', 'entities', 'story', 'shard'] as const) {
    if (items[column].length !== n) problems.push(`items.${column}: ${items[column].length} rows, ${n} ids`);
  }
  if (new Set(items.id).size !== n) problems.push('items.id: duplicate ids');
  // Plain loops: at 100,000 articles these columns hold over a million numbers (a flat() of them took ~0.5 s).
  const outside = (values: readonly number[], size: number, none: boolean): number | null => {
    for (let k = 0; k < values.length; k++) {
      const v = values[k]!;
      if (v >= size || (!none && v < 0)) return v;
    }
    return null;
  };
  const within = (label: string, values: readonly number[], size: number, none = false) => {
    const v = outside(values, size, none);
    if (v !== null) problems.push(`${label}: ${v} outside 0…${size - 1}`);
  };
  within('items.outlet', items.outlet, index.outlets.length, true);
  within('items.story', items.story, index.stories.length, true);
  within('items.shard', items.shard, index.shards.length);
  for (const list of items.entities) {
    const v = outside(list, index.entities.length, false);
    if (v !== null) {
      problems.push(`items.entities: ${v} outside 0…${index.entities.length - 1}`);
      break;
    }
  }
  within('stories.items', index.stories.flatMap((s) => s.items), n);
  within('search.prefixes', Object.values(index.search.prefixes), index.search.files.length);
  for (let k = 1; k < n; k++) {
    if (items.shard[k]! < items.shard[k - 1]!) {
      problems.push('items.shard: shards out of reading order');
      break;
    }
  }
  return problems.slice(0, MAX_PROBLEMS * 2);
}

/** Reads and checks an index file's JSON. */
export function readIndex(path: string, text: string): IndexV2 {
  const parsed = checkIndex(parseJson(path, text));
  if (!parsed.success) throw new FileError('invalid', path, issues(parsed.error));
  const problems = indexProblems(parsed.data);
  if (problems.length > 0) throw new FileError('invalid', path, problems);
  return parsed.data;
}

/** The list data every view needs before any article's text: sent once to the main thread (packed: list-data.ts). */
export interface ListData {
  title: string;
  articles: number;
  index: PackedIndex;
  /** Entity id → number of articles that mention it (the unfiltered facets). */
  entityCounts: Record<string, number>;
}

/** The article as a search term may begin with it (searchTerm keeps it on a short stem: «الأس» while it is typed). */
const ARTICLE = 'ال';
/** Collections larger than this add their titles to the ranking's words ahead of the first search (Collection.warmUp), this many at a time. */
const WARM_UP_ABOVE = 2000;
const WARM_UP_SLICE = 2000;

/**
 * Runs `run` in a task of its own, after the tasks already queued (a message to oneself: nested timers are clamped to
 * 4 ms, which a queue of shards would pay at each turn).
 */
function nextTask(run: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    run();
  };
  channel.port2.postMessage(null);
}

export class Collection {
  /** The longest a background shard read waits for questions being answered (ms; tests set it). */
  static maxBackgroundWait = 300;
  readonly index: IndexV2;
  private readonly read: ReadFile;
  private readonly entityIndex: Map<string, number>;
  private readonly docById: Map<string, number>;
  private readonly shards = new Map<number, Promise<Map<number, ArticleResult>>>();
  /** Questions being answered now (a query, the timeline, an article asked for itself): background reads wait for them. */
  private urgent = 0;
  /** Background shard reads whose file is here, waiting for their turn to be read (in the order they came), each by its start. */
  private readonly waiting = new Map<number, () => void>();
  /** Shards whose background read has not had its turn yet (its file may still be coming). */
  private readonly inBackground = new Set<number>();
  /** Background reads asked for urgently while their file was still coming: they skip their turn. */
  private readonly promoted = new Set<number>();
  private turnScheduled = false;
  private readonly postings = new Map<number, Promise<PostingsTerms>>();
  private timelineFile: Promise<TimelineResult> | null = null;
  /** Where the search postings are: the index's (v2), or made on the first search (a v1 bundle in memory). */
  private searchFiles: Promise<IndexV2['search']> | null = null;
  /** Entity and outlet names for Latin query words, made on the first Latin search. */
  private latinNames: { names: LatinNames; docsOf: (name: number) => Iterable<number> } | null = null;
  /** The titles' words as the ranking reads them (rank.ts TitleWords): each title added when first ranked, or ahead (warmUp). */
  private titleWordsMade: TitleWords | null = null;
  /** Made on first use: each entity's articles, each article's publication time. */
  private entityDocsMade: EntityDocs | null = null;
  private relatedOf: ((id: string) => string[]) | null = null;
  private storyStubs: Map<string, { id: string; title: string; item_ids: string[] }> | null = null;
  private shardDocs: number[][] | null = null;
  private entityById: Map<string, IndexV2['entities'][number]> | null = null;

  constructor(
    index: IndexV2,
    read: ReadFile,
    private readonly makePostings: (() => IndexV2['search']) | null = null,
    /** Files made here from a checked bundle: their items are not checked again. */
    private readonly trusted = false,
  ) {
    this.index = index;
    this.read = read;
    this.entityIndex = new Map(index.entities.map((e, k) => [e.id, k]));
    this.docById = new Map(index.items.id.map((id, k) => [id, k]));
  }

  get size(): number {
    return this.index.items.id.length;
  }

  listData(): ListData {
    return { title: this.index.title, articles: this.size, index: packIndex(this.index), entityCounts: this.facets(null) };
  }

  /** Articles per entity over some articles (all when null). */
  facets(docs: DocList | null): Record<string, number> {
    const counts = new Array<number>(this.index.entities.length).fill(0);
    const columns = this.index.items.entities;
    if (docs === null) for (const list of columns) for (const e of list) counts[e]!++;
    else for (const doc of docs) for (const e of columns[doc]!) counts[e]!++;
    const result: Record<string, number> = {};
    counts.forEach((count, e) => {
      if (count > 0) result[this.index.entities[e]!.id] = count;
    });
    return result;
  }

  /**
   * The articles passing every filter, with the search's matched terms (and the facets when asked): in reading order,
   * or, with a query, most relevant first (ties in reading order) unless the query asks for date order.
   */
  query(query: Query): Promise<QueryResult> {
    return this.urgently(() => this.answer(query));
  }

  private async answer(query: Query): Promise<QueryResult> {
    let hits: PostingsHit | null = null;
    let terms: string[] = [];
    if (query.q.trim() !== '') {
      hits = await this.search(query.q);
      terms = [...hits.terms];
    }
    const wanted: number[] = [];
    for (const id of query.entities) {
      const e = this.entityIndex.get(id);
      // An entity the collection does not know is mentioned by no article.
      if (e === undefined) return { docs: [], terms, ...(query.facets ? { facets: {} } : {}) };
      wanted.push(e);
    }
    const { published, entities } = this.index.items;
    const ranged = query.from !== null || query.to !== null;
    // Without a search, the articles of the entity named by the fewest (EntityDocs, in reading order) are the ones to
    // check, not every article: a person in 85,000 of 100,000 articles is one copy, not 100,000 checks.
    const byEntity = hits === null && wanted.length > 0 ? this.entityDocs() : null;
    if (byEntity) wanted.sort((a, b) => byEntity.of(a).length - byEntity.of(b).length);
    const mustHave = byEntity ? wanted.slice(1) : wanted;
    const passes = (doc: number): boolean => {
      if (mustHave.length > 0) {
        const own = entities[doc]!;
        if (!mustHave.every((e) => own.includes(e))) return false;
      }
      if (ranged) {
        const value = published[doc]!;
        if (value.length < 7) return false;
        const month = value.slice(0, 7);
        if (query.from !== null && month < query.from) return false;
        if (query.to !== null && month > query.to) return false;
      }
      return true;
    };
    let docs: DocList;
    if (byEntity) docs = passingIn(byEntity.of(wanted[0]!), passes);
    else {
      // The search's articles come in reading order (ascending), as the rows do.
      const found = hits ? (wanted.length > 0 || ranged ? hits.docs.filter(passes) : hits.docs) : [];
      if (!hits) for (let doc = 0; doc < this.size; doc++) if (passes(doc)) found.push(doc);
      if (hits && query.sort !== 'date') this.rank(found, hits.weights, hits.words);
      docs = found;
    }
    return { docs, terms, ...(query.facets ? { facets: this.facets(docs) } : {}) };
  }

  /**
   * Adds every article's title to the ranking's words (rank.ts TitleWords) in slices, between the worker's other work,
   * so that the first ranked search of a large collection does not add them all at once. (A warm-up search as well,
   * tried on 2026-12-05, fetched a postings file nobody asked for and did not move the bench's first-search figure.)
   */
  warmUp(): void {
    if (this.size <= WARM_UP_ABOVE) return;
    // The per-entity article lists that a filter starts from (answer), made before the first filter asks.
    setTimeout(() => this.entityDocs(), 0);
    const words = this.titleWords();
    const titles = this.index.items.title;
    let next = 0;
    const slice = () => {
      const end = Math.min(this.size, next + WARM_UP_SLICE);
      for (; next < end; next++) if (!words.has(next)) words.add(next, titles[next]!);
      if (next < this.size) setTimeout(slice, 0);
    };
    setTimeout(slice, 0);
  }

  private titleWords(): TitleWords {
    return (this.titleWordsMade ??= new TitleWords(this.size));
  }

  /**
   * Sorts docs (in reading order) most relevant first, ties kept in reading order. One number per article, no object
   * per article: a common word matches more than half of a 100,000-article archive.
   */
  private rank(docs: number[], weights: Float64Array, words: readonly string[]): void {
    const titleWords = this.titleWords();
    const titles = this.index.items.title;
    if (!titleWords.complete) for (const doc of docs) if (!titleWords.has(doc)) titleWords.add(doc, titles[doc]!);
    const match = titleWords.matcher(words);
    const score = new Float64Array(this.size);
    for (const doc of docs) score[doc] = relevance(match(doc), weights[doc]!);
    orderByScore(docs, score);
  }

  /**
   * Reads, ahead of the search, the postings files a query being typed will need (each file once: a search then finds
   * it read), so that the pause after the last key is not spent downloading and parsing them. Failures are left to
   * the search, which asks again and reports them.
   */
  async prepareSearch(q: string): Promise<void> {
    // A word being typed is filed where its first letters are, which for a definite word's first letters (ال، الأ) is
    // another file than the whole word's: only words of PREFIX_MIN_LENGTH letters or more, without the article left
    // on them, are read ahead.
    const whole = queryTerms(q).filter((term) => term.length >= PREFIX_MIN_LENGTH && !term.startsWith(ARTICLE));
    await this.postingsFor(whole).catch(() => undefined);
  }

  /** The postings files of these query terms, read (core/bundle-v2/search.ts filesFor), with where the files are. */
  private async postingsFor(terms: string[]): Promise<{ search: IndexV2['search']; loaded: Map<number, PostingsTerms> }> {
    this.searchFiles ??= Promise.resolve(this.makePostings ? this.makePostings() : this.index.search);
    const search = await this.searchFiles;
    const loaded = new Map<number, PostingsTerms>();
    await Promise.all(filesFor(terms, search.prefixes).map(async (file) => loaded.set(file, await this.postingsFile(search, file))));
    return { search, loaded };
  }

  /** The articles matching every word of the query, with their scores and the matched terms (core/bundle-v2/search.ts). */
  async search(q: string): Promise<PostingsHit> {
    const { search, loaded } = await this.postingsFor(queryTerms(q));
    const { prefixes } = search;
    return searchPostings(
      q,
      (prefix) => {
        const file = Object.hasOwn(prefixes, prefix) ? prefixes[prefix] : undefined;
        return file === undefined ? undefined : loaded.get(file);
      },
      this.size,
      (phrase) => this.latinHits(phrase),
    );
  }

  /**
   * The articles naming an entity, or coming from an outlet, whose Arabic name a Latin phrase transliterates
   * ("Stoltenberg", "NATO", "BBC": core/arabic/latin.ts), each with an entity name's weight, and the name's Arabic
   * words for the results to mark.
   */
  private latinHits(phrase: readonly string[]): LatinHits {
    if (this.latinNames === null) {
      const { entities, outlets, items } = this.index;
      const byOutlet: number[][] = outlets.map(() => []);
      items.outlet.forEach((o, doc) => {
        if (o >= 0) byOutlet[o]!.push(doc);
      });
      const byEntity = this.entityDocs();
      const names = new LatinNames([...entities.map((e) => e.aliases), ...outlets.map((o) => [o])]);
      this.latinNames = { names, docsOf: (name) => (name < entities.length ? byEntity.of(name) : byOutlet[name - entities.length]!) };
    }
    const docs = new Map<number, number>();
    const terms: string[] = [];
    for (const name of this.latinNames.names.match(phrase)) {
      for (const doc of this.latinNames.docsOf(name)) docs.set(doc, LATIN_NAME_WEIGHT);
      for (const term of this.latinNames.names.termsOf(name, phrase)) terms.push(term);
    }
    return { docs, terms };
  }

  private postingsFile(search: IndexV2['search'], file: number): Promise<PostingsTerms> {
    let promise = this.postings.get(file);
    if (!promise) {
      const path = search.files[file]!;
      promise = this.read(path).then((text) => {
        const parsed = checkSearchShard(parseJson(path, text));
        if (!parsed.success) throw new FileError('invalid', path, issues(parsed.error));
        const n = this.size;
        const terms: Record<string, number[]> = {};
        for (const [term, list] of Object.entries(postingsTerms(parsed.data))) {
          // A term filed under another prefix, or a posting pointing past the index, is not trusted; the rest is.
          if (list.length % 2 !== 0 || search.prefixes[prefixOf(term)] !== file) continue;
          let fine = true;
          for (let k = 0; k < list.length; k += 2) if (list[k]! >= n) fine = false;
          if (fine) terms[term] = list;
        }
        return terms;
      });
      promise.catch(() => this.postings.delete(file));
      this.postings.set(file, promise);
    }
    return promise;
  }

  /** The index's columns as the related-articles scoring reads them. */
  private relatedColumns(): RelatedColumns {
    const { items, entities } = this.index;
    return { ids: items.id, published: items.published, entitiesOf: (doc) => items.entities[doc]!, entityCount: entities.length };
  }

  private entityDocs(): EntityDocs {
    this.entityDocsMade ??= new EntityDocs(this.relatedColumns());
    return this.entityDocsMade;
  }

  /** The ids of the articles most related to one (related.ts); none for an unknown id. */
  related(id: string): string[] {
    // The per-entity article lists are the ones Latin search uses too: made once.
    this.relatedOf ??= relatedIn(this.relatedColumns(), () => this.entityDocs());
    return this.relatedOf(id);
  }

  docOf(id: string): number | undefined {
    return this.docById.get(id);
  }

  /** The article's full item, from its content shard (fetched once, checked as a v1 item and against the index). */
  async article(id: string): Promise<ArticleResult> {
    const doc = this.docById.get(id);
    if (doc === undefined) return { ok: false, code: 'missing', file: '', problems: [`no article ${id}`] };
    const shard = this.index.items.shard[doc]!;
    const results = await this.shard(shard);
    return results.get(doc) ?? { ok: false, code: 'invalid', file: this.index.shards[shard]!, problems: [`the shard does not hold ${id}`] };
  }

  /**
   * Every article of a shard, by article index: the checked items, or each one's failure. In the background (a list
   * row's lead, say) the file is fetched at once but read and checked only when no question is being answered, one
   * shard per task of the worker, so that a reader's next search or article is not queued behind a screenful of leads
   * (on the 100,000-article bench collection, a search asked while the previous results' leads came took 122–145 ms,
   * asked a moment later 51–64). Asked for without `background` meanwhile, a waiting shard is read at once.
   */
  shard(shard: number, background = false): Promise<Map<number, ArticleResult>> {
    let promise = this.shards.get(shard);
    if (promise) {
      if (!background) {
        const start = this.waiting.get(shard);
        if (start) start();
        else if (this.inBackground.has(shard)) this.promoted.add(shard);
      }
      return promise;
    }
    promise = background ? this.readShard(shard, true) : this.urgently(() => this.readShard(shard, false));
    this.shards.set(shard, promise);
    // A network failure is worth another try; a file that reads but is broken stays broken.
    void promise.then((results) => {
      for (const result of results.values()) if (!result.ok && result.code === 'network') this.shards.delete(shard);
    });
    return promise;
  }

  /** Work that answers a question: background shard reads wait until no such work is in progress. */
  private async urgently<T>(work: () => Promise<T>): Promise<T> {
    this.urgent++;
    try {
      return await work();
    } finally {
      this.urgent--;
      this.scheduleTurn();
    }
  }

  /**
   * Resolves when a background read of the shard may go on: its turn, at once when the shard was or is asked for
   * urgently, and at the latest after Collection.maxBackgroundWait ms (a question waiting on a slow network does not hold the
   * leads back for as long).
   */
  private turn(shard: number): Promise<void> {
    if (this.promoted.delete(shard)) {
      this.inBackground.delete(shard);
      return Promise.resolve();
    }
    return new Promise((start) => {
      const go = () => {
        clearTimeout(latest);
        this.waiting.delete(shard);
        this.inBackground.delete(shard);
        start();
      };
      const latest = Number.isFinite(Collection.maxBackgroundWait) ? setTimeout(go, Collection.maxBackgroundWait) : undefined;
      this.waiting.set(shard, go);
      this.scheduleTurn();
    });
  }

  /** In a task of its own: the first waiting read goes on if no question is being answered (it runs before the next task). */
  private scheduleTurn(): void {
    if (this.turnScheduled || this.waiting.size === 0) return;
    this.turnScheduled = true;
    nextTask(() => {
      this.turnScheduled = false;
      if (this.urgent > 0) return;
      this.waiting.values().next().value?.();
      this.scheduleTurn();
    });
  }

  /**
   * The index's stories that the items name (as a v1 envelope lists them, without their articles): what checking a
   * shard's items needs, not the whole collection's thousands, each parsed again for every shard. A story an item
   * names that the index lacks stays missing, and the item is refused as before.
   */
  private storiesNamedBy(items: readonly unknown[]): Array<{ id: string; title: string; item_ids: string[] }> {
    this.storyStubs ??= new Map(this.index.stories.map((s) => [s.id, { id: s.id, title: s.title, item_ids: [] }]));
    const named = new Set<{ id: string; title: string; item_ids: string[] }>();
    for (const item of items) {
      const story = (item as { _riwaya?: { story?: unknown } } | null)?._riwaya?.story;
      const stub = typeof story === 'string' ? this.storyStubs.get(story) : undefined;
      if (stub) named.add(stub);
    }
    return [...named];
  }

  /** The index's entities that the items' mentions and quotes name: as storiesNamedBy, for the same reason. */
  private entitiesNamedBy(items: readonly unknown[]): IndexV2['entities'] {
    this.entityById ??= new Map(this.index.entities.map((e) => [e.id, e]));
    const named = new Set<IndexV2['entities'][number]>();
    const add = (id: unknown) => {
      const entity = typeof id === 'string' ? this.entityById!.get(id) : undefined;
      if (entity) named.add(entity);
    };
    for (const item of items) {
      const riwaya = (item as { _riwaya?: { mentions?: unknown; quotes?: unknown } } | null)?._riwaya;
      if (Array.isArray(riwaya?.mentions)) for (const m of riwaya.mentions) add((m as { entity?: unknown } | null)?.entity);
      if (Array.isArray(riwaya?.quotes)) for (const q of riwaya.quotes) add((q as { speaker?: unknown } | null)?.speaker);
    }
    return [...named];
  }

  /** The article indices whose text is in a shard. */
  docsOfShard(shard: number): readonly number[] {
    // One pass over the index, once, rather than one per shard read.
    if (this.shardDocs === null) {
      const lists: number[][] = this.index.shards.map(() => []);
      this.index.items.shard.forEach((s, doc) => lists[s]?.push(doc));
      this.shardDocs = lists;
    }
    return this.shardDocs[shard] ?? [];
  }

  private async readShard(shard: number, background: boolean): Promise<Map<number, ArticleResult>> {
    const path = this.index.shards[shard]!;
    const docs = this.docsOfShard(shard);
    const results = new Map<number, ArticleResult>();
    const failAll = (code: FileErrorCode, problems: string[]) => {
      for (const doc of docs) results.set(doc, { ok: false, code, file: path, problems });
      return results;
    };
    let data: unknown;
    try {
      if (background) this.inBackground.add(shard);
      const text = await this.read(path);
      if (background) await this.turn(shard);
      data = parseJson(path, text);
    } catch (error) {
      this.inBackground.delete(shard);
      this.promoted.delete(shard);
      return error instanceof FileError ? failAll(error.code, error.problems) : failAll('network', [String(error)]);
    }
    const parsed = shardV2Schema.safeParse(data);
    if (!parsed.success) return failAll('invalid', issues(parsed.error));
    const { first, items } = parsed.data;
    const { index } = this;
    if (this.trusted) {
      for (const [position, item] of (items as BundleItem[]).entries()) results.set(first + position, { ok: true, item });
      return results;
    }
    // Each item is checked as a v1 reader checks it (schema, spans, entity and story references)…
    const reading = readBundle({
      version: 'https://jsonfeed.org/version/1.1',
      title: index.title,
      language: 'ar',
      items,
      _riwaya: { schema: 1, entities: this.entitiesNamedBy(items), stories: this.storiesNamedBy(items) },
    });
    if (!reading.ok) return failAll('invalid', reading.problems);
    const dropped = new Map<number, DroppedItem>(reading.dropped.map((d) => [d.position, d]));
    let kept = 0;
    items.forEach((_, position) => {
      const doc = first + position;
      const problem = dropped.get(position);
      if (problem) {
        if (index.items.shard[doc] === shard) results.set(doc, { ok: false, code: 'invalid', file: path, problems: problem.problems });
        return;
      }
      const item = reading.bundle.items[kept++]!;
      // … and against the index: the row it stands in is its own.
      if (index.items.id[doc] !== item.id || index.items.shard[doc] !== shard) return;
      const storyIndex = index.items.story[doc]!;
      const story = storyIndex === -1 ? null : index.stories[storyIndex]!.id;
      if (item._riwaya.story !== story || (item._riwaya.published?.value ?? '') !== index.items.published[doc]) {
        results.set(doc, { ok: false, code: 'invalid', file: path, problems: [`${item.id}: differs from the index`] });
        return;
      }
      results.set(doc, { ok: true, item });
    });
    for (const doc of docs) if (!results.has(doc)) results.set(doc, { ok: false, code: 'invalid', file: path, problems: [`${index.items.id[doc]}: not in the shard`] });
    return results;
  }

  /** The timeline file: every resolved mentioned date, in time order. */
  timeline(): Promise<TimelineResult> {
    this.timelineFile ??= this.urgently(async (): Promise<TimelineResult> => {
      const path = this.index.timeline;
      try {
        const parsed = checkTimeline(parseJson(path, await this.read(path)));
        if (!parsed.success) return { ok: false, code: 'invalid', file: path, problems: issues(parsed.error) };
        const n = this.size;
        return { ok: true, events: parsed.data.events.filter((e) => e[0] < n && e[4] <= e[5]) };
      } catch (error) {
        this.timelineFile = null;
        return error instanceof FileError ? { ok: false, code: error.code, file: path, problems: error.problems } : { ok: false, code: 'network', file: path, problems: [String(error)] };
      }
    });
    return this.timelineFile;
  }
}

/**
 * A v1 bundle (checked already) as a collection: split into v2's files in memory, as core's splitBundle does, except
 * the search postings, which are made on the first search (tokenizing every text is most of the split's time).
 */
export function collectionOfBundle(bundle: Bundle): Collection {
  const { entities, stories } = bundle._riwaya;
  const builder = new IndexBuilder(new Map(entities.map((e, k) => [e.id, k])), new Map(stories.map((s, k) => [s.id, k])));
  const packer = new ShardPacker();
  const events: TimelineEventV2[] = [];
  const files = new Map<string, string>();
  const ordered = [...bundle.items].sort(compareIndexOrder);
  ordered.forEach((item, doc) => {
    const { shard, file } = packer.add(item);
    if (file) files.set(file.path, file.text);
    builder.add(item, shard);
    for (const event of timelineEventsOf(doc, item)) events.push(event);
  });
  const last = packer.finish();
  if (last) files.set(last.path, last.text);
  const timeline = timelineFile(events);
  files.set(timeline.path, timeline.text);
  const index = builder.finish({ title: bundle.title, entities, stories, shards: packer.paths, timeline: timeline.path, search: { files: [], prefixes: {} } });
  const read: ReadFile = async (path) => {
    const text = files.get(path);
    if (text === undefined) throw new FileError('missing', path);
    return text;
  };
  const makePostings = () => {
    const entityById = new Map(entities.map((e) => [e.id, e]));
    const postings = new SearchPostingsBuilder();
    ordered.forEach((item, doc) => postings.add(doc, item, searchNamesOf(item, entityById)));
    const made = postings.files();
    for (const file of made.files) files.set(file.path, file.text);
    return { prefix: SEARCH_PREFIX_LENGTH, files: made.files.map((f) => f.path), prefixes: made.prefixes } as IndexV2['search'];
  };
  // Made here from a checked bundle: not checked again.
  return new Collection(JSON.parse(index.file.text) as IndexV2, read, makePostings, true);
}

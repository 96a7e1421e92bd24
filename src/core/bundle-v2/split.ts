/**
 * Bundle v2's files (format.ts), made one article at a time: the CLI streams articles through these builders and
 * writes each shard as it closes; `splitBundle` runs them over a whole v1 bundle (tests, small collections).
 * Pure and deterministic: the same articles give the same files, byte for byte.
 */
import { JSON_FEED_VERSION, type Bundle, type BundleItem, type Entity, type Story } from '../bundle-schema.ts';
import { compareCodeUnits } from '../order.ts';
import { searchTerm, tokenize } from '../search/terms.ts';
import { sentenceAround } from '../sentence-around.ts';
import { contentHash } from './content-hash.ts';
import {
  HEAD_PEOPLE,
  HEAD_ROWS,
  RIWAYA_SCHEMA_V2,
  SEARCH_FILE_TARGET_UNITS,
  SEARCH_PREFIX_LENGTH,
  SEARCH_WEIGHT,
  SHARD_TARGET_UNITS,
  V2_FOLDER,
  type EntryV2,
  type HeadRowV2,
  type IndexV2,
  type TimelineEventV2,
} from './format.ts';

export const ENTRY_FILE = 'bundle.json';

/** A file of the bundle: its path relative to the entry's folder and its JSON text. */
export interface V2File {
  path: string;
  text: string;
}

const hashedPath = (stem: string, text: string) => `${V2_FOLDER}/${stem}.${contentHash(text)}.json`;

/** Reading order: newest publication first (any precision, compared as text), undated last, then id (UTF-16 units). */
export function compareIndexOrder(a: BundleItem, b: BundleItem): number {
  const pa = a._riwaya.published?.value ?? '';
  const pb = b._riwaya.published?.value ?? '';
  if (pa !== pb) return pa === '' ? 1 : pb === '' ? -1 : compareCodeUnits(pb, pa);
  return compareCodeUnits(a.id, b.id);
}

/** Packs consecutive items into shards of about SHARD_TARGET_UNITS; `add` says which shard the item is in. */
export class ShardPacker {
  readonly paths: string[] = [];
  private pieces: string[] = [];
  private units = 0;
  private first = 0;
  private count = 0;

  add(item: BundleItem): { shard: number; file: V2File | null } {
    const json = JSON.stringify(item);
    this.pieces.push(json);
    this.units += json.length;
    this.count++;
    const shard = this.paths.length;
    return { shard, file: this.units >= SHARD_TARGET_UNITS ? this.close() : null };
  }

  /** The last, partly filled shard (null when the last add closed one). */
  finish(): V2File | null {
    return this.pieces.length > 0 ? this.close() : null;
  }

  private close(): V2File {
    const text = `{"schema":${RIWAYA_SCHEMA_V2},"first":${this.first},"items":[${this.pieces.join(',')}]}`;
    const path = hashedPath(`shards/${this.paths.length}`, text);
    this.paths.push(path);
    this.first = this.count;
    this.pieces = [];
    this.units = 0;
    return { path, text };
  }
}

/** The prefix a search term is filed under. */
export const searchPrefixOf = (term: string) => term.slice(0, SEARCH_PREFIX_LENGTH);

/**
 * One term's postings, packed: (article − previous article, weight) pairs as unsigned LEB128 varints in a growable
 * byte array. At 100,000 articles a collection has tens of millions of postings: as JavaScript arrays of numbers
 * (8 bytes an element, twice per posting) they took the better part of a gigabyte; packed, about 3 bytes a posting.
 */
class PackedPostings {
  bytes = new Uint8Array(8);
  length = 0;
  last = 0;

  push(doc: number, weight: number): void {
    if (doc < this.last) throw new RangeError(`search postings: article ${doc} after ${this.last} (articles are added in index order)`);
    this.varint(doc - this.last);
    this.varint(weight);
    this.last = doc;
  }

  private varint(value: number): void {
    if (this.length + 5 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    let v = value;
    while (v >= 0x80) {
      this.bytes[this.length++] = (v & 0x7f) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.bytes[this.length++] = v;
  }

  /** The postings as the file's JSON list (format.ts, `gaps`): [gap, weight, gap, weight, …], the numbers as packed. */
  json(): string {
    let out = '[';
    let at = 0;
    let first = true;
    while (at < this.length) {
      let value = 0;
      let scale = 1;
      for (;;) {
        const byte = this.bytes[at++]!;
        value += (byte & 0x7f) * scale;
        if (byte < 0x80) break;
        scale *= 0x80;
      }
      out += first ? `${value}` : `,${value}`;
      first = false;
    }
    return `${out}]`;
  }
}

/**
 * An article's own search terms with their summed weights: its title, text and tags (the names of its entities are
 * known only once the collection is done). Plain arrays, so that the CLI can work them out on a worker thread and
 * keep them in a spill file until it writes the postings (src/cli/terms-pass.ts).
 */
export interface TermWeights {
  terms: string[];
  weights: number[];
}

function countTerms(weights: Map<string, number>, text: string, weight: number): void {
  for (const token of tokenize(text)) {
    const term = searchTerm(token);
    if (term) weights.set(term, (weights.get(term) ?? 0) + weight);
  }
}

function countOwnTerms(weights: Map<string, number>, title: string, text: string, tags: readonly string[]): void {
  countTerms(weights, title, SEARCH_WEIGHT.title);
  countTerms(weights, text, SEARCH_WEIGHT.text);
  for (const tag of tags) countTerms(weights, tag, SEARCH_WEIGHT.text);
}

export function articleTermWeights(title: string, text: string, tags: readonly string[]): TermWeights {
  const weights = new Map<string, number>();
  countOwnTerms(weights, title, text, tags);
  return { terms: [...weights.keys()], weights: [...weights.values()] };
}

/** Weighted postings of every search term (core/search/terms.ts), filed by prefix. Articles are added in index order. */
export class SearchPostingsBuilder {
  private readonly postings = new Map<string, PackedPostings>();
  private readonly weights = new Map<string, number>();

  /**
   * The article's postings: its own terms (`own`, worked out here when not given: the same sums, as the weights are
   * whole numbers) and its entities' names.
   */
  add(doc: number, item: BundleItem, names: readonly string[], own?: TermWeights): void {
    const weights = this.weights;
    weights.clear();
    if (own) own.terms.forEach((term, k) => weights.set(term, own.weights[k]!));
    else countOwnTerms(weights, item.title, item.content_text, item.tags);
    for (const name of names) countTerms(weights, name, SEARCH_WEIGHT.names);
    for (const [term, weight] of weights) {
      let list = this.postings.get(term);
      if (list === undefined) this.postings.set(term, (list = new PackedPostings()));
      list.push(doc, weight);
    }
  }

  /**
   * Terms in code-unit order, so one prefix's terms are consecutive; files are closed at a prefix boundary once they
   * reach SEARCH_FILE_TARGET_UNITS, so a query term needs exactly one file. Each file is given to `emit` as it
   * closes (and its text can then be dropped); the postings are given up as they are written.
   */
  write(emit: (file: V2File) => void): { files: { path: string }[]; prefixes: Record<string, number> } {
    const files: { path: string }[] = [];
    const prefixes: Record<string, number> = {};
    let body: string[] = [];
    let units = 0;
    const close = () => {
      const text = `{"schema":${RIWAYA_SCHEMA_V2},"gaps":{${body.join(',')}}}`;
      const file = { path: hashedPath(`search/${files.length}`, text), text };
      files.push({ path: file.path });
      emit(file);
      body = [];
      units = 0;
    };
    let prefix: string | null = null;
    const terms = [...this.postings.keys()].sort(compareCodeUnits);
    for (const term of terms) {
      const next = searchPrefixOf(term);
      if (next !== prefix) {
        if (units >= SEARCH_FILE_TARGET_UNITS) close();
        prefix = next;
        prefixes[prefix] = files.length;
      }
      const entry = `${JSON.stringify(term)}:${(this.postings.get(term) as PackedPostings).json()}`;
      this.postings.delete(term);
      body.push(entry);
      units += entry.length;
    }
    if (body.length > 0) close();
    return { files, prefixes };
  }

  /** Every file at once (write, kept). */
  files(): { files: V2File[]; prefixes: Record<string, number> } {
    const files: V2File[] = [];
    const { prefixes } = this.write((file) => files.push(file));
    return { files, prefixes };
  }
}

/** The resolved dates an article mentions, as timeline rows (sorted later, with every article's). */
export function timelineEventsOf(doc: number, item: BundleItem): TimelineEventV2[] {
  const events: TimelineEventV2[] = [];
  for (const date of item._riwaya.dates) {
    if (date.value === null || date.precision === null) continue;
    const sentence = sentenceAround(item.content_text, date.start, date.end);
    events.push([doc, date.value, date.precision, date.end_value ?? null, sentence.start, sentence.end]);
  }
  return events;
}

const byTimelineOrder = (a: TimelineEventV2, b: TimelineEventV2) => compareCodeUnits(a[1], b[1]) || a[0] - b[0] || a[4] - b[4];

export function timelineFile(events: TimelineEventV2[]): V2File {
  const text = JSON.stringify({ schema: RIWAYA_SCHEMA_V2, events: [...events].sort(byTimelineOrder) });
  return { path: hashedPath('timeline', text), text };
}

/** The index's columns, filled one article at a time in reading order. */
export class IndexBuilder {
  private readonly columns: IndexV2['items'] = { id: [], title: [], outlet: [], published: [], entities: [], story: [], shard: [] };
  private readonly outlets = new Map<string, number>();
  private readonly months = new Map<string, number>();

  constructor(
    private readonly entityIndex: ReadonlyMap<string, number>,
    private readonly storyIndex: ReadonlyMap<string, number>,
  ) {}

  add(item: BundleItem, shard: number): void {
    const c = this.columns;
    const ext = item._riwaya;
    c.id.push(item.id);
    c.title.push(item.title);
    let outlet = -1;
    if (ext.outlet !== null) {
      outlet = this.outlets.get(ext.outlet) ?? this.outlets.size;
      this.outlets.set(ext.outlet, outlet);
    }
    c.outlet.push(outlet);
    const published = ext.published?.value ?? '';
    c.published.push(published);
    if (published.length >= 7) this.months.set(published.slice(0, 7), (this.months.get(published.slice(0, 7)) ?? 0) + 1);
    const counts = new Map<number, number>();
    for (const m of ext.mentions) {
      const e = this.entityIndex.get(m.entity) as number;
      counts.set(e, (counts.get(e) ?? 0) + 1);
    }
    c.entities.push([...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([e]) => e));
    c.story.push(ext.story === null ? -1 : (this.storyIndex.get(ext.story) as number));
    c.shard.push(shard);
  }

  /** The home list's first rows, as the entry carries them (format.ts, headRowSchema). */
  head(entities: readonly Entity[], outlets: readonly string[]): HeadRowV2[] {
    const c = this.columns;
    const rows: HeadRowV2[] = [];
    for (let doc = 0; doc < Math.min(HEAD_ROWS, c.id.length); doc++) {
      const people: HeadRowV2['people'] = [];
      for (const e of c.entities[doc]!) {
        const entity = entities[e]!;
        if (entity.type === 'person') people.push({ id: entity.id, name: entity.name });
        if (people.length === HEAD_PEOPLE) break;
      }
      const outlet = c.outlet[doc]!;
      rows.push({ id: c.id[doc]!, title: c.title[doc]!, outlet: outlet === -1 ? null : outlets[outlet]!, published: c.published[doc]!, people });
    }
    return rows;
  }

  /** The index's text and the entry's head. Outlets are numbered in first-seen order; months sorted. */
  finish(parts: { title: string; entities: Entity[]; stories: Story[]; shards: string[]; timeline: string; search: { files: readonly { path: string }[]; prefixes: Record<string, number> } }): FinishedIndex {
    const docOf = new Map(this.columns.id.map((id, k) => [id, k]));
    const index: Omit<IndexV2, 'build'> = {
      schema: RIWAYA_SCHEMA_V2,
      title: parts.title,
      entities: parts.entities,
      outlets: [...this.outlets.keys()],
      stories: parts.stories.map((s) => ({ id: s.id, title: s.title, items: s.item_ids.map((id) => docOf.get(id) as number) })),
      months: [...this.months].sort((a, b) => compareCodeUnits(a[0], b[0])),
      shards: parts.shards,
      timeline: parts.timeline,
      search: { prefix: SEARCH_PREFIX_LENGTH, files: parts.search.files.map((f) => f.path), prefixes: parts.search.prefixes },
      items: this.columns,
    };
    // The build is named by everything the index points to (each of those names is a hash of its own file).
    const body = JSON.stringify(index);
    const build = contentHash(body);
    const text = JSON.stringify({ ...index, build });
    return { file: { path: hashedPath('index', text), text }, build, head: this.head(parts.entities, index.outlets) };
  }
}

export interface FinishedIndex {
  file: V2File;
  build: string;
  head: HeadRowV2[];
}

export function entryFile(title: string, articles: number, index: FinishedIndex): V2File {
  const entry: EntryV2 = {
    version: JSON_FEED_VERSION,
    title,
    language: 'ar',
    items: [],
    _riwaya: { schema: RIWAYA_SCHEMA_V2, build: index.build, articles, index: index.file.path, head: index.head },
  };
  return { path: ENTRY_FILE, text: JSON.stringify(entry) };
}

/** The names under which an entity is found by search: every alias of the entities an item mentions. */
export function searchNamesOf(item: BundleItem, entityById: ReadonlyMap<string, Entity>): string[] {
  return [...new Set(item._riwaya.mentions.map((m) => m.entity))].flatMap((id) => entityById.get(id)?.aliases ?? []);
}

/** Every file of a v1 bundle in v2, the entry last. */
export function splitBundle(bundle: Bundle): V2File[] {
  const { entities, stories } = bundle._riwaya;
  const entityById = new Map(entities.map((e) => [e.id, e]));
  const builder = new IndexBuilder(new Map(entities.map((e, k) => [e.id, k])), new Map(stories.map((s, k) => [s.id, k])));
  const packer = new ShardPacker();
  const search = new SearchPostingsBuilder();
  const events: TimelineEventV2[] = [];
  const files: V2File[] = [];
  [...bundle.items].sort(compareIndexOrder).forEach((item, doc) => {
    const { shard, file } = packer.add(item);
    if (file) files.push(file);
    builder.add(item, shard);
    search.add(doc, item, searchNamesOf(item, entityById));
    for (const event of timelineEventsOf(doc, item)) events.push(event);
  });
  const last = packer.finish();
  if (last) files.push(last);
  const timeline = timelineFile(events);
  const postings = search.files();
  const index = builder.finish({ title: bundle.title, entities, stories, shards: packer.paths, timeline: timeline.path, search: postings });
  files.push(timeline);
  for (const file of postings.files) files.push(file);
  files.push(index.file, entryFile(bundle.title, bundle.items.length, index));
  return files;
}

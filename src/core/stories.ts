/**
 * Stories: articles that report the same event or the same developing story.
 *
 * Two articles are linked when their similarity (below) is at least LINK_SIMILARITY; a story is a connected group
 * of linked articles (single link), which is what lets a developing story (a poisoning, then expulsions, then
 * counter-expulsions) hold together although its first and last reports share little.
 *
 * Similarity of two articles = time factor × (½ cosine of their rare vocabulary + ½ cosine of their entities):
 * - vocabulary: TF-IDF over content words (tokens.ts: matchKey, article clitics stripped, function words dropped),
 *   the title counted twice; IDF makes "روسيا" in every article weigh little and "سكريبال" much;
 * - entities: the ids of the entity mentions, IDF-weighted the same way;
 * - time: 1 up to SAME_EVENT_DAYS apart, then decaying with DECAY_DAYS; never linked beyond WINDOW_DAYS.
 *   An article without a publication day is compared by content alone.
 *
 * Scale: no all-pairs comparison. Each article is compared only with articles that share one of its rarest words
 * or entities (an inverted index; postings longer than MAX_POSTING are not used for blocking because a word that
 * common says nothing), within the time window, and only with its MAX_CANDIDATES best-sharing candidates.
 *
 * Singletons: an article linked to no other gets `story: null` — a story of one article is not a story, and the
 * comparison view needs at least two.
 * Story id: `story-` + the smallest member id — stable across runs while the story keeps its first member.
 */
import type { Published, Story } from './bundle-schema.ts';
import { contentKeys } from './align/tokens.ts';

export interface StoryInput {
  id: string;
  title: string;
  /** content_text; without it only the title is used. */
  text?: string;
  published?: Published | null;
  /** Entity ids of the article's mentions (repeats allowed: they count as frequency). */
  entities?: string[];
  outlet?: string | null;
}

export interface StoryGrouping {
  stories: Story[];
  storyOf: Map<string, string>;
}

// Chosen globally on the 63 labelled corpus articles (a sweep 0.10–0.30; see scripts/eval-stories.ts), not per story.
export const LINK_SIMILARITY = 0.14;
const SAME_EVENT_DAYS = 2;
const TERMS_KEPT = 400;
const ENTITIES_KEPT = 40;
const ENTITY_SHARE = 0.5;
const DECAY_DAYS = 20;
const WINDOW_DAYS = 30;
const BLOCKING_TERMS = 12;
const BLOCKING_ENTITIES = 4;
const MAX_CANDIDATES = 40;
const MIN_POSTING_CAP = 60;

/** A sparse vector: feature ids ascending, weights L2-normalized. */
interface Vector {
  ids: Int32Array;
  weights: Float64Array;
}

interface Features {
  terms: Vector;
  entities: Vector;
  /** Days since 1970-01-01 (middle of the month for month precision), or NaN. */
  day: number;
  /** Feature ids (terms and entities in one id space) used for blocking: the article's rarest. */
  blocking: number[];
}

function dayOf(published: Published | null | undefined): number {
  if (!published) return NaN;
  const [y, m, d] = published.value.split('-').map(Number);
  if (published.precision === 'year') return NaN;
  return Date.UTC(y!, (m ?? 1) - 1, published.precision === 'day' ? d! : 15) / 86_400_000;
}

/** Days apart → weight: events are reported over a day or two, developing stories over weeks. */
export function timeFactor(dayA: number, dayB: number): number {
  if (Number.isNaN(dayA) || Number.isNaN(dayB)) return 1;
  const apart = Math.abs(dayA - dayB);
  if (apart > WINDOW_DAYS) return 0;
  return apart <= SAME_EVENT_DAYS ? 1 : Math.exp(-(apart - SAME_EVENT_DAYS) / DECAY_DAYS);
}

export function cosine(a: Vector, b: Vector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) sum += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

/** TF-IDF vectors (sublinear tf) over per-article bags of feature ids. */
function vectorize(bags: Map<number, number>[], df: Int32Array, count: number, keep: number): Vector[] {
  return bags.map((bag) => {
    const weighted = [...bag].map(([id, tf]): [number, number] => [id, (1 + Math.log(tf)) * Math.log(count / df[id]!)]);
    // Only the heaviest features: an article's topic is in a few dozen rare words, and the long tail of words
    // used once only adds chance overlap.
    weighted.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
    const kept = weighted.slice(0, keep).sort((x, y) => x[0] - y[0]);
    const ids = Int32Array.from(kept, ([id]) => id);
    const weights = Float64Array.from(kept, ([, w]) => w);
    let norm = 0;
    for (const w of weights) norm += w * w;
    norm = Math.sqrt(norm);
    if (norm > 0) for (let k = 0; k < weights.length; k++) weights[k]! /= norm;
    return { ids, weights };
  });
}

/** The `count` heaviest features of a vector that occur in more than one article. */
function topFeatures(vector: Vector, df: Int32Array, count: number): number[] {
  const order = [...vector.ids.keys()].filter((k) => df[vector.ids[k]!]! > 1);
  order.sort((x, y) => vector.weights[y]! - vector.weights[x]! || vector.ids[x]! - vector.ids[y]!);
  return order.slice(0, count).map((k) => vector.ids[k]!);
}

export interface StoryModel {
  features: Features[];
  similarity(a: number, b: number): number;
}

/** Features of every article; IDF is computed over `items` (the collection). */
export function storyModel(items: StoryInput[]): StoryModel {
  const ids = new Map<string, number>();
  const idOf = (key: string) => {
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    return id;
  };
  const termBags: Map<number, number>[] = [];
  const entityBags: Map<number, number>[] = [];
  for (const item of items) {
    const terms = new Map<number, number>();
    const add = (bag: Map<number, number>, id: number, n: number) => bag.set(id, (bag.get(id) ?? 0) + n);
    for (const key of contentKeys(item.title)) add(terms, idOf(`w:${key}`), 2);
    if (item.text) for (const key of contentKeys(item.text)) add(terms, idOf(`w:${key}`), 1);
    const entities = new Map<number, number>();
    for (const entity of item.entities ?? []) add(entities, idOf(`e:${entity}`), 1);
    termBags.push(terms);
    entityBags.push(entities);
  }
  const df = new Int32Array(ids.size);
  for (const bags of [termBags, entityBags]) for (const bag of bags) for (const id of bag.keys()) df[id]!++;
  const count = items.length;
  const termVectors = vectorize(termBags, df, count, TERMS_KEPT);
  const entityVectors = vectorize(entityBags, df, count, ENTITIES_KEPT);
  const features = items.map((item, k): Features => {
    // Blocking keys: the article's most characteristic words and entities (highest TF-IDF weight) that occur in
    // another article too — what a second report of the same event would have to share with it.
    const blocking = [...topFeatures(termVectors[k]!, df, BLOCKING_TERMS), ...topFeatures(entityVectors[k]!, df, BLOCKING_ENTITIES)];
    return { terms: termVectors[k]!, entities: entityVectors[k]!, day: dayOf(item.published), blocking };
  });
  const similarity = (a: number, b: number) => {
    const fa = features[a]!;
    const fb = features[b]!;
    const time = timeFactor(fa.day, fb.day);
    if (time === 0) return 0;
    return time * ((1 - ENTITY_SHARE) * cosine(fa.terms, fb.terms) + ENTITY_SHARE * cosine(fa.entities, fb.entities));
  };
  return { features, similarity };
}

/** Candidate pairs (a < b) by blocking: articles sharing a rare feature, within the time window. */
function candidatePairs(features: Features[]): Array<[number, number]> {
  const cap = Math.max(MIN_POSTING_CAP, Math.ceil(Math.sqrt(features.length) * 4));
  const postings = new Map<number, number[]>();
  features.forEach((f, k) => {
    for (const id of f.blocking) {
      const list = postings.get(id);
      if (list) list.push(k);
      else postings.set(id, [k]);
    }
  });
  const shared = new Float64Array(features.length);
  const touched: number[] = [];
  const pairs: Array<[number, number]> = [];
  features.forEach((f, a) => {
    for (const id of f.blocking) {
      const list = postings.get(id)!;
      if (list.length > cap) continue;
      for (const b of list) {
        if (b <= a) continue;
        const other = features[b]!;
        if (Math.abs(f.day - other.day) > WINDOW_DAYS) continue;
        if (shared[b] === 0) touched.push(b);
        shared[b]! += 1 / list.length;
      }
    }
    touched.sort((x, y) => shared[y]! - shared[x]! || x - y);
    for (const b of touched.slice(0, MAX_CANDIDATES)) pairs.push([a, b]);
    for (const b of touched) shared[b] = 0;
    touched.length = 0;
  });
  return pairs;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A story being built: its members and the sums of their (normalized) vectors. */
interface Cluster {
  members: number[];
  terms: Map<number, number>;
  entities: Map<number, number>;
  termNorm: number;
  entityNorm: number;
  /** Range of the members' days (NaN when none is dated). */
  first: number;
  last: number;
}

function sumInto(sum: Map<number, number>, vector: Vector): void {
  vector.ids.forEach((id, k) => sum.set(id, (sum.get(id) ?? 0) + vector.weights[k]!));
}

function normOf(sum: Map<number, number>): number {
  let total = 0;
  for (const w of sum.values()) total += w * w;
  return Math.sqrt(total);
}

function centroidCosine(a: Map<number, number>, normA: number, b: Map<number, number>, normB: number): number {
  if (normA === 0 || normB === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [id, w] of small) {
    const other = large.get(id);
    if (other !== undefined) dot += w * other;
  }
  return dot / (normA * normB);
}

/** Days between two clusters' date ranges (0 when they overlap), NaN when either has no date. */
function gapOf(a: Cluster, b: Cluster): number {
  if (Number.isNaN(a.first) || Number.isNaN(b.first)) return NaN;
  return Math.max(0, a.first - b.last, b.first - a.last);
}

/** Adds `from`'s members and vector sums to `into`, keeping the norms up to date incrementally. */
function mergeInto(into: Cluster, from: Cluster): void {
  into.members.push(...from.members);
  const add = (sum: Map<number, number>, other: Map<number, number>, squared: number) => {
    for (const [id, w] of other) {
      const old = sum.get(id) ?? 0;
      sum.set(id, old + w);
      squared += (old + w) * (old + w) - old * old;
    }
    return Math.sqrt(Math.max(0, squared));
  };
  into.termNorm = add(into.terms, from.terms, into.termNorm * into.termNorm);
  into.entityNorm = add(into.entities, from.entities, into.entityNorm * into.entityNorm);
  into.first = Number.isNaN(into.first) ? from.first : Number.isNaN(from.first) ? into.first : Math.min(into.first, from.first);
  into.last = Number.isNaN(into.last) ? from.last : Number.isNaN(from.last) ? into.last : Math.max(into.last, from.last);
}

interface ScoredPair {
  a: number;
  b: number;
  similarity: number;
  versionA: number;
  versionB: number;
}

/** Max-heap of pairs by similarity; ties by the lower indices, so merging is deterministic. */
class PairHeap {
  private items: ScoredPair[] = [];

  private before(x: ScoredPair, y: ScoredPair): boolean {
    return x.similarity > y.similarity || (x.similarity === y.similarity && (x.a < y.a || (x.a === y.a && x.b < y.b)));
  }

  push(pair: ScoredPair): void {
    const items = this.items;
    items.push(pair);
    let k = items.length - 1;
    while (k > 0) {
      const parent = (k - 1) >> 1;
      if (!this.before(items[k]!, items[parent]!)) break;
      [items[k], items[parent]] = [items[parent]!, items[k]!];
      k = parent;
    }
  }

  pop(): ScoredPair | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== undefined) {
      items[0] = last;
      let k = 0;
      for (;;) {
        const l = 2 * k + 1;
        const r = l + 1;
        let best = k;
        if (l < items.length && this.before(items[l]!, items[best]!)) best = l;
        if (r < items.length && this.before(items[r]!, items[best]!)) best = r;
        if (best === k) break;
        [items[k], items[best]] = [items[best]!, items[k]!];
        k = best;
      }
    }
    return top;
  }
}

function clusterSimilarity(a: Cluster, b: Cluster): number {
  const gap = gapOf(a, b);
  const time = Number.isNaN(gap) ? 1 : timeFactor(0, gap);
  if (time === 0) return 0;
  return (
    time *
    ((1 - ENTITY_SHARE) * centroidCosine(a.terms, a.termNorm, b.terms, b.termNorm) + ENTITY_SHARE * centroidCosine(a.entities, a.entityNorm, b.entities, b.entityNorm))
  );
}

/**
 * Groups articles into stories. Agglomerative, centroid linkage: two groups merge when the similarity of their
 * centroids (the sums of their members' vectors), damped by the days between their date ranges, is at least
 * `linkSimilarity`. A centroid is the story's vocabulary as a whole, so one article that mentions two events
 * (a summit preview that names the next summit) does not chain two stories, as single link would; and a
 * developing story grows day by day because each day's reports sit next to the range the story already spans.
 * Only pairs from the blocking step are ever compared; the best pair merges first.
 */
export function groupStories(input: StoryInput[], linkSimilarity = LINK_SIMILARITY): StoryGrouping {
  // Work in id order, so the stories do not depend on the order the caller passes the articles in.
  const items = [...input].sort((a, b) => compareIds(a.id, b.id));
  const model = storyModel(items);
  const clusters = new Map<number, Cluster>();
  model.features.forEach((f, k) => {
    const terms = new Map<number, number>();
    const entities = new Map<number, number>();
    sumInto(terms, f.terms);
    sumInto(entities, f.entities);
    clusters.set(k, { members: [k], terms, entities, termNorm: normOf(terms), entityNorm: normOf(entities), first: f.day, last: f.day });
  });
  // Best pair first (a binary heap); a pair whose clusters changed since it was scored is scored again when it
  // comes up, so a merge costs nothing up front however many neighbours the merged cluster has.
  const owner = Int32Array.from({ length: items.length }, (_, k) => k);
  const find = (k: number): number => {
    while (owner[k] !== k) {
      owner[k] = owner[owner[k]!]!;
      k = owner[k]!;
    }
    return k;
  };
  const version = new Int32Array(items.length);
  const heap = new PairHeap();
  for (const [a, b] of candidatePairs(model.features)) {
    const s = clusterSimilarity(clusters.get(a)!, clusters.get(b)!);
    if (s >= linkSimilarity) heap.push({ a, b, similarity: s, versionA: 0, versionB: 0 });
  }
  for (let top = heap.pop(); top !== undefined; top = heap.pop()) {
    const a = find(top.a);
    const b = find(top.b);
    if (a === b) continue;
    if (a !== top.a || b !== top.b || version[a] !== top.versionA || version[b] !== top.versionB) {
      const s = clusterSimilarity(clusters.get(a)!, clusters.get(b)!);
      if (s >= linkSimilarity) heap.push({ a, b, similarity: s, versionA: version[a]!, versionB: version[b]! });
      continue;
    }
    const [into, from] = clusters.get(a)!.members.length >= clusters.get(b)!.members.length ? [a, b] : [b, a];
    mergeInto(clusters.get(into)!, clusters.get(from)!);
    owner[from] = into;
    version[into]!++;
    clusters.delete(from);
  }

  const groups = new Map<number, number[]>();
  for (const [root, cluster] of clusters) groups.set(root, cluster.members);
  // Centrality: how close an article is to its story's centroid.
  const centrality = new Float64Array(items.length);
  for (const cluster of clusters.values()) {
    for (const k of cluster.members) {
      const f = model.features[k]!;
      const one = (v: Vector) => new Map([...v.ids].map((id, i) => [id, v.weights[i]!]));
      centrality[k] =
        centroidCosine(one(f.terms), 1, cluster.terms, cluster.termNorm) + centroidCosine(one(f.entities), 1, cluster.entities, cluster.entityNorm);
    }
  }

  const stories: Story[] = [];
  const storyOf = new Map<string, string>();
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const byTime = [...members].sort((x, y) => {
      const dx = model.features[x]!.day;
      const dy = model.features[y]!.day;
      const timeOrder = (Number.isNaN(dx) ? Infinity : dx) - (Number.isNaN(dy) ? Infinity : dy);
      return (Number.isNaN(timeOrder) ? 0 : timeOrder) || compareIds(items[x]!.id, items[y]!.id);
    });
    const central = members.reduce((best, k) => (centrality[k]! > centrality[best]! ? k : best), byTime[0]!);
    const itemIds = byTime.map((k) => items[k]!.id);
    const id = `story-${[...itemIds].sort(compareIds)[0]!}`;
    stories.push({ id, title: items[central]!.title, item_ids: itemIds });
    for (const itemId of itemIds) storyOf.set(itemId, id);
  }
  stories.sort((x, y) => compareIds(x.id, y.id));
  return { stories, storyOf };
}

export interface ComparePair {
  a: string;
  b: string;
  similarity: number;
}

const COMPARE_DAYS = 1;
export const COMPARE_SIMILARITY = 0.3;

/**
 * Pairs of a story's articles worth reading side by side: different outlets, published within ±1 day, similar
 * enough to report one event; best first. IDF comes from `items` (pass the whole collection for the best weights).
 */
export function comparePairs(story: Story, items: StoryInput[]): ComparePair[] {
  const model = storyModel(items);
  const indexOf = new Map(items.map((item, k) => [item.id, k]));
  const members = story.item_ids.map((id) => indexOf.get(id)).filter((k): k is number => k !== undefined);
  const pairs: ComparePair[] = [];
  for (let x = 0; x < members.length; x++) {
    for (let y = x + 1; y < members.length; y++) {
      const a = members[x]!;
      const b = members[y]!;
      const outletA = items[a]!.outlet ?? null;
      const outletB = items[b]!.outlet ?? null;
      if (outletA !== null && outletA === outletB) continue;
      const dayA = model.features[a]!.day;
      const dayB = model.features[b]!.day;
      if (Number.isNaN(dayA) || Number.isNaN(dayB) || Math.abs(dayA - dayB) > COMPARE_DAYS) continue;
      const similarity = model.similarity(a, b);
      if (similarity >= COMPARE_SIMILARITY) pairs.push({ a: items[a]!.id, b: items[b]!.id, similarity });
    }
  }
  return pairs.sort((p, q) => q.similarity - p.similarity || compareIds(p.a, q.a) || compareIds(p.b, q.b));
}

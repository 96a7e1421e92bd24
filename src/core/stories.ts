/**
 * Stories: articles that report the same event or the same developing story.
 *
 * Stories are built by average-linkage agglomeration over a sparse graph of article pairs (see groupStories):
 * two stories merge when the mean similarity of their comparable member pairs is at least LINK_SIMILARITY, and
 * never into a story spanning more than MAX_STORY_DAYS.
 *
 * Similarity of two articles = time factor × (0.65 cosine of their rare vocabulary + 0.35 cosine of their entities):
 * - vocabulary: TF-IDF over content words (tokens.ts keys: matchKey, article clitics stripped, function words
 *   dropped), the title counted twice; IDF makes "روسيا" in every article weigh little and "سكريبال" much;
 * - entities: the ids of the entity mentions, IDF-weighted the same way, and weighted less than the words: the
 *   people of a season (Trump, Putin, NATO) appear in many different stories, while the words of two summits
 *   (Brussels, spending; Helsinki, the press conference) tell them apart;
 * - time: 1 up to SAME_EVENT_DAYS apart, then a slow decay; never linked beyond WINDOW_DAYS.
 *   An article without a publication day is compared by content alone.
 *
 * Scale: no all-pairs comparison. Each article is compared only with articles that share one of its rarest words
 * or entities (an inverted index; postings longer than the cap are not used for blocking because a word that
 * common says nothing), within the time window, and only with its MAX_CANDIDATES best-sharing candidates.
 *
 * Singletons: an article linked to no other gets `story: null` — a story of one article is not a story, and the
 * comparison view needs at least two.
 * Story id: `story-` + the smallest member id — stable across runs while the story keeps its first member.
 */
import type { Published, Story } from './bundle-schema.ts';
import { forEachContentKey } from './stories/content-keys.ts';

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

// One global threshold, chosen on the 63 labelled corpus articles with scripts/eval-stories.ts (never per story):
// B-cubed F1 0.823 at 0.01, 0.742 at 0.02, 0.834 at 0.025, 0.830 at 0.03, 0.751 at 0.04, 0.704 at 0.05, 0.525 at
// 0.10; 0.03 rather than the peak, to stay off the cliff below it (0.02 merges two stories). It is low because it
// bounds a MEAN over member pairs, most of which (different days, different angles) share little vocabulary.
export const LINK_SIMILARITY = 0.03;
const SAME_EVENT_DAYS = 2;
const TERMS_KEPT = 250;
const ENTITIES_KEPT = 40;
const ENTITY_SHARE = 0.35;
// Slow: within the window, average linkage already asks a late report to resemble the story as a whole.
const DECAY_DAYS = 200;
const WINDOW_DAYS = 30;
// A story, even a developing one (a poisoning, expulsions, counter-expulsions), is reported over weeks; a merge
// that would make it span more is refused, so a chain of similar reports cannot grow one story without end.
const MAX_STORY_DAYS = 45;
const BLOCKING_TERMS = 12;
const BLOCKING_ENTITIES = 4;
const MAX_CANDIDATES = 20;
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
    const ids = Int32Array.from(bag.keys());
    const all = new Float64Array(ids.length);
    let k = 0;
    for (const [id, tf] of bag) all[k++] = (1 + Math.log(tf)) * Math.log(count / df[id]!);
    // Only the heaviest features: an article's topic is in a few dozen rare words, and the long tail of words
    // used once only adds chance overlap (and time: every comparison walks the vector).
    let order = Array.from(ids.keys());
    if (order.length > keep) {
      order.sort((x, y) => all[y]! - all[x]! || ids[x]! - ids[y]!);
      order = order.slice(0, keep);
    }
    order.sort((x, y) => ids[x]! - ids[y]!);
    const kept = Int32Array.from(order, (o) => ids[o]!);
    const weights = Float64Array.from(order, (o) => all[o]!);
    let norm = 0;
    for (const w of weights) norm += w * w;
    norm = Math.sqrt(norm);
    if (norm > 0) for (let j = 0; j < weights.length; j++) weights[j]! /= norm;
    return { ids: kept, weights };
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
  // Words and entities get ids in one space (entities after the words), keyed by the plain string: a prefixed key
  // built per token ("w:" + word) would cost a string concatenation and a fresh hash for each of millions of tokens.
  const termIds = new Map<string, number>();
  const entityIds = new Map<string, number>();
  const idIn = (ids: Map<string, number>, key: string) => {
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    return id;
  };
  const add = (bag: Map<number, number>, id: number, n: number) => bag.set(id, (bag.get(id) ?? 0) + n);
  const termBags: Map<number, number>[] = [];
  const entityBags: Map<number, number>[] = [];
  for (const item of items) {
    const terms = new Map<number, number>();
    forEachContentKey(item.title, (key) => add(terms, idIn(termIds, key), 2));
    if (item.text) forEachContentKey(item.text, (key) => add(terms, idIn(termIds, key), 1));
    const entities = new Map<number, number>();
    for (const entity of item.entities ?? []) add(entities, idIn(entityIds, entity), 1);
    termBags.push(terms);
    entityBags.push(entities);
  }
  const offset = termIds.size;
  const entityBagsShifted = entityBags.map((bag) => new Map([...bag].map(([id, n]) => [id + offset, n])));
  entityBags.length = 0;
  entityBags.push(...entityBagsShifted);
  const df = new Int32Array(offset + entityIds.size);
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

/** A story being built: its members, its date range and the summed link weights to each neighbouring story. */
interface Cluster {
  members: number[];
  /** Range of the members' days (NaN when none is dated). */
  first: number;
  last: number;
  /** The dated members' days, ascending. */
  days: number[];
  /** Neighbour root → sum of the pair similarities between this story's members and the neighbour's. */
  links: Map<number, number>;
  version: number;
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
      const swap = items[k]!;
      items[k] = items[parent]!;
      items[parent] = swap;
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
        const swap = items[k]!;
        items[k] = items[best]!;
        items[best] = swap;
        k = best;
      }
    }
    return top;
  }
}

function mergeSorted(x: number[], y: number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) out.push(j >= y.length || (i < x.length && x[i]! <= y[j]!) ? x[i++]! : y[j++]!);
  return out;
}

const minDay = (x: number, y: number) => (Number.isNaN(x) ? y : Number.isNaN(y) ? x : Math.min(x, y));
const maxDay = (x: number, y: number) => (Number.isNaN(x) ? y : Number.isNaN(y) ? x : Math.max(x, y));

/**
 * Groups articles into stories. Agglomerative, AVERAGE linkage over the sparse graph of candidate pairs: two
 * stories merge when the mean similarity over ALL their member pairs (a pair never compared, or further apart
 * than the time window, counts 0) is at least `linkSimilarity`, best pair first. Why average linkage:
 * - single link chains: one summit preview that names the next summit glued two summits into one story;
 * - centroid linkage drifts: a merged centroid carries both stories' vocabulary (and the names every story of a
 *   season shares: Trump, Putin, NATO), so it comes to look like its neighbours and absorbs them;
 * - the mean over member pairs asks that a newcomer resemble the story's members as a whole, and since a pair
 *   beyond the time window counts 0, a story cannot grow indefinitely by small steps.
 * Time is bounded twice: pairs more than WINDOW_DAYS apart never link, and a merge that would make a story span
 * more than MAX_STORY_DAYS is refused (a news story, even a developing one, is reported over weeks; beyond that
 * it is a new story of the same topic).
 */
export function groupStories(input: StoryInput[], linkSimilarity = LINK_SIMILARITY): StoryGrouping {
  // Work in id order, so the stories do not depend on the order the caller passes the articles in.
  const items = [...input].sort((a, b) => compareIds(a.id, b.id));
  const model = storyModel(items);
  const clusters: Cluster[] = model.features.map((f) => ({ members: [], days: Number.isNaN(f.day) ? [] : [f.day], first: f.day, last: f.day, links: new Map(), version: 0 }));
  clusters.forEach((cluster, k) => cluster.members.push(k));
  const pairs = candidatePairs(model.features);
  const pairSimilarity = new Float64Array(pairs.length);
  // The same value as model.similarity, faster: candidate pairs come grouped by their first article, so its
  // weights are scattered once into a dense row and each candidate's dot product walks the candidate alone.
  let size = 0;
  for (const f of model.features) for (const v of [f.terms, f.entities]) if (v.ids.length > 0) size = Math.max(size, v.ids[v.ids.length - 1]! + 1);
  const row = new Float64Array(size);
  const dot = (v: Vector) => {
    let sum = 0;
    for (let k = 0; k < v.ids.length; k++) sum += row[v.ids[k]!]! * v.weights[k]!;
    return sum;
  };
  const scatter = (f: Features, on: boolean) => {
    for (const v of [f.terms, f.entities]) for (let k = 0; k < v.ids.length; k++) row[v.ids[k]!] = on ? v.weights[k]! : 0;
  };
  let current = -1;
  pairs.forEach(([a, b], p) => {
    if (a !== current) {
      if (current >= 0) scatter(model.features[current]!, false);
      scatter(model.features[a]!, true);
      current = a;
    }
    const fb = model.features[b]!;
    const time = timeFactor(model.features[a]!.day, fb.day);
    const s = time === 0 ? 0 : time * ((1 - ENTITY_SHARE) * dot(fb.terms) + ENTITY_SHARE * dot(fb.entities));
    pairSimilarity[p] = s;
    if (s <= 0) return;
    clusters[a]!.links.set(b, s);
    clusters[b]!.links.set(a, s);
  });
  const owner = Int32Array.from({ length: items.length }, (_, k) => k);
  const heap = new PairHeap();
  // Member pairs that could link at all: both within the time window of each other (an undated article is
  // comparable with any). The first and last reports of a developing story are not expected to resemble each
  // other, so such a pair is left out of the average rather than counted as a dissimilar pair.
  // Linear in the two stories' sizes: their dated members' days are kept sorted, and two pointers bound the window.
  const comparable = (x: Cluster, y: Cluster) => {
    let n = 0;
    let lo = 0;
    let hi = 0;
    for (const d of x.days) {
      while (lo < y.days.length && y.days[lo]! < d - WINDOW_DAYS) lo++;
      while (hi < y.days.length && y.days[hi]! <= d + WINDOW_DAYS) hi++;
      n += hi - lo;
    }
    const undatedX = x.members.length - x.days.length;
    const undatedY = y.members.length - y.days.length;
    return n + undatedX * y.members.length + undatedY * x.members.length - undatedX * undatedY;
  };
  const score = (a: number, b: number) => {
    const x = clusters[a]!;
    const y = clusters[b]!;
    const links = x.links.get(b) ?? 0;
    return links === 0 ? 0 : links / Math.max(1, comparable(x, y));
  };
  const offer = (a: number, b: number) => {
    const [lo, hi] = a < b ? [a, b] : [b, a];
    const s = score(lo, hi);
    if (s >= linkSimilarity) heap.push({ a: lo, b: hi, similarity: s, versionA: clusters[lo]!.version, versionB: clusters[hi]!.version });
  };
  clusters.forEach((cluster, a) => {
    for (const b of cluster.links.keys()) if (a < b) offer(a, b);
  });
  for (let top = heap.pop(); top !== undefined; top = heap.pop()) {
    const x = clusters[top.a]!;
    const y = clusters[top.b]!;
    // A stale entry: one side has merged since (its new scores were offered then), or was absorbed.
    if (owner[top.a] !== top.a || owner[top.b] !== top.b || x.version !== top.versionA || y.version !== top.versionB) continue;
    const first = minDay(x.first, y.first);
    const last = maxDay(x.last, y.last);
    if (last - first > MAX_STORY_DAYS) continue;
    const [into, from] = x.members.length >= y.members.length ? [top.a, top.b] : [top.b, top.a];
    const big = clusters[into]!;
    const small = clusters[from]!;
    big.members.push(...small.members);
    big.days = mergeSorted(big.days, small.days);
    big.first = first;
    big.last = last;
    big.version++;
    owner[from] = into;
    big.links.delete(from);
    for (const [n, w] of small.links) {
      if (n === into) continue;
      big.links.set(n, (big.links.get(n) ?? 0) + w);
      const neighbour = clusters[n]!.links;
      neighbour.set(into, (neighbour.get(into) ?? 0) + w);
      neighbour.delete(from);
    }
    small.links.clear();
    small.members = [];
    for (const n of big.links.keys()) offer(into, n);
  }

  // Centrality: an article's summed similarity to the other members of its story — the most typical report.
  const centrality = new Float64Array(items.length);
  const rootOf = (k: number) => {
    while (owner[k] !== k) k = owner[k]!;
    return k;
  };
  pairs.forEach(([a, b], p) => {
    if (rootOf(a) !== rootOf(b)) return;
    centrality[a]! += pairSimilarity[p]!;
    centrality[b]! += pairSimilarity[p]!;
  });

  const stories: Story[] = [];
  const storyOf = new Map<string, string>();
  for (const { members } of clusters) {
    if (members.length < 2) continue;
    const byTime = [...members].sort((x, y) => {
      const dx = model.features[x]!.day;
      const dy = model.features[y]!.day;
      const timeOrder = (Number.isNaN(dx) ? Infinity : dx) - (Number.isNaN(dy) ? Infinity : dy);
      return (Number.isNaN(timeOrder) ? 0 : timeOrder) || compareIds(items[x]!.id, items[y]!.id);
    });
    const central = members.reduce((best, k) => (centrality[k]! > centrality[best]! || (centrality[k] === centrality[best] && k < best) ? k : best), byTime[0]!);
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

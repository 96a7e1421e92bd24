/**
 * Stories: articles that report the same event or the same developing story.
 *
 * Stories are built by average-linkage agglomeration over a sparse graph of article pairs (see groupStories):
 * two stories merge when the mean similarity of their comparable member pairs is at least LINK_SIMILARITY, and
 * never into a story spanning more than MAX_STORY_DAYS.
 *
 * Similarity of two articles = time factor × ((1 − s) cosine of their rare vocabulary + s cosine of their entities):
 * - vocabulary: TF-IDF over content words (tokens.ts keys: matchKey, article clitics stripped, function words
 *   dropped), the title counted twice; IDF makes "روسيا" in every article weigh little and "سكريبال" much;
 * - entities: the ids of the entity mentions, IDF-weighted the same way. For stories they weigh little
 *   (STORY_ENTITY_SHARE): the people of a season (Trump, Putin, NATO) appear in many different stories, while the
 *   words of two summits (Brussels, spending; Helsinki, the press conference) tell them apart. For same-event
 *   comparison pairs they weigh more (EVENT_ENTITY_SHARE): two reports of one event name the same people;
 * - time: 1 up to SAME_EVENT_DAYS apart, then a slow decay; never linked beyond WINDOW_DAYS.
 *   An article without a publication day is compared by content alone.
 *
 * Scale: up to ALL_PAIRS_MAX articles, every pair within the time window is compared, so the average linkage is
 * exact. Beyond, no all-pairs comparison: each article is compared only with articles that share one of its
 * rarest words or entities (an inverted index; postings longer than the cap are not used for blocking because a
 * word that common says nothing), within the time window, and only with its MAX_CANDIDATES best-sharing
 * candidates; a pair never compared counts as similarity 0 in the average, which splits stories more readily.
 *
 * Singletons: an article linked to no other gets `story: null` — a story of one article is not a story, and the
 * comparison view needs at least two.
 * Story id: `story-` + the smallest member id — stable across runs while the story keeps its first member.
 */
import type { Published, Story } from './bundle-schema.ts';
import { ArrayPool } from './array-pool.ts';
import { compareCodeUnits } from './order.ts';
import { WordTable } from './word-table.ts';
import { matchKey } from './normalize.ts';
import { contentKeyOf, forEachWordIn } from './stories/content-keys.ts';
import { BestPairHeap } from './stories/pair-heap.ts';

export interface StoryInput {
  id: string;
  title: string;
  /** content_text; without it only the title is used. */
  text?: string;
  /** matchKey(text), when the caller already has it. */
  textKey?: string;
  published?: Published | null;
  /** Entity ids of the article's mentions (repeats allowed: they count as frequency). */
  entities?: string[];
  outlet?: string | null;
}

export interface StoryGrouping {
  stories: Story[];
  storyOf: Map<string, string>;
}

// The threshold and STORY_ENTITY_SHARE are global (never per story), chosen together on the 63 labelled corpus
// articles with scripts/eval-stories.ts, on the exact (all-pairs) path — there is no held-out set, so the F1 it
// reports is a fit, not a forecast. B-cubed F1 by entity share (rows) and threshold 0.035/0.04/0.045/0.05/0.055/0.06:
//   0    .867 .867 .867 .746 .686 .652
//   0.05 .867 .867 .867 .867 .741 .748
//   0.1  .848 .896 .896 .896 .896 .771   ← chosen: the middle of the widest plateau
//   0.15 .823 .848 .810 .896 .896 .771
//   0.2  .823 .848 .848 .810 .896 .896
//   0.35 .823 .823 .823 .848 .848 .777
// Below the plateau the two July summits (a week apart, the same leaders) merge; above it the Skripal story splits.
// It is low because it bounds a MEAN over member pairs, most of which (different days, different angles) share
// little vocabulary.
export const LINK_SIMILARITY = 0.045;
const SAME_EVENT_DAYS = 2;
const TERMS_KEPT = 250;
const ENTITIES_KEPT = 40;
export const STORY_ENTITY_SHARE = 0.1;
// For comparison pairs (same event, ±1 day), as the story weighting was before it was lowered; the pairs it
// offers on the corpus were checked by reading them (see eval:stories).
const EVENT_ENTITY_SHARE = 0.35;
// Slow: within the window, average linkage already asks a late report to resemble the story as a whole.
const DECAY_DAYS = 200;
export const WINDOW_DAYS = 30;
// A story, even a developing one (a poisoning, expulsions, counter-expulsions), is reported over weeks; a merge
// that would make it span more is refused, so a chain of similar reports cannot grow one story without end.
export const MAX_STORY_DAYS = 45;
const BLOCKING_TERMS = 12;
const BLOCKING_ENTITIES = 4;
const MAX_CANDIDATES = 20;
const MIN_POSTING_CAP = 60;
// All pairs within the window up to this size. Measured on bench articles: 1,000 spread over a year 0.43 s (0.17 s
// blocked); 1,000 within one month, the worst case (~500,000 pairs), 1.0 s.
export const ALL_PAIRS_MAX = 1000;
// On the blocked path, what a member pair that blocking never compared weighs in a link's mean, against 1 for a pair
// that was compared. Blocking keeps each article's MAX_CANDIDATES best-sharing later articles, so inside a large story
// most member pairs are never compared although they are alike: counted as full dissimilar pairs (weight 1) they
// split it. B-cubed F1 of the labelled corpus forced through the blocked path (eval:stories), at LINK_SIMILARITY:
//   weight  1     0.5   0.2   0.12  0.1   0.09 … 0.03  0.02  0
//   F1      .590  .745  .764  .856  .856  .942 … .942  .848  .823 (precision .976 down to 0.03; .79 at 0.02)
// The middle of the plateau. Like LINK_SIMILARITY it was fitted on the same 63 labelled articles it is scored on,
// and those are far fewer than a collection that takes this path.
export const MISSING_PAIR_WEIGHT = 0.06;

/**
 * A sparse vector: feature ids ascending, weights L2-normalized. The weights are not stored but worked out when read
 * (weightAt), from each feature's count in the article, its IDF and the article's norm, with the same operations in
 * the same order as when they were stored, so the same numbers: a collection of 100,000 articles keeps some
 * 25 million (feature, weight) pairs through the grouping, and a count takes 2 bytes where a weight took 8.
 */
interface Vector {
  ids: Int32Array;
  /** How often each feature occurs in the article (an Int32Array only when a count does not fit 16 bits). */
  counts: Uint16Array | Int32Array;
  /** The L2 norm of the weights before normalization (0: the weights are left as they are). */
  norm: number;
  /** Every feature's IDF over the collection (shared by all vectors). */
  idf: Float64Array;
}

/** The sublinear tf factor (1 + ln n) of small counts, computed once. */
const TF = Float64Array.from({ length: 64 }, (_, n) => 1 + Math.log(n));

/** The TF-IDF weight of feature k of a vector, before normalization. */
function rawWeightAt(v: Vector, k: number): number {
  const n = v.counts[k]!;
  return (n < TF.length ? TF[n]! : 1 + Math.log(n)) * v.idf[v.ids[k]!]!;
}

/** The normalized weight of feature k of a vector. */
function weightAt(v: Vector, k: number): number {
  const w = rawWeightAt(v, k);
  return v.norm > 0 ? w / v.norm : w;
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
    if (x === y) sum += weightAt(a, i++) * weightAt(b, j++);
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

/**
 * An article's bag of feature ids: each distinct id once, ascending, with its count (16 bits unless a count does not
 * fit: the bags of 100,000 articles are held together until vectorize, some 185 MiB with 32-bit counts).
 */
interface Bag {
  ids: Int32Array;
  counts: Uint16Array | Int32Array;
}

const EMPTY_BAG: Bag = { ids: new Int32Array(0), counts: new Uint16Array(0) };

/** Counts feature ids for one article at a time in a dense array (no Map per article), then packs the bag. */
class BagCounter {
  private counts = new Int32Array(1024);
  /** The ids counted since the last take, in a reused array (emptying a JS array gave its storage away). */
  private touched = new Int32Array(1024);
  private touchedCount = 0;

  add(id: number, n: number): void {
    if (id >= this.counts.length) {
      const grown = new Int32Array(Math.max(id + 1, this.counts.length * 2));
      grown.set(this.counts);
      this.counts = grown;
    }
    if (this.counts[id] === 0) {
      if (this.touchedCount === this.touched.length) {
        const grown = new Int32Array(this.touched.length * 2);
        grown.set(this.touched);
        this.touched = grown;
      }
      this.touched[this.touchedCount++] = id;
    }
    this.counts[id]! += n;
  }

  /** The bag counted since the last take, cut from `pool`; the counter is left empty. */
  take(pool: ArrayPool): Bag {
    const ids = pool.int32s(this.touchedCount);
    let largest = 0;
    for (let k = 0; k < ids.length; k++) {
      ids[k] = this.touched[k]!;
      largest = Math.max(largest, this.counts[ids[k]!]!);
    }
    ids.sort();
    const counts = largest <= 0xffff ? pool.uint16s(ids.length) : pool.int32s(ids.length);
    for (let k = 0; k < ids.length; k++) {
      counts[k] = this.counts[ids[k]!]!;
      this.counts[ids[k]!] = 0;
    }
    this.touchedCount = 0;
    return { ids, counts };
  }
}

/**
 * TF-IDF vectors (sublinear tf) over per-article bags of feature ids (ids ascending). Only the `keep` heaviest
 * features are kept (ties: the lower id): an article's topic is in a few dozen rare words, and the long tail of
 * words used once only adds chance overlap (and time: every comparison walks the vector). The cut-off weight is
 * found by one numeric sort of the weights, and the kept features are read off in id order, already sorted.
 */
function vectorize(bags: Bag[], idf: Float64Array, keep: number): Vector[] {
  // The vectors, kept for the whole grouping, cut from shared buffers.
  const pool = new ArrayPool();
  // Per-article working arrays, reused: the weights before the cut and their sorted copy.
  let scratch = new Float64Array(1024);
  let sortScratch = new Float64Array(1024);
  return bags.map((bag, b) => {
    const { ids, counts } = bag;
    // The bag is given up as soon as it is read (its buffer is freed once the bags cut from it are), so that the
    // bags and the vectors of a large collection are not all held at once.
    bags[b] = EMPTY_BAG;
    if (scratch.length < ids.length) {
      scratch = new Float64Array(ids.length * 2);
      sortScratch = new Float64Array(ids.length * 2);
    }
    const all = scratch.subarray(0, ids.length);
    for (let k = 0; k < ids.length; k++) {
      const n = counts[k]!;
      all[k] = (n < TF.length ? TF[n]! : 1 + Math.log(n)) * idf[ids[k]!]!;
    }
    // Which features are kept: all of them, or the `keep` heaviest (ties: the lower id).
    let keptCount = ids.length;
    let cut = -Infinity;
    let atCut = 0;
    if (ids.length > keep) {
      const sorted = sortScratch.subarray(0, ids.length);
      sorted.set(all);
      sorted.sort();
      cut = sorted[ids.length - keep]!;
      let above = 0;
      for (let k = 0; k < all.length; k++) if (all[k]! > cut) above++;
      atCut = keep - above;
      keptCount = keep;
    }
    // The kept ids and counts are copied out of the bag rather than shared with it: a shared array would hold the
    // bag's whole buffer (and the bags cut next to it) for as long as the vector lives, and a long article's bag has
    // several times the features its vector keeps (content/articles: 23,542 against 11,154).
    const keptIds = pool.int32s(keptCount);
    const keptCounts = counts instanceof Uint16Array ? pool.uint16s(keptCount) : pool.int32s(keptCount);
    let norm = 0;
    let j = 0;
    for (let k = 0; k < ids.length; k++) {
      const w = all[k]!;
      if (keptCount < ids.length && !(w > cut || (w === cut && atCut-- > 0))) continue;
      keptIds[j] = ids[k]!;
      keptCounts[j++] = counts[k]!;
      norm += w * w;
    }
    return { ids: keptIds, counts: keptCounts, norm: Math.sqrt(norm), idf };
  });
}

/** The `count` heaviest features of a vector that occur in more than one article, heaviest first (ties: lower id). */
function topFeatures(vector: Vector, df: Int32Array, count: number): number[] {
  const top = new Array<number>(count);
  let kept = 0;
  const { ids } = vector;
  // Ids ascending, so a feature goes after those of equal weight: an insertion into a short list, not a sort.
  for (let k = 0; k < ids.length; k++) {
    if (df[ids[k]!]! <= 1) continue;
    const w = weightAt(vector, k);
    let at = kept;
    while (at > 0 && weightAt(vector, top[at - 1]!) < w) at--;
    if (at >= count) continue;
    for (let j = Math.min(kept, count - 1); j > at; j--) top[j] = top[j - 1]!;
    top[at] = k;
    if (kept < count) kept++;
  }
  top.length = kept;
  for (let j = 0; j < kept; j++) top[j] = ids[top[j]!]!;
  return top;
}

export interface StoryModel {
  features: Features[];
  similarity(a: number, b: number): number;
}

/**
 * Features of every article; IDF is computed over `items` (the collection). `entityShare` is the weight of the
 * entity cosine in `similarity` (the words get the rest).
 */
export function storyModel(items: StoryInput[], entityShare: number): StoryModel {
  const builder = new StoryFeatureBuilder();
  for (const item of items) builder.add(item);
  return builder.model(entityShare);
}

/**
 * What the story grouping keeps of each article, taken one article at a time: its bags of words and entities (ids,
 * not text), its day and title. A collection streamed from disk gives its articles to `add` and need not hold their
 * texts; `groupStoriesOf` then groups them as groupStories would.
 */
export class StoryFeatureBuilder {
  readonly ids: string[] = [];
  readonly titles: string[] = [];
  readonly days: number[] = [];
  private readonly counter = new BagCounter();
  // The two kinds of bag from pools of their own: the word bags are given up first (vectorize), and their buffers
  // can only be freed once no entity bag is cut from them.
  private readonly termBagPool = new ArrayPool();
  private readonly entityBagPool = new ArrayPool();
  private termBags: Bag[] = [];
  private entityBags: Bag[] = [];
  /** The words' and entities' ids while articles are added; given up by model(), which needs only how many there are. */
  private vocabulary: Vocabulary | null = new Vocabulary();
  private readonly inTitle = (id: number) => {
    if (id >= 0) this.counter.add(id, 2);
  };
  private readonly inText = (id: number) => {
    if (id >= 0) this.counter.add(id, 1);
  };

  add(item: StoryInput): void {
    const { counter } = this;
    const vocabulary = this.vocabulary;
    if (vocabulary === null) throw new Error('StoryFeatureBuilder: add() after model()');
    forEachWordIn(matchKey(item.title), vocabulary.wordIds, this.inTitle);
    if (item.textKey !== undefined) forEachWordIn(item.textKey, vocabulary.wordIds, this.inText);
    else if (item.text) forEachWordIn(matchKey(item.text), vocabulary.wordIds, this.inText);
    this.termBags.push(counter.take(this.termBagPool));
    const entities = item.entities ?? [];
    for (let k = 0; k < entities.length; k++) counter.add(idIn(vocabulary.entityIds, entities[k]!), 1);
    this.entityBags.push(counter.take(this.entityBagPool));
    this.ids.push(item.id);
    this.titles.push(item.title);
    this.days.push(dayOf(item.published));
  }

  get size(): number {
    return this.ids.length;
  }

  /** The features of every article added (once: the bags and the word tables are given up; a second call throws). */
  model(entityShare: number): StoryModel {
    const { termBags, entityBags, vocabulary } = this;
    if (vocabulary === null) throw new Error('StoryFeatureBuilder: model() called twice');
    this.termBags = [];
    this.entityBags = [];
    // The grouping reads ids only: the tables of an archive's distinct words need not be held through it.
    this.vocabulary = null;
    const offset = vocabulary.termIds.size;
    for (const bag of entityBags) for (let k = 0; k < bag.ids.length; k++) bag.ids[k]! += offset;
    const df = new Int32Array(offset + vocabulary.entityIds.size);
    for (const bags of [termBags, entityBags]) for (const bag of bags) for (let k = 0; k < bag.ids.length; k++) df[bag.ids[k]!]!++;
    const count = this.ids.length;
    // Each feature's IDF, computed once rather than per (article, feature).
    const idf = new Float64Array(df.length);
    for (let id = 0; id < df.length; id++) if (df[id]! > 0) idf[id] = Math.log(count / df[id]!);
    const termVectors = vectorize(termBags, idf, TERMS_KEPT);
    termBags.length = 0;
    const entityVectors = vectorize(entityBags, idf, ENTITIES_KEPT);
    entityBags.length = 0;
    const features = this.days.map((day, k): Features => {
      // Blocking keys: the article's most characteristic words and entities (highest TF-IDF weight) that occur in
      // another article too — what a second report of the same event would have to share with it.
      const blocking = [...topFeatures(termVectors[k]!, df, BLOCKING_TERMS), ...topFeatures(entityVectors[k]!, df, BLOCKING_ENTITIES)];
      return { terms: termVectors[k]!, entities: entityVectors[k]!, day, blocking };
    });
    const similarity = (a: number, b: number) => {
      const fa = features[a]!;
      const fb = features[b]!;
      const time = timeFactor(fa.day, fb.day);
      if (time === 0) return 0;
      return time * ((1 - entityShare) * cosine(fa.terms, fb.terms) + entityShare * cosine(fa.entities, fb.entities));
    };
    return { features, similarity };
  }
}

/**
 * Words and entities get ids in one space (entities after the words), keyed by the plain string: a prefixed key built
 * per token ("w:" + word) would cost a string concatenation and a fresh hash for each of millions of tokens.
 */
class Vocabulary {
  readonly termIds = new Map<string, number>();
  readonly entityIds = new Map<string, number>();
  // Folded word → its term id, or -1 for a function word: the collection repeats a few thousand words millions of
  // times, so each distinct word is analysed and given its id once.
  readonly wordIds = new WordTable((word) => {
    const key = contentKeyOf(word);
    return key === null ? -1 : idIn(this.termIds, key);
  });
}

function idIn(ids: Map<string, number>, key: string): number {
  let id = ids.get(key);
  if (id === undefined) {
    id = ids.size;
    ids.set(key, id);
  }
  return id;
}

/** Candidate pairs by blocking: articles sharing a rare feature, within the time window. */
interface CandidatePairs {
  /** Pair p is (firsts[p], seconds[p]), firsts[p] < seconds[p], grouped by the first article, ascending. */
  firsts: Int32Array;
  seconds: Int32Array;
}

/**
 * Candidate pairs as they are found, in two growable Int32Arrays: a large collection has millions of them, which
 * as arrays of numbers took 8 bytes an element (and up to half as much again of spare capacity) for the whole grouping.
 */
class PairList {
  private firsts = new Int32Array(1024);
  private seconds = new Int32Array(1024);
  private length = 0;

  push(a: number, b: number): void {
    if (this.length === this.firsts.length) {
      const firsts = new Int32Array(this.length * 2);
      firsts.set(this.firsts);
      this.firsts = firsts;
      const seconds = new Int32Array(this.length * 2);
      seconds.set(this.seconds);
      this.seconds = seconds;
    }
    this.firsts[this.length] = a;
    this.seconds[this.length++] = b;
  }

  /** The pairs, in arrays of their exact length (copies: the spare capacity is given back). */
  done(): CandidatePairs {
    return { firsts: this.firsts.slice(0, this.length), seconds: this.seconds.slice(0, this.length) };
  }
}


function candidatePairs(features: Features[], allPairsMax: number): CandidatePairs {
  const pairs = new PairList();
  if (features.length <= allPairsMax) {
    features.forEach((f, a) => {
      for (let b = a + 1; b < features.length; b++) {
        if (Math.abs(f.day - features[b]!.day) > WINDOW_DAYS) continue;
        pairs.push(a, b);
      }
    });
    return pairs.done();
  }
  const cap = Math.max(MIN_POSTING_CAP, Math.ceil(Math.sqrt(features.length) * 4));
  const postings = new Map<number, number[]>();
  features.forEach((f, k) => {
    for (const id of f.blocking) {
      const list = postings.get(id);
      if (list) list.push(k);
      else postings.set(id, [k]);
    }
  });
  // The days side by side: the loop below reads hundreds of later articles' days per article.
  const days = Float64Array.from(features, (f) => f.day);
  const shared = new Float64Array(features.length);
  // The later articles sharing a blocking feature with the current one (at most all of them), reused.
  const touched = new Int32Array(features.length);
  let touchedCount = 0;
  const best = new Int32Array(MAX_CANDIDATES);
  features.forEach((f, a) => {
    for (const id of f.blocking) {
      const list = postings.get(id)!;
      if (list.length > cap) continue;
      const weight = 1 / list.length;
      // A posting list is in article order: only its tail, after `a`, makes pairs (a, b) with a < b.
      for (let k = list.length - 1; k >= 0; k--) {
        const b = list[k]!;
        if (b <= a) break;
        if (Math.abs(f.day - days[b]!) > WINDOW_DAYS) continue;
        if (shared[b] === 0) touched[touchedCount++] = b;
        shared[b]! += weight;
      }
    }
    // The MAX_CANDIDATES best-sharing (ties: lower index), best first: kept by insertion into a short list
    // rather than by sorting every article touched.
    let kept = 0;
    for (let t = 0; t < touchedCount; t++) {
      const b = touched[t]!;
      let at = kept;
      while (at > 0 && (shared[best[at - 1]!]! < shared[b]! || (shared[best[at - 1]!] === shared[b] && best[at - 1]! > b))) at--;
      if (at >= MAX_CANDIDATES) continue;
      best.copyWithin(at + 1, at, Math.min(kept, MAX_CANDIDATES - 1));
      best[at] = b;
      if (kept < MAX_CANDIDATES) kept++;
    }
    for (let k = 0; k < kept; k++) pairs.push(a, best[k]!);
    for (let t = 0; t < touchedCount; t++) shared[touched[t]!] = 0;
    touchedCount = 0;
  });
  return pairs.done();
}

/**
 * A story being built: its members, its dated members' days and its links. Its scalars (size, date range,
 * dated count) are kept apart in typed arrays indexed by story (see groupStories): re-scoring reads them for
 * hundreds of thousands of neighbours, and compact arrays stay in cache where scattered objects do not.
 */
interface Cluster {
  members: number[];
  /** The dated members' days, ascending. */
  days: number[];
  /**
   * The neighbouring stories and their links, interleaved: [story, link, story, link, …], a link being an index
   * into `linkWeight` in groupStories (shared by both ends). May also hold stories absorbed since, which are
   * skipped, and dropped when this story next merges or is re-scored.
   */
  neighbours: number[];
}

function mergeSorted(x: number[], y: number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) out.push(j >= y.length || (i < x.length && x[i]! <= y[j]!) ? x[i++]! : y[j++]!);
  return out;
}

/** Index of the first day > `day` in ascending `days`. */
function firstAbove(days: number[], day: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid]! <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Above this ratio of list lengths, pairsWithin binary-searches the longer list instead of walking it. */
const SWEEP_MAX_RATIO = 8;

/**
 * How many pairs (d from one list, e from the other) are at most `window` days apart; both lists ascending whole
 * days. Symmetric: for each day d of the shorter list, the days of the longer one in [d − window, d + window].
 * (Indexed loops: for…of allocated an iterator result per day.)
 */
export function pairsWithin(x: number[], y: number[], window: number): number {
  const short = x.length <= y.length ? x : y;
  const long = short === x ? y : x;
  let n = 0;
  if (long.length > SWEEP_MAX_RATIO * short.length) {
    // A grown story against a small one: binary search ("≥ d − window" is "> d − window − 1" for whole days).
    for (let k = 0; k < short.length; k++) n += firstAbove(long, short[k]! + window) - firstAbove(long, short[k]! - window - 1);
    return n;
  }
  // The window only moves forward: two cursors walk the longer list once.
  let lo = 0;
  let hi = 0;
  for (let k = 0; k < short.length; k++) {
    const d = short[k]!;
    while (lo < long.length && long[lo]! < d - window) lo++;
    while (hi < long.length && long[hi]! <= d + window) hi++;
    n += hi - lo;
  }
  return n;
}

const minDay = (x: number, y: number) => (Number.isNaN(x) ? y : Number.isNaN(y) ? x : Math.min(x, y));
const maxDay = (x: number, y: number) => (Number.isNaN(x) ? y : Number.isNaN(y) ? x : Math.max(x, y));

export interface GroupingOptions {
  /** Mean member-pair similarity at which two stories merge (default LINK_SIMILARITY). */
  linkSimilarity?: number;
  /** Largest collection compared all-pairs (default ALL_PAIRS_MAX); beyond, blocking picks the pairs. */
  allPairsMax?: number;
  /** Blocked path: weight of a comparable member pair that was never compared (default MISSING_PAIR_WEIGHT). */
  missingPairWeight?: number;
}

/**
 * Groups articles into stories. Agglomerative, AVERAGE linkage over the graph of candidate pairs: two stories
 * merge when the mean similarity over their comparable member pairs (see `comparable`: a pair further apart than
 * the time window is left out; on the blocked path a pair never compared weighs MISSING_PAIR_WEIGHT) is at least
 * `linkSimilarity`, best pair first.
 * Why average linkage:
 * - single link chains: one summit preview that names the next summit glued two summits into one story;
 * - centroid linkage drifts: a merged centroid carries both stories' vocabulary (and the names every story of a
 *   season shares: Trump, Putin, NATO), so it comes to look like its neighbours and absorbs them;
 * - the mean over member pairs asks that a newcomer resemble the story's members as a whole.
 * Time is bounded twice: pairs more than WINDOW_DAYS apart never link, and a merge that would make a story span
 * more than MAX_STORY_DAYS is refused (a news story, even a developing one, is reported over weeks; beyond that
 * it is a new story of the same topic).
 * The best pair is found through each story's own best pair (BestPairHeap): a merge changes only the scores of
 * pairs with the merged story, so only it, and the neighbours whose best pair was with either merged story, are
 * scored again in full.
 */
export function groupStories(input: StoryInput[], options: GroupingOptions = {}): StoryGrouping {
  // Work in id order, so the stories do not depend on the order the caller passes the articles in.
  const builder = new StoryFeatureBuilder();
  for (const item of [...input].sort((a, b) => compareCodeUnits(a.id, b.id))) builder.add(item);
  return groupStoriesOf(builder, options);
}

/** groupStories over articles given to a StoryFeatureBuilder one at a time, in id order (UTF-16 code units). */
export function groupStoriesOf(
  builder: StoryFeatureBuilder,
  { linkSimilarity = LINK_SIMILARITY, allPairsMax = ALL_PAIRS_MAX, missingPairWeight = MISSING_PAIR_WEIGHT }: GroupingOptions = {},
): StoryGrouping {
  const { ids, titles } = builder;
  for (let k = 1; k < ids.length; k++) {
    if (compareCodeUnits(ids[k - 1]!, ids[k]!) > 0) throw new Error(`groupStoriesOf: articles out of id order (${ids[k - 1]} before ${ids[k]})`);
  }
  const items = { length: ids.length };
  const model = builder.model(STORY_ENTITY_SHARE);
  const clusters: Cluster[] = model.features.map((f, k) => ({ members: [k], days: Number.isNaN(f.day) ? [] : [f.day], neighbours: [] }));
  // Per story: members, dated members, range of their days (NaN when none is dated).
  const size = new Int32Array(items.length).fill(1);
  const dated = Int32Array.from(clusters, (c) => c.days.length);
  const first = Float64Array.from(model.features, (f) => f.day);
  const last = Float64Array.from(first);
  const pairs = candidatePairs(model.features, allPairsMax);
  const pairCount = pairs.firsts.length;
  const pairSimilarity = new Float64Array(pairCount);
  // The same value as model.similarity, faster: candidate pairs come grouped by their first article, so its
  // weights are scattered once into a dense row and each candidate's dot product walks the candidate alone.
  let features = 0;
  for (const f of model.features) for (const v of [f.terms, f.entities]) if (v.ids.length > 0) features = Math.max(features, v.ids[v.ids.length - 1]! + 1);
  const row = new Float64Array(features);
  // A feature the row does not have adds 0 (weights are never negative): its weight is not worked out.
  const dot = (v: Vector) => {
    let sum = 0;
    for (let k = 0; k < v.ids.length; k++) {
      const r = row[v.ids[k]!]!;
      if (r !== 0) sum += r * weightAt(v, k);
    }
    return sum;
  };
  const scatter = (f: Features, on: boolean) => {
    for (const v of [f.terms, f.entities]) for (let k = 0; k < v.ids.length; k++) row[v.ids[k]!] = on ? weightAt(v, k) : 0;
  };
  // A link between two stories is an index into `linkWeight`: the sum of the pair similarities between their
  // members. A link is born with a candidate pair; when two stories merge, each shared neighbour's two links add
  // into one. Both ends list it (Cluster.neighbours), so the merge loop never looks a pair up.
  let current = -1;
  for (let p = 0; p < pairCount; p++) {
    const a = pairs.firsts[p]!;
    const b = pairs.seconds[p]!;
    if (a !== current) {
      if (current >= 0) scatter(model.features[current]!, false);
      scatter(model.features[a]!, true);
      current = a;
    }
    const fb = model.features[b]!;
    const time = timeFactor(model.features[a]!.day, fb.day);
    const s = time === 0 ? 0 : time * ((1 - STORY_ENTITY_SHARE) * dot(fb.terms) + STORY_ENTITY_SHARE * dot(fb.entities));
    pairSimilarity[p] = s;
    if (s <= 0) continue;
    clusters[a]!.neighbours.push(b, p);
    clusters[b]!.neighbours.push(a, p);
  }
  const linkWeight = Float64Array.from(pairSimilarity);
  // Per link, how many member pairs were compared (its pairs with a positive similarity); on the blocked path the
  // other comparable pairs weigh `missing` each in the mean. All pairs were compared on the exact path: weight 1.
  const linkCount = new Float64Array(pairCount).fill(1);
  const missing = items.length <= allPairsMax ? 1 : missingPairWeight;
  const owner = Int32Array.from({ length: items.length }, (_, k) => k);
  // Member pairs that could link at all: both within the time window of each other (an undated article is
  // comparable with any). The first and last reports of a developing story are not expected to resemble each
  // other, so such a pair is left out of the average rather than counted as a dissimilar pair.
  const comparable = (x: number, y: number) => {
    let n = 0;
    if (dated[x]! > 0 && dated[y]! > 0) {
      if (Math.max(last[x]!, last[y]!) - Math.min(first[x]!, first[y]!) <= WINDOW_DAYS) {
        // The common case: both stories fit in one window, so every dated pair is comparable.
        n = dated[x]! * dated[y]!;
      } else {
        n = pairsWithin(clusters[x]!.days, clusters[y]!.days, WINDOW_DAYS);
      }
    }
    const undatedX = size[x]! - dated[x]!;
    const undatedY = size[y]! - dated[y]!;
    return n + undatedX * size[y]! + undatedY * size[x]! - undatedX * undatedY;
  };
  // A pair's score changes only when one of its stories does: it is kept per link with the merge step it was
  // computed at, and used again while neither story has changed since (a story's neighbours are scored again
  // whenever their best pair was with a story that merged, most of them unchanged).
  let step = 0;
  const changedAt = new Int32Array(items.length);
  const linkScore = new Float64Array(pairCount);
  const scoredAt = new Int32Array(pairCount).fill(-1);
  const score = (x: number, y: number, link: number) => {
    const at = scoredAt[link]!;
    if (at >= changedAt[x]! && at >= changedAt[y]!) return linkScore[link]!;
    const all = comparable(Math.min(x, y), Math.max(x, y));
    const s = linkWeight[link]! / Math.max(1, missing === 1 ? all : linkCount[link]! + missing * (all - linkCount[link]!));
    linkScore[link] = s;
    scoredAt[link] = step;
    return s;
  };
  // Each story's best pair and its other end: a pair that may merge (linked, similar enough, and not making a
  // story span more than MAX_STORY_DAYS — spans only grow, so a pair refused once is refused for good).
  const partner = new Int32Array(items.length).fill(-1);
  const heap = new BestPairHeap(items.length);
  const better = (s: number, lo: number, hi: number, c: number) => {
    if (partner[c] === -1) return true;
    const best = heap.similarityOf(c);
    if (s !== best) return s > best;
    const bestLo = heap.lowOf(c);
    return lo < bestLo || (lo === bestLo && hi < heap.highOf(c));
  };
  // (Two undated stories have no span: NaN, which is not more than MAX_STORY_DAYS.)
  const mayMerge = (x: number, y: number, s: number) =>
    s >= linkSimilarity && !(maxDay(last[x]!, last[y]!) - minDay(first[x]!, first[y]!) > MAX_STORY_DAYS);
  /** Works out story c's best pair from its links, dropping absorbed stories from its list on the way. */
  const rescore = (c: number) => {
    const list = clusters[c]!.neighbours;
    partner[c] = -1;
    let live = 0;
    for (let k = 0; k < list.length; k += 2) {
      const n = list[k]!;
      if (owner[n] !== n) continue;
      const link = list[k + 1]!;
      list[live++] = n;
      list[live++] = link;
      if (linkWeight[link] === 0) continue;
      const s = score(c, n, link);
      if (mayMerge(c, n, s) && better(s, Math.min(c, n), Math.max(c, n), c)) {
        partner[c] = n;
        heap.set(c, s, Math.min(c, n), Math.max(c, n));
      }
    }
    list.length = live;
    if (partner[c] === -1) heap.remove(c);
  };
  for (let c = 0; c < clusters.length; c++) rescore(c);
  // During a merge: the merged story's link to each of its neighbours, + 1 (0: none).
  const linkTo = new Int32Array(items.length);
  for (let top = heap.top(); top !== -1; top = heap.top()) {
    const a = heap.lowOf(top);
    const b = heap.highOf(top);
    const [into, from] = size[a]! >= size[b]! ? [a, b] : [b, a];
    const big = clusters[into]!;
    const small = clusters[from]!;
    // A loop, not push(...): a cluster can hold tens of thousands of articles, past the stack's room for arguments.
    for (const member of small.members) big.members.push(member);
    big.days = mergeSorted(big.days, small.days);
    size[into]! += size[from]!;
    dated[into] = big.days.length;
    first[into] = minDay(first[a]!, first[b]!);
    last[into] = maxDay(last[a]!, last[b]!);
    owner[from] = into;
    changedAt[into] = ++step;
    heap.remove(from);
    // Drop the absorbed stories from the big story's list, and note its live links.
    const list = big.neighbours;
    let live = 0;
    for (let k = 0; k < list.length; k += 2) {
      const n = list[k]!;
      if (owner[n] !== n) continue;
      linkTo[n] = list[k + 1]! + 1;
      list[live++] = n;
      list[live++] = list[k + 1]!;
    }
    list.length = live;
    // The small story's links: added into the big story's link to the same neighbour, or handed over to it.
    const absorbed = small.neighbours;
    for (let k = 0; k < absorbed.length; k += 2) {
      const n = absorbed[k]!;
      if (n === into || owner[n] !== n) continue;
      const link = absorbed[k + 1]!;
      const shared = linkTo[n]! - 1;
      if (shared === -1) {
        list.push(n, link);
        clusters[n]!.neighbours.push(into, link);
        linkTo[n] = link + 1;
      } else {
        linkWeight[shared]! += linkWeight[link]!;
        linkCount[shared]! += linkCount[link]!;
      }
    }
    small.neighbours = [];
    small.members = [];
    for (let k = 0; k < list.length; k += 2) linkTo[list[k]!] = 0;
    // Only pairs with the merged story have new scores: its own best is worked out again, and so is each
    // neighbour's whose best pair was with either merged story; any other neighbour keeps its best unless the
    // new pair beats it.
    rescore(into);
    for (let k = 0; k < list.length; k += 2) {
      const n = list[k]!;
      if (partner[n] === into || partner[n] === from) {
        rescore(n);
        continue;
      }
      const link = list[k + 1]!;
      if (linkWeight[link] === 0) continue;
      const s = score(into, n, link);
      if (mayMerge(into, n, s) && better(s, Math.min(into, n), Math.max(into, n), n)) {
        partner[n] = into;
        heap.set(n, s, Math.min(into, n), Math.max(into, n));
      }
    }
  }

  // Centrality: an article's summed similarity to the other members of its story — the most typical report.
  const centrality = new Float64Array(items.length);
  const rootOf = (k: number) => {
    while (owner[k] !== k) k = owner[k]!;
    return k;
  };
  for (let p = 0; p < pairCount; p++) {
    const a = pairs.firsts[p]!;
    const b = pairs.seconds[p]!;
    if (rootOf(a) !== rootOf(b)) continue;
    centrality[a]! += pairSimilarity[p]!;
    centrality[b]! += pairSimilarity[p]!;
  }

  const stories: Story[] = [];
  const storyOf = new Map<string, string>();
  for (const { members } of clusters) {
    if (members.length < 2) continue;
    const byTime = [...members].sort((x, y) => {
      const dx = model.features[x]!.day;
      const dy = model.features[y]!.day;
      const timeOrder = (Number.isNaN(dx) ? Infinity : dx) - (Number.isNaN(dy) ? Infinity : dy);
      return (Number.isNaN(timeOrder) ? 0 : timeOrder) || compareCodeUnits(ids[x]!, ids[y]!);
    });
    const central = members.reduce((best, k) => (centrality[k]! > centrality[best]! || (centrality[k] === centrality[best] && k < best) ? k : best), byTime[0]!);
    const itemIds = byTime.map((k) => ids[k]!);
    const id = `story-${[...itemIds].sort(compareCodeUnits)[0]!}`;
    stories.push({ id, title: titles[central]!, item_ids: itemIds });
    for (const itemId of itemIds) storyOf.set(itemId, id);
  }
  stories.sort((x, y) => compareCodeUnits(x.id, y.id));
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
  return comparePairsOf(items)(story);
}

/**
 * comparePairs for any number of stories of one collection: the similarity model of `items` is made once (made for
 * each story, the compare page of a 10,000-article archive held the main thread for 42–44 s over its 467 stories).
 */
export function comparePairsOf(items: StoryInput[]): (story: Story) => ComparePair[] {
  const model = storyModel(items, EVENT_ENTITY_SHARE);
  const indexOf = new Map(items.map((item, k) => [item.id, k]));
  return (story) => {
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
    return pairs.sort((p, q) => q.similarity - p.similarity || compareCodeUnits(p.a, q.a) || compareCodeUnits(p.b, q.b));
  };
}

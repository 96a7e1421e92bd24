/**
 * Sentence alignment of two or three reports of one event: which sentences state the same fact, in the same or
 * other words, and the word differences inside an aligned pair.
 *
 * A sentence is described by features, each weighted by how rare it is among the sentences being aligned
 * (log(1 + S / df)): two reports of one event share their vocabulary, so what tells sentences apart is what is not
 * in every sentence.
 * - words: its content words (function words dropped, arabic/stopwords.ts), each reduced with the shared clitic
 *   analysis (arabic/clitics.ts: the conjunction و/ف, a preposition before the article, the article itself), so
 *   "والدبلوماسيين" and "الدبلوماسيين" meet;
 * - entities: the entity id of every mention inside it (the bundle's mentions), so "ستولتنبرغ" and "شتولتنبيرغ"
 *   are one feature, and the words of a mention are not counted again as words;
 * - numbers: the value of every counted number (facts.ts findNumbers: "سبعة" and "7" are one feature), and the
 *   value of every resolved date ("4 مارس", "الرابع من مارس");
 * - letter trigrams of its content words: a paraphrase conjugates and declines the same roots ("تطرد"/"طرد",
 *   "دبلوماسيا"/"دبلوماسيين"), which whole words miss and trigrams keep.
 * Similarity is WORD_SHARE × the weighted cosine (Ochiai) of the word, entity and number features, plus the rest
 * × that of the trigrams, each feature weighted by its idf (binary presence).
 *
 * Matching, per pair of articles, one to one:
 * 1. near-identical sentences (similarity ≥ SHARED_SIMILARITY) are matched first, best first, wherever they are —
 *    outlets reuse agency copy but reorder paragraphs, so a moved sentence must still be found;
 * 2. the rest by a monotonic alignment (maximum total similarity with the order of both reports kept);
 * 3. what is left greedily, best first (a reworded sentence that moved).
 * Pairs below MATCH_SIMILARITY are never matched.
 *
 * Cost: features are linear in the texts; candidate pairs come from an inverted index whose lists are cut at
 * POSTING_CAP (a feature in hundreds of sentences tells nothing anyway), so two very long articles cost
 * O(sentences × features × POSTING_CAP), and the matching passes O(P log P) in the P candidate pairs.
 */
import { diffArrays } from 'diff';
import { deepestReading, procliticReadings, type ProcliticOptions } from '../arabic/clitics.ts';
import { isStopword } from '../arabic/stopwords.ts';
import type { DateMention, Mention } from '../bundle-schema.ts';
import { findNumbers } from './facts.ts';
import { splitSentences, type Span } from './sentences.ts';
import { tokenize, type Token } from './tokens.ts';

export type SentenceStatus = 'shared' | 'partial' | 'unique';

export interface AlignInput {
  text: string;
  /** Entity mentions (bundle spans into `text`); optional. */
  mentions?: readonly Mention[];
  /** Resolved dates (bundle spans into `text`); optional. */
  dates?: readonly DateMention[];
}

export interface AlignmentRow {
  /** Per article, the index of its sentence in this row, or null. */
  cells: (number | null)[];
  status: SentenceStatus;
  /** Mean similarity of the matched pairs in the row (0 for a unique sentence). */
  similarity: number;
}

export interface Alignment {
  /** Per article, its sentences as offsets into its text. */
  sentences: Span[][];
  /** Rows in reading order (by the relative position of their first sentence). */
  rows: AlignmentRow[];
  /** Per article and sentence: 'shared' when its best match is near-identical, 'partial' when matched, else 'unique'. */
  status: SentenceStatus[][];
}

/** A near-identical sentence: same facts, a few words changed. */
export const SHARED_SIMILARITY = 0.7;
/** Below this two sentences are not the same statement (chosen on the dev groups of test-data/align-gold.json). */
export const MATCH_SIMILARITY = 0.25;
/** Share of the word, entity and number features in the similarity; the trigrams have the rest (dev groups). */
export const WORD_SHARE = 0.4;
/** The two settings, for the evaluation's sweep (scripts/eval-align.ts); the app uses the defaults above. */
export interface AlignOptions {
  matchSimilarity?: number;
  wordShare?: number;
}
type Settings = Required<AlignOptions>;
/** Past this many sentences in the other article, candidates are bounded (see candidatePairs). */
const EXACT_SENTENCES = 400;
const POSTING_CAP = 24;
const CANDIDATES_PER_SENTENCE = 32;
/**
 * Added to each sentence's feature mass in the cosine (word features, trigrams): a short sentence needs more
 * shared evidence than its few words give by themselves (chosen on the dev groups, with the two settings above).
 */
const WORD_PRIOR = 5;
const GRAM_PRIOR = 10;

/** The light stem of a word: the clitic analysis every stage shares, as search uses it (three letters kept). */
const STEM_CLITICS: ProcliticOptions = { minStem: 3, prepositionOnlyBeforeArticle: true, article: true };
const DIGITS = /^\d/;

interface Features {
  /** Distinct word, entity and number features. */
  words: Set<string>;
  /** Distinct letter trigrams of the content words. */
  grams: Set<string>;
  /** The sentence's folded words: two sentences with the same words are the same sentence (similarity 1). */
  folded: string;
}

/** The stem a content token compares by, or null for a function word. */
export function stemOf(token: Token): string | null {
  if (token.stop || token.key.length < 2 || DIGITS.test(token.key)) return null;
  const stem = deepestReading(procliticReadings(token.key, STEM_CLITICS)).stem;
  return isStopword(stem) ? null : stem;
}

function trigramsOf(stem: string, into: Set<string>): void {
  if (stem.length <= 3) into.add(`~${stem}`);
  else for (let k = 0; k + 3 <= stem.length; k++) into.add(`~${stem.slice(k, k + 3)}`);
}

/** Features of every sentence of one article. Linear in the text (mentions and dates are in text order). */
function featuresOf(input: AlignInput, spans: Span[]): Features[] {
  const { text } = input;
  const tokens = tokenize(text);
  const mentions = [...(input.mentions ?? [])].sort((a, b) => a.start - b.start);
  const dates = (input.dates ?? []).filter((d) => d.value !== null);
  const numbers = findNumbers(text, [...dates]);
  const out: Features[] = spans.map(() => ({ words: new Set(), grams: new Set(), folded: '' }));
  const folded: string[][] = spans.map(() => []);
  // Walk tokens, mentions, numbers and dates against the sentences with one cursor each.
  let s = 0;
  const sentenceAt = (offset: number): number => {
    while (s < spans.length - 1 && spans[s]!.end <= offset) s++;
    return offset >= spans[s]!.start && offset < spans[s]!.end ? s : -1;
  };
  if (spans.length === 0) return out;
  let m = 0;
  for (const token of tokens) {
    while (m < mentions.length && mentions[m]!.end <= token.start) m++;
    const k = sentenceAt(token.start);
    if (k < 0) continue;
    folded[k]!.push(token.key);
    if (m < mentions.length && mentions[m]!.start <= token.start) continue; // inside a mention: the entity stands for it
    const stem = stemOf(token);
    if (stem === null) continue;
    out[k]!.words.add(stem);
    trigramsOf(stem, out[k]!.grams);
  }
  s = 0;
  for (const mention of mentions) {
    const k = sentenceAt(mention.start);
    if (k >= 0) out[k]!.words.add(`@${mention.entity}`);
  }
  s = 0;
  for (const n of numbers) {
    const k = sentenceAt(n.start);
    if (k >= 0) out[k]!.words.add(`#${n.value}`);
  }
  s = 0;
  for (const d of [...dates].sort((a, b) => a.start - b.start)) {
    const k = sentenceAt(d.start);
    if (k >= 0) out[k]!.words.add(`%${d.value}`);
  }
  out.forEach((features, k) => {
    features.folded = folded[k]!.join(' ');
  });
  return out;
}

/** Weight of each feature: log(1 + S / df) over the S sentences of the articles being aligned. */
function featureWeights(all: Features[][]): Map<string, number> {
  const df = new Map<string, number>();
  let count = 0;
  for (const sentences of all) {
    for (const s of sentences) {
      count++;
      for (const f of s.words) df.set(f, (df.get(f) ?? 0) + 1);
      for (const f of s.grams) df.set(f, (df.get(f) ?? 0) + 1);
    }
  }
  const weights = new Map<string, number>();
  for (const [f, n] of df) weights.set(f, Math.log(1 + count / n));
  return weights;
}

/** Two sentences (indices in the first and second article) and their similarity. */
export interface Match {
  i: number;
  j: number;
  similarity: number;
}

/**
 * Candidate pairs of two articles' sentences with their similarity (≥ the match setting), through an inverted
 * index into accumulators (typed arrays, touched entries reset). Exact when the other article has at most
 * EXACT_SENTENCES sentences (any news report): every pair sharing a feature is scored. Beyond, a feature in more
 * than POSTING_CAP of its sentences is left out (in a long article such a feature is common, so light) and a
 * sentence keeps its CANDIDATES_PER_SENTENCE best partners: the cost stays bounded by features × POSTING_CAP per
 * sentence, however long or repetitive the articles.
 */
function candidatePairs(a: Features[], b: Features[], weights: Map<string, number>, settings: Settings): Match[] {
  const mass = (features: Set<string>) => {
    let sum = 0;
    for (const f of features) sum += weights.get(f) ?? 0;
    return sum;
  };
  const massB = b.map((s) => [mass(s.words), mass(s.grams)] as const);
  const index = new Map<string, number[]>();
  b.forEach((s, j) => {
    for (const features of [s.words, s.grams]) {
      for (const f of features) {
        const list = index.get(f);
        if (list) list.push(j);
        else index.set(f, [j]);
      }
    }
  });
  const byFolded = new Map<string, number[]>();
  b.forEach((s, j) => {
    const list = byFolded.get(s.folded);
    if (list) list.push(j);
    else byFolded.set(s.folded, [j]);
  });
  const wordAcc = new Float64Array(b.length);
  const gramAcc = new Float64Array(b.length);
  const seen = new Uint8Array(b.length);
  const touched: number[] = [];
  const out: Match[] = [];
  const exact = b.length <= EXACT_SENTENCES;
  const cap = exact ? Infinity : POSTING_CAP;
  const score = (j: number, massA: readonly [number, number]) => {
    const wordTotal = Math.sqrt((massA[0] + WORD_PRIOR) * (massB[j]![0] + WORD_PRIOR));
    const gramTotal = Math.sqrt((massA[1] + GRAM_PRIOR) * (massB[j]![1] + GRAM_PRIOR));
    return settings.wordShare * (wordAcc[j]! / wordTotal) + (1 - settings.wordShare) * (gramAcc[j]! / gramTotal);
  };
  a.forEach((s, i) => {
    const same = new Set((byFolded.get(s.folded) ?? []).slice(0, POSTING_CAP));
    for (const j of same) out.push({ i, j, similarity: 1 });
    const gather = (features: Set<string>, acc: Float64Array) => {
      for (const f of features) {
        const list = index.get(f);
        if (!list || list.length > cap) continue;
        const w = weights.get(f) ?? 0;
        for (const j of list) {
          if (seen[j] === 0) {
            seen[j] = 1;
            touched.push(j);
          }
          acc[j]! += w;
        }
      }
    };
    gather(s.words, wordAcc);
    gather(s.grams, gramAcc);
    const massA = [mass(s.words), mass(s.grams)] as const;
    const scores = new Float64Array(touched.length);
    for (let k = 0; k < touched.length; k++) scores[k] = score(touched[k]!, massA);
    // Past EXACT_SENTENCES, the K-th best score by a native numeric sort of a copy.
    const cut = exact || touched.length <= CANDIDATES_PER_SENTENCE ? -Infinity : scores.slice().sort()[touched.length - CANDIDATES_PER_SENTENCE]!;
    for (let k = 0; k < touched.length; k++) {
      const j = touched[k]!;
      if (same.has(j) || scores[k]! < cut || scores[k]! < settings.matchSimilarity) continue;
      out.push({ i, j, similarity: scores[k]! });
    }
    for (const j of touched) {
      wordAcc[j] = 0;
      gramAcc[j] = 0;
      seen[j] = 0;
    }
    touched.length = 0;
  });
  return out;
}

/**
 * The heaviest chain of pairs increasing in both i and j (weighted longest increasing subsequence), in order.
 * O(P log P) with a Fenwick tree of prefix maxima over j.
 */
export function heaviestChain<T extends { i: number; j: number; similarity: number }>(pairs: readonly T[], width: number): T[] {
  if (pairs.length === 0) return [];
  const sorted = [...pairs].sort((x, y) => x.i - y.i || x.j - y.j);
  const treeValue = new Float64Array(width + 1);
  const treeAt = new Int32Array(width + 1).fill(-1);
  const best = new Float64Array(sorted.length);
  const previous = new Int32Array(sorted.length).fill(-1);
  const query = (j: number): [number, number] => {
    let value = 0;
    let at = -1;
    for (let k = j; k > 0; k -= k & -k) {
      if (treeValue[k]! > value) {
        value = treeValue[k]!;
        at = treeAt[k]!;
      }
    }
    return [value, at];
  };
  const update = (j: number, value: number, at: number) => {
    for (let k = j; k <= width; k += k & -k) {
      if (value > treeValue[k]!) {
        treeValue[k] = value;
        treeAt[k] = at;
      }
    }
  };
  let start = 0;
  while (start < sorted.length) {
    // Pairs sharing an i cannot follow one another: query them all before updating.
    let end = start;
    while (end < sorted.length && sorted[end]!.i === sorted[start]!.i) end++;
    for (let p = start; p < end; p++) {
      const [value, at] = query(sorted[p]!.j); // j positions are 1-based in the tree: strictly smaller j
      best[p] = value + sorted[p]!.similarity;
      previous[p] = at;
    }
    for (let p = start; p < end; p++) update(sorted[p]!.j + 1, best[p]!, p);
    start = end;
  }
  let last = 0;
  for (let p = 1; p < sorted.length; p++) if (best[p]! > best[last]!) last = p;
  const chain: T[] = [];
  for (let p = last; p >= 0; p = previous[p]!) chain.push(sorted[p]!);
  return chain.reverse();
}

/** Matches the sentences of two articles one to one (see the module comment for the three passes). */
function alignPair(a: Features[], b: Features[], weights: Map<string, number>, settings: Settings): Match[] {
  const candidates = candidatePairs(a, b, weights, settings);
  const matchedA = new Uint8Array(a.length);
  const matchedB = new Uint8Array(b.length);
  const matches: Match[] = [];
  const take = (c: Match) => {
    matchedA[c.i] = 1;
    matchedB[c.j] = 1;
    matches.push(c);
  };
  // Ties go to the pair whose relative positions are closest (a repeated sentence).
  const drift = (c: Match) => Math.abs((c.i + 0.5) / a.length - (c.j + 0.5) / b.length);
  candidates.sort((x, y) => y.similarity - x.similarity || drift(x) - drift(y) || x.i - y.i || x.j - y.j);
  const free = (c: Match) => matchedA[c.i] === 0 && matchedB[c.j] === 0;
  for (const c of candidates) if (c.similarity >= SHARED_SIMILARITY && free(c)) take(c);
  for (const c of heaviestChain(candidates.filter(free), b.length)) take(c);
  for (const c of candidates) if (free(c)) take(c);
  return matches;
}

const asInput = (article: string | AlignInput): AlignInput => (typeof article === 'string' ? { text: article } : article);

/**
 * Every pair of sentences of two articles that share a feature, with the similarity the matching starts from
 * (before any threshold or one-to-one choice): what the evaluation lists beside a gold pair the alignment missed
 * (scripts/eval-align.ts --verbose), so one can see whether a miss is a low score or a lost competition.
 */
export function sentenceSimilarities(articles: readonly [string | AlignInput, string | AlignInput], options: AlignOptions = {}): Match[] {
  const settings: Settings = { matchSimilarity: MATCH_SIMILARITY, wordShare: WORD_SHARE, ...options };
  const inputs = articles.map(asInput);
  const sentences = inputs.map((input) => featuresOf(input, splitSentences(input.text)));
  return candidatePairs(sentences[0]!, sentences[1]!, featureWeights(sentences), { ...settings, matchSimilarity: 0 });
}

/**
 * Aligns the sentences of two or three articles (more work too; one article gives unique rows). Each article is
 * its text, or its text with the bundle's entity mentions and dates (better: see the module comment).
 */
export function alignArticles(articles: ReadonlyArray<string | AlignInput>, options: AlignOptions = {}): Alignment {
  const settings: Settings = { matchSimilarity: MATCH_SIMILARITY, wordShare: WORD_SHARE, ...options };
  const inputs = articles.map(asInput);
  const spans = inputs.map((input) => splitSentences(input.text));
  const sentences = inputs.map((input, a) => featuresOf(input, spans[a]!));
  const weights = featureWeights(sentences);

  // Every sentence is a node; matches between articles join nodes into rows, best match first, as long as a
  // row holds at most one sentence per article.
  const offsets: number[] = [];
  let total = 0;
  for (const list of sentences) {
    offsets.push(total);
    total += list.length;
  }
  const nodeOf = (article: number, sentence: number) => offsets[article]! + sentence;
  const articleOf = new Int32Array(total);
  sentences.forEach((list, a) => articleOf.fill(a, offsets[a]!, offsets[a]! + list.length));
  const parent = Int32Array.from({ length: total }, (_, k) => k);
  const find = (k: number): number => {
    while (parent[k] !== k) {
      parent[k] = parent[parent[k]!]!;
      k = parent[k]!;
    }
    return k;
  };
  const articlesIn = new Map<number, Set<number>>();
  const status = sentences.map((list) => list.map((): SentenceStatus => 'unique'));
  const edges: Array<{ from: number; to: number; similarity: number }> = [];
  for (let a = 0; a < inputs.length; a++) {
    for (let b = a + 1; b < inputs.length; b++) {
      for (const match of alignPair(sentences[a]!, sentences[b]!, weights, settings)) {
        edges.push({ from: nodeOf(a, match.i), to: nodeOf(b, match.j), similarity: match.similarity });
        const level: SentenceStatus = match.similarity >= SHARED_SIMILARITY ? 'shared' : 'partial';
        for (const [article, index] of [[a, match.i], [b, match.j]] as const) {
          if (status[article]![index] !== 'shared') status[article]![index] = level;
        }
      }
    }
  }
  const membersOf = (root: number) => articlesIn.get(root) ?? new Set([articleOf[root]!]);
  edges.sort((x, y) => y.similarity - x.similarity || x.from - y.from || x.to - y.to);
  const rowEdges: typeof edges = [];
  for (const edge of edges) {
    const ra = find(edge.from);
    const rb = find(edge.to);
    if (ra === rb) continue;
    const ma = membersOf(ra);
    const mb = membersOf(rb);
    if ([...mb].some((article) => ma.has(article))) continue;
    parent[rb] = ra;
    articlesIn.set(ra, new Set([...ma, ...mb]));
    articlesIn.delete(rb);
    rowEdges.push(edge);
  }

  const rowsByRoot = new Map<number, { cells: (number | null)[]; sum: number; count: number; min: number; key: number }>();
  for (let article = 0; article < inputs.length; article++) {
    sentences[article]!.forEach((_, index) => {
      const root = find(nodeOf(article, index));
      let row = rowsByRoot.get(root);
      if (!row) {
        // Reading order: the relative position of the row's first sentence in its article.
        row = { cells: inputs.map(() => null), sum: 0, count: 0, min: 1, key: (index + 0.5) / sentences[article]!.length };
        rowsByRoot.set(root, row);
      }
      row.cells[article] = index;
    });
  }
  for (const edge of rowEdges) {
    const row = rowsByRoot.get(find(edge.from))!;
    row.sum += edge.similarity;
    row.count++;
    row.min = Math.min(row.min, edge.similarity);
  }
  const rows: AlignmentRow[] = [...rowsByRoot.values()]
    .sort((x, y) => x.key - y.key)
    .map((row) => {
      const filled = row.cells.filter((c) => c !== null).length;
      const rowStatus: SentenceStatus =
        filled === 1 ? 'unique' : filled === inputs.length && row.min >= SHARED_SIMILARITY ? 'shared' : 'partial';
      return { cells: row.cells, status: rowStatus, similarity: row.count === 0 ? 0 : row.sum / row.count };
    });
  return { sentences: spans, rows, status };
}

export interface DiffSpan extends Span {
  /** True when the word is in the other sentence at the matching place. */
  same: boolean;
}

export interface WordDiff {
  a: DiffSpan[];
  b: DiffSpan[];
}

/**
 * Word-level difference of two sentences: the longest common subsequence of their word keys (matchKey, article
 * clitics stripped, so "الرئيس"/"والرئيس" count as the same word), reported as word spans on the original texts.
 * `offsetA`/`offsetB` are added to every span, so a sentence slice can be diffed and shown in its article.
 */
export function wordDiff(a: string, b: string, offsetA = 0, offsetB = 0): WordDiff {
  const ta = tokenize(a);
  const tb = tokenize(b);
  const changes = diffArrays(
    ta.map((t) => t.key),
    tb.map((t) => t.key),
  );
  const out: WordDiff = { a: [], b: [] };
  let ia = 0;
  let ib = 0;
  for (const change of changes) {
    const count = change.value.length;
    if (!change.added) {
      for (let k = 0; k < count; k++, ia++) out.a.push({ start: ta[ia]!.start + offsetA, end: ta[ia]!.end + offsetA, same: !change.removed });
    }
    if (!change.removed) {
      for (let k = 0; k < count; k++, ib++) out.b.push({ start: tb[ib]!.start + offsetB, end: tb[ib]!.end + offsetB, same: !change.added });
    }
  }
  return out;
}

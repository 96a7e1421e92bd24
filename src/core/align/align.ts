/**
 * Sentence alignment of two or three articles about one event, and word differences between aligned sentences.
 *
 * Two sentences are similar when they share content words (function words dropped, see tokens.ts), each word
 * weighted by how rare it is among the sentences being aligned (a weighted Dice coefficient): two reports of
 * one event share their vocabulary, so what matters is the words that are not in every sentence.
 *
 * Matching, per pair of articles:
 * 1. near-identical sentences (similarity ≥ SHARED_SIMILARITY) are matched first, best first, wherever they are —
 *    outlets reuse agency copy but reorder paragraphs, so a moved sentence must still be found;
 * 2. the rest are matched by a monotonic alignment (dynamic programming, the order of the two reports agrees);
 * 3. what is left is matched greedily, best first (a reworded sentence that moved).
 * Pairs below MATCH_SIMILARITY are never matched.
 */
import { diffArrays } from 'diff';
import { splitSentences, type Span } from './sentences.ts';
import { tokenize } from './tokens.ts';

export type SentenceStatus = 'shared' | 'partial' | 'unique';

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
/** Below this two sentences are not the same statement. */
export const MATCH_SIMILARITY = 0.3;

interface Match {
  i: number;
  j: number;
  similarity: number;
}

interface Sentence {
  /** Distinct content keys. */
  keys: string[];
  /** The whole sentence's folded words (for sentences without content words). */
  fallback: string;
}

function sentencesOf(text: string, spans: Span[]): Sentence[] {
  return spans.map((span) => {
    const tokens = tokenize(text.slice(span.start, span.end));
    const keys = [...new Set(tokens.filter((t) => !t.stop && t.key.length > 1).map((t) => t.key))];
    return { keys, fallback: tokens.map((t) => t.key).join(' ') };
  });
}

/** Weight of each key: log(1 + S / df) over the S sentences of the articles being aligned. */
function keyWeights(all: Sentence[][]): Map<string, number> {
  const df = new Map<string, number>();
  let count = 0;
  for (const sentences of all) {
    for (const s of sentences) {
      count++;
      for (const k of s.keys) df.set(k, (df.get(k) ?? 0) + 1);
    }
  }
  const weights = new Map<string, number>();
  for (const [k, n] of df) weights.set(k, Math.log(1 + count / n));
  return weights;
}

/** Dense similarity matrix of two articles' sentences, filled through an inverted index (only pairs sharing a key). */
function similarityMatrix(a: Sentence[], b: Sentence[], weights: Map<string, number>): Float64Array {
  const sims = new Float64Array(a.length * b.length);
  const mass = (s: Sentence) => s.keys.reduce((sum, k) => sum + (weights.get(k) ?? 0), 0);
  const massB = b.map(mass);
  const index = new Map<string, number[]>();
  b.forEach((s, j) => {
    for (const k of s.keys) {
      const list = index.get(k);
      if (list) list.push(j);
      else index.set(k, [j]);
    }
  });
  a.forEach((s, i) => {
    const row = i * b.length;
    for (const k of s.keys) {
      const w = weights.get(k) ?? 0;
      for (const j of index.get(k) ?? []) sims[row + j]! += w;
    }
    const massA = mass(s);
    for (let j = 0; j < b.length; j++) {
      const total = massA + massB[j]!;
      if (total > 0) sims[row + j] = (2 * sims[row + j]!) / total;
      else sims[row + j] = s.fallback === b[j]!.fallback ? 1 : 0;
    }
  });
  return sims;
}

/** Matches the sentences of two articles (see the module comment for the three passes). */
function alignPair(a: Sentence[], b: Sentence[], weights: Map<string, number>): Match[] {
  const n = a.length;
  const m = b.length;
  const sims = similarityMatrix(a, b, weights);
  const matchedA = new Int32Array(n).fill(-1);
  const matchedB = new Int32Array(m).fill(-1);
  const matches: Match[] = [];
  const take = (i: number, j: number) => {
    matchedA[i] = j;
    matchedB[j] = i;
    matches.push({ i, j, similarity: sims[i * m + j]! });
  };

  // Greedy, best first; ties go to the pair whose relative positions are closest (a repeated sentence).
  const greedy = (threshold: number) => {
    const candidates: Match[] = [];
    for (let i = 0; i < n; i++) {
      if (matchedA[i]! >= 0) continue;
      for (let j = 0; j < m; j++) {
        const s = sims[i * m + j]!;
        if (s >= threshold && matchedB[j]! < 0) candidates.push({ i, j, similarity: s });
      }
    }
    const drift = (c: Match) => Math.abs((c.i + 0.5) / n - (c.j + 0.5) / m);
    candidates.sort((x, y) => y.similarity - x.similarity || drift(x) - drift(y) || x.i - y.i || x.j - y.j);
    for (const c of candidates) if (matchedA[c.i]! < 0 && matchedB[c.j]! < 0) take(c.i, c.j);
  };

  greedy(SHARED_SIMILARITY);

  // Monotonic pass over the sentences still unmatched: maximum total similarity, order preserved.
  const restA = [...Array(n).keys()].filter((i) => matchedA[i]! < 0);
  const restB = [...Array(m).keys()].filter((j) => matchedB[j]! < 0);
  const rn = restA.length;
  const rm = restB.length;
  if (rn > 0 && rm > 0) {
    const score = new Float64Array((rn + 1) * (rm + 1));
    const w = rm + 1;
    for (let x = 1; x <= rn; x++) {
      for (let y = 1; y <= rm; y++) {
        const s = sims[restA[x - 1]! * m + restB[y - 1]!]!;
        const diagonal = s >= MATCH_SIMILARITY ? score[(x - 1) * w + y - 1]! + s : -Infinity;
        score[x * w + y] = Math.max(score[(x - 1) * w + y]!, score[x * w + y - 1]!, diagonal);
      }
    }
    const path: Array<[number, number]> = [];
    for (let x = rn, y = rm; x > 0 && y > 0; ) {
      const s = sims[restA[x - 1]! * m + restB[y - 1]!]!;
      if (score[x * w + y] === score[(x - 1) * w + y]) x--;
      else if (score[x * w + y] === score[x * w + y - 1]) y--;
      else {
        if (s >= MATCH_SIMILARITY) path.push([restA[x - 1]!, restB[y - 1]!]);
        x--;
        y--;
      }
    }
    for (const [i, j] of path.reverse()) take(i, j);
  }

  greedy(MATCH_SIMILARITY);
  return matches;
}

/**
 * Aligns the sentences of two or three articles (more work too; one article gives unique rows).
 * Linear in the texts plus, per pair of articles, the product of their sentence counts.
 */
export function alignArticles(texts: string[]): Alignment {
  const spans = texts.map(splitSentences);
  const sentences = texts.map((text, a) => sentencesOf(text, spans[a]!));
  const weights = keyWeights(sentences);

  // Every sentence is a node; matches between articles join nodes into rows, best match first, as long as a
  // row holds at most one sentence per article.
  const nodeOf = (article: number, sentence: number) => offsets[article]! + sentence;
  const offsets: number[] = [];
  let total = 0;
  for (const list of sentences) {
    offsets.push(total);
    total += list.length;
  }
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
  for (let a = 0; a < texts.length; a++) {
    for (let b = a + 1; b < texts.length; b++) {
      for (const match of alignPair(sentences[a]!, sentences[b]!, weights)) {
        edges.push({ from: nodeOf(a, match.i), to: nodeOf(b, match.j), similarity: match.similarity });
        const level: SentenceStatus = match.similarity >= SHARED_SIMILARITY ? 'shared' : 'partial';
        for (const [article, index] of [[a, match.i], [b, match.j]] as const) {
          if (status[article]![index] !== 'shared') status[article]![index] = level;
        }
      }
    }
  }
  const articleOfNode = (k: number) => {
    let article = 0;
    while (article + 1 < offsets.length && offsets[article + 1]! <= k) article++;
    return article;
  };
  const membersOf = (root: number) => articlesIn.get(root) ?? new Set([articleOfNode(root)]);
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
  for (let article = 0; article < texts.length; article++) {
    sentences[article]!.forEach((_, index) => {
      const root = find(nodeOf(article, index));
      let row = rowsByRoot.get(root);
      if (!row) {
        // Reading order: the relative position of the row's first sentence in its article.
        row = { cells: texts.map(() => null), sum: 0, count: 0, min: 1, key: (index + 0.5) / sentences[article]!.length };
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
        filled === 1 ? 'unique' : filled === texts.length && row.min >= SHARED_SIMILARITY ? 'shared' : 'partial';
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

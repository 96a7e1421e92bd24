/**
 * How an alignment is shown: the articles as continuous columns whose aligned sentences start on one line.
 *
 * The rows of an alignment that pair sentences of two or more articles are anchors. Anchors are kept in an order
 * that every article reads forwards (a sentence that one outlet put elsewhere cannot line up with its partner
 * without breaking its column): per pair of articles the heaviest chain of their pairs in the order of both
 * (align.ts heaviestChain), then one pass in reading order that keeps of each anchor the sentences that still
 * come after the previous anchor's in their article. A paired sentence left out is "moved": it stays in its
 * column, marked, with its partners named.
 *
 * The grid: one row per anchor, and a first row for what the articles say before their first anchor. An article's
 * column is a sequence of runs: a run starts at an anchor's row with the anchored sentence, holds the sentences
 * that follow it up to the article's next anchor, and spans every row until then; what an article says before its
 * first anchor is a run from the first row. An article whose very first sentence is anchored below other anchors
 * lets that anchor go (the sentence flows from the top, marked moved), so no anchor row is ever empty in a column,
 * and unpaired sentences flow on under the last paired one instead of taking rows of their own.
 * Linear in the sentences plus O(A log A) in the anchors.
 */
import { heaviestChain, type Alignment } from './align.ts';

export interface LayoutRun {
  article: number;
  /** First grid row (0-based) and how many rows it spans. */
  row: number;
  rowSpan: number;
  /** Its sentences in reading order; when `anchored`, the first is the one aligned on `row`. */
  sentences: number[];
  anchored: boolean;
}

export type SentenceMark = 'aligned' | 'moved' | 'unique';

export interface SentenceRef {
  article: number;
  sentence: number;
}

export interface CompareLayout {
  /** Number of grid rows. */
  rows: number;
  /** Per grid row: true when it is an anchor row (it lines up paired sentences). */
  anchorRow: boolean[];
  /** Every article's runs, by row then article. */
  runs: LayoutRun[];
  /** Per article and sentence: lined up with a partner, paired with one elsewhere, or said by this article only. */
  marks: SentenceMark[][];
  /** Per article and sentence: the sentences of the other articles it is paired with. */
  partners: SentenceRef[][][];
}

export function compareLayout(alignment: Alignment): CompareLayout {
  const articles = alignment.sentences.length;
  const counts = alignment.sentences.map((list) => list.length);
  const marks: SentenceMark[][] = counts.map((n) => Array<SentenceMark>(n).fill('unique'));
  const partners: SentenceRef[][][] = counts.map((n) => Array.from({ length: n }, (): SentenceRef[] => []));

  // Anchor candidates: rows pairing two or more sentences.
  const candidates = alignment.rows
    .filter((row) => row.cells.filter((c) => c !== null).length >= 2)
    .map((row) => ({ cells: [...row.cells], similarity: row.similarity }));
  for (const row of candidates) {
    row.cells.forEach((cell, a) => {
      if (cell === null) return;
      marks[a]![cell] = 'moved';
      row.cells.forEach((other, b) => {
        if (b !== a && other !== null) partners[a]![cell]!.push({ article: b, sentence: other });
      });
    });
  }

  // Per pair of articles, the cells of rows off their heaviest chain are dropped from the anchor of the later article.
  for (let a = 0; a < articles; a++) {
    for (let b = a + 1; b < articles; b++) {
      const pairs = candidates.flatMap((row, r) => {
        const i = row.cells[a];
        const j = row.cells[b];
        return i === null || i === undefined || j === null || j === undefined ? [] : [{ i, j, similarity: row.similarity, r }];
      });
      const kept = new Set(heaviestChain(pairs, counts[b]!).map((p) => p.r));
      for (const p of pairs) if (!kept.has(p.r)) candidates[p.r]!.cells[b] = null;
    }
  }

  // One pass in reading order (mean relative position of the row's sentences) keeps what reads forwards.
  const position = (cells: (number | null)[]) => {
    let sum = 0;
    let n = 0;
    cells.forEach((c, a) => {
      if (c !== null) {
        sum += (c + 0.5) / counts[a]!;
        n++;
      }
    });
    return n === 0 ? 2 : sum / n;
  };
  const ordered = candidates
    .filter((row) => row.cells.filter((c) => c !== null).length >= 2)
    .map((row) => ({ ...row, key: position(row.cells) }))
    .sort((x, y) => x.key - y.key);
  const last = Array<number>(articles).fill(-1);
  const anchors: (number | null)[][] = [];
  for (const row of ordered) {
    const cells = row.cells.map((c, a) => (c !== null && c > last[a]! ? c : null));
    if (cells.filter((c) => c !== null).length < 2) continue;
    cells.forEach((c, a) => {
      if (c !== null) last[a] = c;
    });
    anchors.push(cells);
  }

  // An article whose first sentence is anchored below other anchors would leave their rows empty in its column: its
  // first sentence is let go (it flows from the top, marked moved) until every column starts at the top or at its
  // first anchor with something before it.
  for (let changed = true; changed; ) {
    changed = false;
    for (let a = 0; a < articles; a++) {
      const first = anchors.findIndex((cells) => cells[a] !== null);
      if (first > 0 && anchors[first]![a] === 0) {
        anchors[first]![a] = null;
        if (anchors[first]!.filter((c) => c !== null).length < 2) anchors.splice(first, 1);
        changed = true;
      }
    }
  }

  // Grid rows: a leading row when some article says something before its first anchor, then one per anchor.
  const anchorOf = counts.map((n) => new Int32Array(n).fill(-1));
  anchors.forEach((cells, k) =>
    cells.forEach((c, a) => {
      if (c !== null) {
        anchorOf[a]![c] = k;
        marks[a]![c] = 'aligned';
      }
    }),
  );
  const leading = counts.some((n, a) => n > 0 && anchorOf[a]![0] === -1) ? 1 : 0;
  const rows = leading + anchors.length;
  const runs: LayoutRun[] = [];
  for (let a = 0; a < articles; a++) {
    const mine: LayoutRun[] = [];
    for (let s = 0; s < counts[a]!; s++) {
      const k = anchorOf[a]![s]!;
      if (k >= 0) mine.push({ article: a, row: leading + k, rowSpan: 1, sentences: [s], anchored: true });
      else if (mine.length > 0) mine[mine.length - 1]!.sentences.push(s);
      else mine.push({ article: a, row: 0, rowSpan: 1, sentences: [s], anchored: false });
    }
    mine.forEach((run, k) => {
      run.rowSpan = (k + 1 < mine.length ? mine[k + 1]!.row : rows) - run.row;
    });
    for (const run of mine) runs.push(run);
  }
  runs.sort((x, y) => x.row - y.row || x.article - y.article);
  const anchorRow = Array.from({ length: rows }, (_, r) => r >= leading);
  return { rows, anchorRow, runs, marks, partners };
}

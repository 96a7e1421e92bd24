import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignArticles } from './align.ts';
import { compareLayout, type CompareLayout } from './layout.ts';

const DIR = join(import.meta.dirname, '../../../content/articles');
const read = (name: string) => readFileSync(join(DIR, `${name}.txt`), 'utf8');

// corpus, 14 March 2018: Britain expels 23 Russian diplomats, reported by BBC, CNN, France 24 and Sky News Arabia.
const MARCH_14 = ['2018-03-14_bbc_BB-internationalNews-150', '2018-03-14_cnn_CN-internationalNews-122', '2018-03-14_france24_FR-internationalNews-427', '2018-03-14_skynews_SK-internationalNews-343'];
const triples = MARCH_14.flatMap((a, i) => MARCH_14.slice(i + 1).flatMap((b, j) => MARCH_14.slice(i + j + 2).map((c) => [a, b, c])));

/** The articles whose column has nothing on grid row `r`. */
const uncovered = (layout: CompareLayout, articles: number, r: number) =>
  [...Array(articles).keys()].filter((a) => !layout.runs.some((run) => run.article === a && run.row <= r && r < run.row + run.rowSpan));

describe('compareLayout', () => {
  it.each(triples.map((t) => [t.map((id) => id.split('_')[1]).join(', '), t]))('14 March, %s: no anchor row leaves a column empty', (_name, ids) => {
    const texts = (ids as string[]).map(read);
    const layout = compareLayout(alignArticles(texts));
    expect(layout.anchorRow.filter(Boolean).length).toBeGreaterThan(0);
    for (let r = 0; r < layout.rows; r++) if (layout.anchorRow[r]) expect(uncovered(layout, texts.length, r)).toEqual([]);
  });

  it.each(triples.map((t) => [t.map((id) => id.split('_')[1]).join(', '), t]))('14 March, %s: every sentence once, in order, anchors on their row', (_name, ids) => {
    const texts = (ids as string[]).map(read);
    const alignment = alignArticles(texts);
    const layout = compareLayout(alignment);
    texts.forEach((_, a) => {
      const runs = layout.runs.filter((run) => run.article === a);
      expect(runs.flatMap((run) => run.sentences)).toEqual(alignment.sentences[a]!.map((_, k) => k));
      // Runs tile the column from where it starts to the last row, without overlapping.
      for (let k = 1; k < runs.length; k++) expect(runs[k]!.row).toBe(runs[k - 1]!.row + runs[k - 1]!.rowSpan);
      expect(runs.at(-1)!.row + runs.at(-1)!.rowSpan).toBe(layout.rows);
      for (const run of runs) {
        expect(layout.marks[a]![run.sentences[0]!] === 'aligned').toBe(run.anchored);
        for (const s of run.sentences.slice(1)) expect(layout.marks[a]![s]).not.toBe('aligned');
      }
    });
    // An anchor row lines up at least two sentences, each paired with the others on the row.
    for (let r = 0; r < layout.rows; r++) {
      if (!layout.anchorRow[r]) continue;
      const anchored = layout.runs.filter((run) => run.row === r && run.anchored);
      expect(anchored.length).toBeGreaterThanOrEqual(2);
      for (const run of anchored) {
        const others = anchored.filter((o) => o !== run).map((o) => ({ article: o.article, sentence: o.sentences[0]! }));
        expect(layout.partners[run.article]![run.sentences[0]!]).toEqual(expect.arrayContaining(others));
      }
    }
  });

  it('marks: a unique sentence has no partner, a paired one has', () => {
    const texts = MARCH_14.slice(0, 3).map(read);
    const layout = compareLayout(alignArticles(texts));
    layout.marks.forEach((list, a) =>
      list.forEach((mark, s) => {
        expect(layout.partners[a]![s]!.length === 0).toBe(mark === 'unique');
      }),
    );
    expect(layout.marks.flat()).toContain('unique');
    expect(layout.marks.flat()).toContain('aligned');
  });

  it('a sentence the other report moved is kept in its column and marked, not lined up against the order', () => {
    // corpus 17 March, France 24: its lead sentence repeated as its third; aligned with its own text reordered.
    const text = read('2018-03-17_france24_FR-internationalNews-477');
    const lines = text.split('\n').filter((l) => l.trim());
    const moved = [lines.at(-1)!, ...lines.slice(0, -1)].join('\n');
    const layout = compareLayout(alignArticles([text, moved]));
    expect(layout.marks.flat()).toContain('moved');
    for (let r = 0; r < layout.rows; r++) if (layout.anchorRow[r]) expect(uncovered(layout, 2, r)).toEqual([]);
  });
});

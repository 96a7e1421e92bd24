import { useMemo } from 'react';
import type { BundleItem } from '../../core/bundle-schema.ts';
import { alignArticles, wordDiff, type Alignment, type WordDiff } from '../../core/align/align.ts';
import { factDifferences, type FactDifferences } from '../../core/align/facts.ts';

export interface Comparison {
  alignment: Alignment;
  facts: FactDifferences;
  /** For each row, per article, the word diff of its sentence against the row's first other sentence. */
  diffs: Array<Array<WordDiff['a'] | null>>;
}

/** Sentence alignment, word differences and fact differences of two or three articles (core does the work). */
export function useComparison(items: BundleItem[]): Comparison {
  return useMemo(() => {
    const texts = items.map((i) => i.content_text);
    const alignment = alignArticles(texts);
    const diffs = alignment.rows.map((row) =>
      row.cells.map((cell, k) => {
        if (cell === null || row.status !== 'partial') return null;
        const other = row.cells.findIndex((c, j) => j !== k && c !== null);
        if (other === -1) return null;
        const mine = alignment.sentences[k]![cell]!;
        const theirs = alignment.sentences[other]![row.cells[other]!]!;
        return wordDiff(texts[k]!.slice(mine.start, mine.end), texts[other]!.slice(theirs.start, theirs.end), mine.start, theirs.start).a;
      }),
    );
    const facts = factDifferences(items.map((i) => ({ text: i.content_text, mentions: i._riwaya.mentions, dates: i._riwaya.dates, quotes: i._riwaya.quotes })));
    return { alignment, facts, diffs };
  }, [items]);
}

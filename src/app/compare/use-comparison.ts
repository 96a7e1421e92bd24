import { useMemo } from 'react';
import type { BundleItem } from '../../core/bundle-schema.ts';
import { alignArticles, type AlignInput, type Alignment } from '../../core/align/align.ts';
import { differingSpans } from '../../core/align/differences.ts';
import { factDifferences, type FactDifferences } from '../../core/align/facts.ts';
import { compareLayout, type CompareLayout } from '../../core/align/layout.ts';
import type { Span } from '../../core/align/sentences.ts';

export interface Comparison {
  alignment: Alignment;
  layout: CompareLayout;
  facts: FactDifferences;
  /** Per article and sentence: the words none of its partner sentences says (empty for a sentence without partners). */
  differing: Span[][][];
}

/** Sentence alignment, the columns' layout, differing words and fact differences of two or three articles (core does the work). */
export function useComparison(items: BundleItem[]): Comparison {
  return useMemo(() => {
    const inputs: AlignInput[] = items.map((i) => ({ text: i.content_text, mentions: i._riwaya.mentions, dates: i._riwaya.dates }));
    const alignment = alignArticles(inputs);
    const layout = compareLayout(alignment);
    const differing = layout.partners.map((list, a) =>
      list.map((partners, s) =>
        partners.length === 0
          ? []
          : differingSpans(
              { input: inputs[a]!, span: alignment.sentences[a]![s]! },
              partners.map((p) => ({ input: inputs[p.article]!, span: alignment.sentences[p.article]![p.sentence]! })),
            ),
      ),
    );
    const facts = factDifferences(
      items.map((i) => ({ text: i.content_text, mentions: i._riwaya.mentions, dates: i._riwaya.dates, quotes: i._riwaya.quotes })),
      { sentences: alignment.sentences, partners: layout.partners },
    );
    return { alignment, layout, facts, differing };
  }, [items]);
}

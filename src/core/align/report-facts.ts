/**
 * The facts of two or three reports of one event, from their texts alone: the sentences aligned (align.ts), paired
 * (layout.ts), and the facts each states compared (facts.ts). What the comparison page shows in its facts panel,
 * and the story page sums up as what the reports agree on.
 */
import { alignArticles } from './align.ts';
import { factDifferences, type FactArticle, type FactDifferences, type FactRow } from './facts.ts';
import { compareLayout } from './layout.ts';

export function reportFacts(articles: FactArticle[]): FactDifferences {
  const alignment = alignArticles(articles.map((a) => ({ text: a.text, mentions: a.mentions, dates: a.dates })));
  const layout = compareLayout(alignment);
  return factDifferences(articles, { sentences: alignment.sentences, partners: layout.partners });
}

/** A fact worth listing: not a quote, and a number only with its unit (a bare number says nothing alone). */
export const isListedFact = (row: FactRow): boolean => row.kind !== 'quote' && !(row.kind === 'number' && !row.unit);

/** What every report states: names first (people, places, organizations), then counts and dates. */
export function sharedFacts(facts: FactDifferences): { entities: FactRow[]; others: FactRow[] } {
  const shared = facts.rows.filter((r) => r.status === 'shared' && isListedFact(r));
  return { entities: shared.filter((r) => r.kind === 'entity'), others: shared.filter((r) => r.kind !== 'entity') };
}

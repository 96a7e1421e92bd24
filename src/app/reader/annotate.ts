/** Splits a paragraph of content_text into runs of plain text, entity mentions and date mentions. */
import type { DateMention, Mention } from '../../core/bundle-schema.ts';

export type Run = { kind: 'text'; text: string; start: number } | { kind: 'mention'; text: string; start: number; entity: string } | { kind: 'date'; text: string; start: number; date: DateMention };

/**
 * `start` is the paragraph's offset in content_text; mentions and dates use content_text offsets.
 * Spans outside the paragraph are ignored; where spans overlap the first (then the longer) wins, so no text is
 * ever shown twice or dropped.
 */
export function annotate(paragraph: string, start: number, mentions: Mention[], dates: DateMention[]): Run[] {
  const end = start + paragraph.length;
  type Span = { start: number; end: number; run: (text: string, at: number) => Run };
  const spans: Span[] = [
    ...mentions.map((m) => ({ start: m.start, end: m.end, run: (text: string, at: number): Run => ({ kind: 'mention', text, start: at, entity: m.entity }) })),
    ...dates.map((d) => ({ start: d.start, end: d.end, run: (text: string, at: number): Run => ({ kind: 'date', text, start: at, date: d }) })),
  ]
    .filter((s) => s.start >= start && s.end <= end && s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const runs: Run[] = [];
  let cursor = start;
  for (const span of spans) {
    if (span.start < cursor) continue;
    if (span.start > cursor) runs.push({ kind: 'text', text: paragraph.slice(cursor - start, span.start - start), start: cursor });
    runs.push(span.run(paragraph.slice(span.start - start, span.end - start), span.start));
    cursor = span.end;
  }
  if (cursor < end) runs.push({ kind: 'text', text: paragraph.slice(cursor - start), start: cursor });
  return runs;
}

/**
 * The mentions an article links: each entity's first (a mention inside a date is passed over, as annotate() shows
 * the date there), as an encyclopedia links a name once. Linking every mention underlined most of a news text's
 * lines (issue 15: "body text is heavy with entity underlines"); the entity's page lists every other mention anyway.
 */
export function linkedMentions(mentions: readonly Mention[], dates: readonly DateMention[]): Set<number> {
  const linked = new Set<number>();
  const seen = new Set<string>();
  for (const mention of [...mentions].sort((a, b) => a.start - b.start)) {
    if (seen.has(mention.entity) || dates.some((d) => d.start < mention.end && mention.start < d.end)) continue;
    seen.add(mention.entity);
    linked.add(mention.start);
  }
  return linked;
}

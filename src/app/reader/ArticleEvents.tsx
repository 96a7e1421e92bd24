import { useMemo } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { BundleItem } from '../../core/bundle-schema.ts';
import { toPublished } from '../../core/published.ts';
import { sentenceAround } from '../../core/sentence-around.ts';
import { useFormat } from '../shell/use-format.ts';
import { articlePath } from '../shell/paths.ts';

/** A date on the timeline: zoomed to its own precision (a day, a month, a year), that period chosen. */
const timelinePath = (value: string) => `/timeline?zoom=${toPublished(value)!.precision}&period=${value}`;

/**
 * An article's own events: its publication and each resolved date its text mentions, in reading order, with the
 * sentence that states it (the same sentence the timeline quotes: core/sentence-around.ts), each linked to its period
 * on the timeline.
 */
export function ArticleEvents({ item }: { item: BundleItem }) {
  const { t } = useTranslation();
  const format = useFormat();
  const mentioned = useMemo(() => {
    const seen = new Set<string>();
    return item._riwaya.dates.flatMap((date) => {
      if (date.value === null || date.precision === null) return [];
      const sentence = sentenceAround(item.content_text, date.start, date.end);
      // The same date twice in one sentence is one event of that sentence.
      const key = `${date.value}|${date.end_value ?? ''}|${sentence.start}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [{ value: date.value, precision: date.precision, endValue: date.end_value ?? null, sentence }];
    });
  }, [item]);
  const published = item._riwaya.published;
  if (!published && mentioned.length === 0) return null;
  return (
    <section aria-labelledby="article-events-title" data-testid="article-events">
      <h2 id="article-events-title" className="mb-1 font-semibold">{t('article.events')}</h2>
      <p className="mb-2 text-xs text-muted">{t('article.eventsHelp')}</p>
      <ol className="space-y-3">
        {published && (
          <li data-testid="article-event" data-kind="published" data-value={published.value} className="border-s-4 border-accent ps-2">
            <span className="rounded bg-accent px-1.5 text-xs text-paper"><span aria-hidden="true">● </span>{t('article.eventPublished')}</span>{' '}
            <time dateTime={published.value}>{format.date(published)}</time>{' '}
            <Link to={timelinePath(published.value)} className="text-accent underline">{t('article.onTimeline')}</Link>
          </li>
        )}
        {mentioned.map((event) => (
          <li key={`${event.value}-${event.sentence.start}`} data-testid="article-event" data-kind="mentioned" data-value={event.value} className="border-s-4 border-muted ps-2">
            <span className="rounded border border-muted px-1.5 text-xs"><span aria-hidden="true">◇ </span>{t('article.eventMentioned')}</span>{' '}
            <time dateTime={event.value}>
              {event.endValue
                ? t('article.dateRange', { from: format.date({ value: event.value, precision: event.precision }), to: format.date({ value: event.endValue, precision: event.precision }) })
                : format.date({ value: event.value, precision: event.precision })}
            </time>
            <Link to={`${articlePath(item.id)}?at=${event.sentence.start}`} className="block font-naskh hover:underline" lang="ar" dir="rtl" data-testid="article-event-sentence">
              «{item.content_text.slice(event.sentence.start, event.sentence.end).trim()}»
            </Link>
            <Link to={timelinePath(event.value)} className="text-accent underline">{t('article.onTimeline')}</Link>
          </li>
        ))}
      </ol>
    </section>
  );
}

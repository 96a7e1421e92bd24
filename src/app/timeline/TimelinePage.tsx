import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Precision } from '../../core/bundle-schema.ts';
import type { TimelineResult } from '../bundle/collection.ts';
import { parseFilters, queryOf } from '../bundle/filters.ts';
import type { ListItem } from '../bundle/load-bundle.ts';
import { useArticles, useQuery } from '../bundle/use-articles.ts';
import { useBundle } from '../bundle/use-bundle.ts';
import { FilterSummary } from '../reader/FilterSummary.tsx';
import { useFormat } from '../shell/use-format.ts';
import { articlePath } from '../shell/paths.ts';

interface TimelineEvent {
  kind: 'published' | 'mentioned';
  item: ListItem;
  value: string;
  precision: Precision;
  endValue: string | null;
  /** For a mentioned date: the sentence that states it (offsets into the article's text). */
  sentence?: { start: number; end: number };
}

/** Sentences' texts are fetched (their articles' shards) for the first events only; later ones show their headline. */
const TEXTS_FETCHED = 200;

/**
 * One vertical timeline: each article's publication (from the index) and each dated event its text mentions (the
 * timeline file, fetched when the page opens), grouped by month. A month- or year-precision event is drawn as a span
 * over its month/year, not as a fake day.
 */
export function TimelinePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { items, data } = useBundle();
  const [params] = useSearchParams();
  // Only the entity filters apply here (the timeline is itself the date axis).
  const entityParams = params.toString();
  const query = useMemo(() => queryOf({ ...parseFilters(new URLSearchParams(entityParams)), from: null, to: null, q: '' }), [entityParams]);
  const answer = useQuery(query);
  const [file, setFile] = useState<TimelineResult | null>(null);
  useEffect(() => {
    let live = true;
    void data.timeline().then((result) => {
      if (live) setFile(result);
    });
    return () => {
      live = false;
    };
  }, [data]);

  const events = useMemo(() => {
    if (!answer || !file) return null;
    const shown = new Set(answer.docs);
    const list: TimelineEvent[] = [];
    for (const doc of answer.docs) {
      const item = items[doc]!;
      if (item.published) list.push({ kind: 'published', item, value: item.published.value, precision: item.published.precision, endValue: null });
    }
    if (file.ok) {
      for (const [doc, value, precision, endValue, start, end] of file.events) {
        if (shown.has(doc)) list.push({ kind: 'mentioned', item: items[doc]!, value, precision, endValue, sentence: { start, end } });
      }
    }
    return list.sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0) || a.item.doc - b.item.doc || (a.sentence?.start ?? -1) - (b.sentence?.start ?? -1));
  }, [answer, file, items]);

  const textIds = useMemo(() => [...new Set((events ?? []).filter((e) => e.kind === 'mentioned').map((e) => e.item.id))].slice(0, TEXTS_FETCHED), [events]);
  const { results } = useArticles(textIds);
  const texts = new Map(textIds.map((id, k) => [id, results[k]]));

  if (!events) {
    return (
      <section>
        <h1 className="mb-1 text-3xl font-bold">{t('timeline.title')}</h1>
        <p role="status" className="text-muted">{t('loading.page')}</p>
      </section>
    );
  }
  const undated = answer!.docs.map((doc) => items[doc]!).filter((i) => !i.published);
  const groups = new Map<string, TimelineEvent[]>();
  for (const event of events) {
    const key = event.precision === 'year' ? event.value.slice(0, 4) : event.value.slice(0, 7);
    const group = groups.get(key);
    if (group) group.push(event);
    else groups.set(key, [event]);
  }

  return (
    <section>
      <h1 className="mb-1 text-3xl font-bold">{t('timeline.title')}</h1>
      <p className="mb-4 text-muted">{t('timeline.intro')}</p>
      <FilterSummary />
      {file && !file.ok && (
        <p role="alert" className="mb-4 rounded border border-accent p-2 text-sm" data-testid="timeline-error">
          {t('timeline.fileError')} <bdi dir="ltr" className="font-mono">{file.file}</bdi>
        </p>
      )}
      {events.length === 0 && <p>{t('timeline.empty')}</p>}
      <ol className="relative border-s-2 border-rule" data-testid="timeline">
        {[...groups.entries()].map(([key, group]) => (
          <li key={key} className="mb-8 ps-6">
            <h2 className="mb-3 text-xl font-semibold">{key.length === 4 ? format.date({ value: key, precision: 'year' }) : format.month(key)}</h2>
            <ul className="space-y-3">
              {group.map((event, k) => {
                const { item } = event;
                const span = event.precision !== 'day';
                const when = event.endValue
                  ? t('article.dateRange', { from: format.date({ value: event.value, precision: event.precision }), to: format.date({ value: event.endValue, precision: event.precision }) })
                  : format.date({ value: event.value, precision: event.precision });
                const text = texts.get(item.id);
                return (
                  <li
                    key={`${event.kind}-${item.id}-${event.sentence?.start ?? 'p'}-${k}`}
                    data-testid="timeline-event"
                    data-kind={event.kind}
                    data-precision={event.precision}
                    data-item={item.id}
                    className={`rounded border-s-4 p-2 ${span ? 'border-dashed border-accent/60 bg-rule/40' : 'border-accent'}`}
                  >
                    <p className="text-sm text-muted">
                      <time dateTime={event.value}>{when}</time>
                      {span && <span className="ms-2 rounded bg-rule px-1 text-xs">{t(event.precision === 'year' ? 'timeline.span.year' : 'timeline.span.month')}</span>}
                      <span className="ms-2">{event.kind === 'published' ? t('timeline.published') : t('timeline.mentioned')}</span>
                    </p>
                    {event.kind === 'published' ? (
                      <Link to={articlePath(item.id)} className="font-naskh hover:underline" lang="ar" dir="rtl">{item.title}</Link>
                    ) : (
                      <Link to={`${articlePath(item.id)}?at=${event.sentence!.start}`} className="block font-naskh hover:underline" lang="ar" dir="rtl">
                        {text?.ok ? `«${text.item.content_text.slice(event.sentence!.start, event.sentence!.end).trim()}»` : null}
                        <span className="block text-sm text-muted">— {item.title}</span>
                      </Link>
                    )}
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ol>
      {undated.length > 0 && (
        <section className="mt-8" data-testid="undated">
          <h2 className="mb-2 text-xl font-semibold">{t('timeline.undated')}</h2>
          <ul className="space-y-1">
            {undated.map((item) => (
              <li key={item.id}><Link to={articlePath(item.id)} lang="ar" dir="rtl" className="hover:underline">{item.title}</Link></li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}

import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { timelineEvents, type TimelineEvent } from '../bundle/derive.ts';
import { applyFilters, parseFilters } from '../bundle/filters.ts';
import { useBundle } from '../bundle/use-bundle.ts';
import { FilterSummary } from '../reader/FilterSummary.tsx';
import { useFormat } from '../shell/use-format.ts';
import { articlePath } from '../shell/paths.ts';

/**
 * One vertical timeline: each article's publication and each dated event its text mentions, grouped by month.
 * A month- or year-precision event is drawn as a span over its month/year, not as a fake day.
 */
export function TimelinePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { items, itemById } = useBundle();
  const [params] = useSearchParams();
  // Only the entity filters apply here (the timeline is itself the date axis).
  const entityParams = params.toString();
  const filtered = useMemo(() => applyFilters(items, { ...parseFilters(new URLSearchParams(entityParams)), from: null, to: null, q: '' }, null), [items, entityParams]);
  const events = useMemo(() => timelineEvents(filtered), [filtered]);
  const undated = filtered.filter((i) => !i._riwaya.published);

  const groups = new Map<string, TimelineEvent[]>();
  for (const event of events) {
    const key = event.precision === 'year' ? event.value.slice(0, 4) : event.value.slice(0, 7);
    groups.set(key, [...(groups.get(key) ?? []), event]);
  }

  return (
    <section>
      <h1 className="mb-1 text-3xl font-bold">{t('timeline.title')}</h1>
      <p className="mb-4 text-muted">{t('timeline.intro')}</p>
      <FilterSummary />
      {events.length === 0 && <p>{t('timeline.empty')}</p>}
      <ol className="relative border-s-2 border-rule" data-testid="timeline">
        {[...groups.entries()].map(([key, group]) => (
          <li key={key} className="mb-8 ps-6">
            <h2 className="mb-3 text-xl font-semibold">{key.length === 4 ? format.date({ value: key, precision: 'year' }) : format.month(key)}</h2>
            <ul className="space-y-3">
              {group.map((event) => {
                const item = itemById.get(event.itemId)!;
                const span = event.precision !== 'day';
                const when = event.endValue
                  ? t('article.dateRange', { from: format.date({ value: event.value, precision: event.precision }), to: format.date({ value: event.endValue, precision: event.precision }) })
                  : format.date({ value: event.value, precision: event.precision });
                return (
                  <li
                    key={`${event.kind}-${event.itemId}-${event.span?.start ?? 'p'}`}
                    data-testid="timeline-event"
                    data-kind={event.kind}
                    data-precision={event.precision}
                    data-item={event.itemId}
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
                        «{item.content_text.slice(event.sentence!.start, event.sentence!.end).trim()}»
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

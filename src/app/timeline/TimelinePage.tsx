import { useMemo } from 'react';
import type { BundleItem } from '../../core/bundle-schema.ts';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { timelineEvents, type TimelineEvent } from '../bundle/derive.ts';
import { applyFilters, parseFilters } from '../bundle/filters.ts';
import { useBundle } from '../bundle/use-bundle.ts';
import { FilterSummary } from '../reader/FilterSummary.tsx';
import { useFormat } from '../shell/use-format.ts';
import { articlePath } from '../shell/paths.ts';
import { rowAttributes, VirtualList, type ListRow } from '../shell/VirtualList.tsx';

type Row = { kind: 'month'; key: string } | { kind: 'event'; event: TimelineEvent };

const eventKey = (event: TimelineEvent) => `${event.kind}-${event.itemId}-${event.span?.start ?? 'p'}`;
const rowKey = (row: Row) => (row.kind === 'month' ? `month-${row.key}` : eventKey(row.event));
/** A month heading or an event card with its spacing, before they are measured. */
const ROW_HEIGHT = 96;
/**
 * Months and events drawn whole up to this many: a timeline a few hundred articles long (the 68 of content/ make 370
 * events) stays one page to search with the browser's find, as before; longer ones are virtual.
 */
const WHOLE_UP_TO = 1000;

/**
 * One vertical timeline: each article's publication and each dated event its text mentions, grouped by month.
 * A month- or year-precision event is drawn as a span over its month/year, not as a fake day.
 * A long timeline is one virtual list of month headings and events (shell/VirtualList.tsx), a short one a list of
 * months, each with its list of events.
 */
export function TimelinePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { items } = useBundle();
  const [params] = useSearchParams();
  // Only the entity filters apply here (the timeline is itself the date axis).
  const entityParams = params.toString();
  const filtered = useMemo(() => applyFilters(items, { ...parseFilters(new URLSearchParams(entityParams)), from: null, to: null, q: '' }, null), [items, entityParams]);
  const events = useMemo(() => timelineEvents(filtered), [filtered]);
  const undated = filtered.filter((i) => !i._riwaya.published);

  const groups = useMemo(() => {
    const byMonth = new Map<string, TimelineEvent[]>();
    for (const event of events) {
      const key = event.precision === 'year' ? event.value.slice(0, 4) : event.value.slice(0, 7);
      const group = byMonth.get(key);
      if (group) group.push(event);
      else byMonth.set(key, [event]);
    }
    return byMonth;
  }, [events]);
  const rows = useMemo(() => {
    const flat: Row[] = [];
    for (const [key, group] of groups) {
      flat.push({ kind: 'month', key });
      for (const event of group) flat.push({ kind: 'event', event });
    }
    return flat;
  }, [groups]);
  const monthTitle = (key: string) => (key.length === 4 ? format.date({ value: key, precision: 'year' }) : format.month(key));

  return (
    <section>
      <h1 className="mb-1 text-3xl font-bold">{t('timeline.title')}</h1>
      <p className="mb-4 text-muted">{t('timeline.intro')}</p>
      <FilterSummary />
      {events.length === 0 && <p>{t('timeline.empty')}</p>}
      {rows.length <= WHOLE_UP_TO ? (
        <ol className="relative border-s-2 border-rule" data-testid="timeline">
          {[...groups.entries()].map(([key, group]) => (
            <li key={key} className="mb-8 ps-6">
              <h2 className="mb-3 text-xl font-semibold">{monthTitle(key)}</h2>
              <ul className="space-y-3">
                {group.map((event) => (
                  <EventCard key={eventKey(event)} event={event} row={undefined} />
                ))}
              </ul>
            </li>
          ))}
        </ol>
      ) : (
        <VirtualList
          name="timeline"
          className="relative border-s-2 border-rule"
          testId="timeline"
          wholeUpTo={WHOLE_UP_TO}
          items={rows}
          itemKey={rowKey}
          estimateSize={ROW_HEIGHT}
          renderRow={(row, place) =>
            row.kind === 'month' ? (
              <li key={rowKey(row)} className="ps-6 pb-3 pt-5" {...rowAttributes(place)}>
                <h2 className="text-xl font-semibold">{monthTitle(row.key)}</h2>
              </li>
            ) : (
              <EventCard key={rowKey(row)} event={row.event} row={place} />
            )
          }
        />
      )}
      {undated.length > 0 && (
        <section className="mt-8" data-testid="undated">
          <h2 className="mb-2 text-xl font-semibold">{t('timeline.undated')}</h2>
          <VirtualList
            name="undated"
            as="ul"
            items={undated}
            itemKey={itemId}
            estimateSize={28}
            renderRow={(item, place) => (
              <li key={item.id} className="py-0.5" {...rowAttributes(place)}><Link to={articlePath(item.id)} lang="ar" dir="rtl" className="hover:underline">{item.title}</Link></li>
            )}
          />
        </section>
      )}
    </section>
  );
}

const itemId = (item: BundleItem) => item.id;

/** One event: its date (a span for a month or a year), and its article's title or the sentence that mentions it. */
function EventCard({ event, row }: { event: TimelineEvent; row: ListRow | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { itemById } = useBundle();
  const item = itemById.get(event.itemId)!;
  const span = event.precision !== 'day';
  const when = event.endValue
    ? t('article.dateRange', { from: format.date({ value: event.value, precision: event.precision }), to: format.date({ value: event.endValue, precision: event.precision }) })
    : format.date({ value: event.value, precision: event.precision });
  const card = `rounded border-s-4 p-2 ${span ? 'border-dashed border-accent/60 bg-rule/40' : 'border-accent'}`;
  const content = (
    <>
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
    </>
  );
  const data = { 'data-testid': 'timeline-event', 'data-kind': event.kind, 'data-precision': event.precision, 'data-item': event.itemId };
  // In a virtual list the spacing between cards is the row's own padding (a margin would be outside its measure).
  return row ? (
    <li {...data} className="ps-6 pb-3" {...rowAttributes(row)}>
      <div className={card}>{content}</div>
    </li>
  ) : (
    <li {...data} className={card}>{content}</li>
  );
}

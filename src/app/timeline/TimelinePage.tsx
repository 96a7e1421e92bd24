import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Precision } from '../../core/bundle-schema.ts';
import { toPublished } from '../../core/published.ts';
import type { TimelineResult } from '../bundle/collection.ts';
import { filtersToParams, parseFilters, queryOf, readRange, type Filters } from '../bundle/filters.ts';
import type { ListItem } from '../bundle/load-bundle.ts';
import { useArticle, useQuery } from '../bundle/use-articles.ts';
import { useBundle } from '../bundle/use-bundle.ts';
import { useFormat } from '../shell/use-format.ts';
import { articlePath } from '../shell/paths.ts';
import { rowAttributes, VirtualList, type ListRow } from '../shell/VirtualList.tsx';
import { PageTitle } from '../shell/PageTitle.tsx';
import { addArabicPages } from '../i18n/ar-pages.ts';
import { buildAxis, DEFAULT_ZOOM, eventInPeriod, parseZoom, type Zoom } from './axis.ts';
import { TimelineAxis } from './TimelineAxis.tsx';
import { TimelineFilters } from './TimelineFilters.tsx';

addArabicPages();

/** A chosen period in the address: a year, a month or a day. */
const PERIOD = /^\d{4}(-\d{2}(-\d{2})?)?$/;

interface TimelineEvent {
  /** Its place in the timeline (a stable key). */
  n: number;
  kind: 'published' | 'mentioned';
  item: ListItem;
  value: string;
  precision: Precision;
  endValue: string | null;
  /** For a mentioned date: the sentence that states it (offsets into the article's text). */
  sentence?: { start: number; end: number };
}

type Row = { kind: 'month'; key: string } | { kind: 'event'; event: TimelineEvent };

const eventKey = (event: TimelineEvent) => `${event.kind}-${event.item.id}-${event.n}`;
const rowKey = (row: Row) => (row.kind === 'month' ? `month-${row.key}` : eventKey(row.event));
/** A month heading or an event card with its spacing, before they are measured. */
const ROW_HEIGHT = 96;
/**
 * Months and events drawn whole up to this many: a timeline a few hundred articles long (the 68 of content/ make 370
 * events) stays one page to search with the browser's find, as before; longer ones are virtual.
 */
const WHOLE_UP_TO = 1000;

/**
 * The timeline: an axis over the range of the current filter's dated events (timeline/axis.ts, drawn by
 * TimelineAxis), and under it the events of the chosen period — or all of them — grouped by month. Events are each
 * article's publication (from the index) and each dated event its text mentions (the timeline file, fetched when the
 * page opens). A month- or year-precision event is drawn as a span over its month/year, never as a fake day. The
 * filters are home's, in the same address parameters, answered by the data worker; the zoom and the chosen period are
 * in the address too (?zoom=year|month|day&period=2018-03). A long list is virtual (shell/VirtualList.tsx); a mentioned
 * date's sentence comes from its article's content shard, fetched when the event is drawn.
 */
export function TimelinePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { items, data } = useBundle();
  const [params, setParams] = useSearchParams();
  const filters = parseFilters(params);
  const notes = readRange(params).notes;
  const zoom = parseZoom(params.get('zoom'));
  const period = PERIOD.test(params.get('period') ?? '') ? params.get('period')! : null;
  // A search is home's (the timeline has no search box): only the entities and the dates apply here.
  const filterKey = filtersToParams({ ...filters, q: '' }).toString();
  const query = useMemo(() => queryOf(parseFilters(new URLSearchParams(filterKey))), [filterKey]);
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
    const list: Array<Omit<TimelineEvent, 'n'>> = [];
    for (const doc of answer.docs) {
      const item = items[doc]!;
      if (item.published) list.push({ kind: 'published', item, value: item.published.value, precision: item.published.precision, endValue: null });
    }
    if (file.ok) {
      for (const [doc, value, precision, endValue, start, end] of file.events) {
        if (shown.has(doc)) list.push({ kind: 'mentioned', item: items[doc]!, value, precision, endValue, sentence: { start, end } });
      }
    }
    list.sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0) || a.item.doc - b.item.doc || (a.sentence?.start ?? -1) - (b.sentence?.start ?? -1));
    return list.map((event, n): TimelineEvent => ({ ...event, n }));
  }, [answer, file, items]);
  // At the days zoom the axis shows one year: the chosen period's.
  const axis = useMemo(() => (events ? buildAxis(events, zoom, period?.slice(0, 4) ?? null) : null), [events, zoom, period]);
  // A chosen period's own events first; then those known only to a longer period that covers it ("2018" under March).
  const listed = useMemo(() => {
    if (!events || !period) return events;
    const inside = events.filter((event) => eventInPeriod(event, period));
    return [...inside.filter((event) => event.value.length >= period.length), ...inside.filter((event) => event.value.length < period.length)];
  }, [events, period]);

  const groups = useMemo(() => {
    const byMonth = new Map<string, TimelineEvent[]>();
    for (const event of listed ?? []) {
      const key = event.precision === 'year' ? event.value.slice(0, 4) : event.value.slice(0, 7);
      const group = byMonth.get(key);
      if (group) group.push(event);
      else byMonth.set(key, [event]);
    }
    return byMonth;
  }, [listed]);
  const rows = useMemo(() => {
    const flat: Row[] = [];
    for (const [key, group] of groups) {
      flat.push({ kind: 'month', key });
      for (const event of group) flat.push({ kind: 'event', event });
    }
    return flat;
  }, [groups]);
  const monthTitle = (key: string) => (key.length === 4 ? format.date({ value: key, precision: 'year' }) : format.month(key));

  const change = (next: { filters?: Partial<Filters>; zoom?: Zoom; period?: string | null }) => {
    const out = filtersToParams({ ...filters, ...next.filters, q: '' });
    // The zoom stays in the address once chosen (?zoom=month too), and is left out while it is the default.
    const nextZoom = next.zoom ?? zoom;
    if (next.zoom || params.has('zoom') || nextZoom !== DEFAULT_ZOOM) out.set('zoom', nextZoom);
    const nextPeriod = next.period === undefined ? period : next.period;
    if (nextPeriod) out.set('period', nextPeriod);
    setParams(out);
  };
  const header = (
    <>
      <PageTitle page={t('timeline.title')} />
      <h1 className="mb-1 text-3xl font-bold">{t('timeline.title')}</h1>
      <p className="mb-4 text-muted">{t('timeline.intro')}</p>
      <TimelineFilters filters={filters} notes={notes} onChange={(change_) => change({ filters: change_ })} />
    </>
  );

  if (!events || !answer || !axis || !listed) {
    return (
      <section>
        {header}
        <p role="status" className="text-muted" data-testid="timeline-loading">{t('loading.page')}</p>
      </section>
    );
  }
  const undated = Array.from(answer.docs, (doc) => items[doc]!).filter((i) => !i.published);
  const periodName = period ? format.date(toPublished(period)!) : '';

  return (
    <section>
      {header}
      {file && !file.ok && (
        <p role="alert" className="mb-4 rounded border border-accent p-2 text-sm" data-testid="timeline-error">
          {t('timeline.fileError')} <bdi dir="ltr" className="font-mono">{file.file}</bdi>
        </p>
      )}
      {events.length === 0 ? (
        <p className="mb-4 rounded border border-rule p-4" data-testid="timeline-empty">{t('timeline.empty')}</p>
      ) : (
        <TimelineAxis axis={axis} period={period} onChoose={(chosen) => change({ period: chosen })} onZoom={(chosen) => change({ zoom: chosen })} />
      )}
      {events.length > 0 && (
        <div className="mb-3 flex flex-wrap items-center gap-3">
          <h2 className="text-xl font-semibold" data-testid="timeline-list-title">{period ? t('timeline.chosen', { period: periodName }) : t('timeline.all')}</h2>
          {period && (
            <button type="button" onClick={() => change({ period: null })} className="text-sm text-accent underline" data-testid="show-all">{t('timeline.showAll')}</button>
          )}
        </div>
      )}
      {rows.length <= WHOLE_UP_TO ? (
        <ol className="relative border-s-2 border-rule" data-testid="timeline">
          {[...groups.entries()].map(([key, group]) => (
            <li key={key} className="mb-8 ps-6">
              <h3 className="mb-3 text-lg font-semibold">{monthTitle(key)}</h3>
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
                <h3 className="text-lg font-semibold">{monthTitle(row.key)}</h3>
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

const itemId = (item: ListItem) => item.id;

/** A mentioned date's sentence, from its article's text (fetched with its shard); nothing until it is here. */
function Sentence({ id, sentence }: { id: string; sentence: { start: number; end: number } }) {
  // In the background, as home's leads: a filter or an article asked for next goes first.
  const result = useArticle(id, true);
  if (!result?.ok) return null;
  return <>«{result.item.content_text.slice(sentence.start, sentence.end).trim()}»</>;
}

/**
 * One event: its date (a span for a month or a year), and its article's title or the sentence that mentions it. A
 * publication and a mentioned event differ in colour, mark and words: a filled accent mark and border with
 * "Publication", a hollow mark and a plain border with "Mentioned in a text"; a span's border is dashed.
 */
function EventCard({ event, row }: { event: TimelineEvent; row: ListRow | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { item } = event;
  const span = event.precision !== 'day';
  const published = event.kind === 'published';
  const when = event.endValue
    ? t('article.dateRange', { from: format.date({ value: event.value, precision: event.precision }), to: format.date({ value: event.endValue, precision: event.precision }) })
    : format.date({ value: event.value, precision: event.precision });
  const card = `rounded border-s-4 p-2 ${published ? 'border-accent bg-accent/5' : 'border-muted'} ${span ? 'border-dashed' : ''}`;
  const content = (
    <>
      <p className="flex flex-wrap items-center gap-2 text-sm text-muted">
        <span className={published ? 'rounded bg-accent px-1.5 text-xs text-paper' : 'rounded border border-muted px-1.5 text-xs text-ink'} data-testid="event-kind">
          <span aria-hidden="true">{published ? '● ' : '◇ '}</span>
          {published ? t('timeline.published') : t('timeline.mentioned')}
        </span>
        <time dateTime={event.value}>{when}</time>
        {span && <span className="rounded bg-rule px-1 text-xs">{t(event.precision === 'year' ? 'timeline.span.year' : 'timeline.span.month')}</span>}
      </p>
      {published ? (
        <Link to={articlePath(item.id)} className="font-naskh hover:underline" lang="ar" dir="rtl">{item.title}</Link>
      ) : (
        <Link to={`${articlePath(item.id)}?at=${event.sentence!.start}`} className="block font-naskh hover:underline" lang="ar" dir="rtl">
          <Sentence id={item.id} sentence={event.sentence!} />
          <span className="block text-sm text-muted">— {item.title}</span>
        </Link>
      )}
    </>
  );
  const data = { 'data-testid': 'timeline-event', 'data-kind': event.kind, 'data-precision': event.precision, 'data-item': item.id, 'data-value': event.value };
  // In a virtual list the spacing between cards is the row's own padding (a margin would be outside its measure).
  return row ? (
    <li {...data} className="ps-6 pb-3" {...rowAttributes(row)}>
      <div className={card}>{content}</div>
    </li>
  ) : (
    <li {...data} className={card}>{content}</li>
  );
}

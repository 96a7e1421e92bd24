import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Precision } from '../../core/bundle-schema.ts';
import type { TimelineResult } from '../bundle/collection.ts';
import { parseFilters, queryOf } from '../bundle/filters.ts';
import type { ListItem } from '../bundle/load-bundle.ts';
import { useArticle, useQuery } from '../bundle/use-articles.ts';
import { useBundle } from '../bundle/use-bundle.ts';
import { FilterSummary } from '../reader/FilterSummary.tsx';
import { useFormat } from '../shell/use-format.ts';
import { articlePath } from '../shell/paths.ts';
import { rowAttributes, VirtualList, type ListRow } from '../shell/VirtualList.tsx';
import { PageTitle } from '../shell/PageTitle.tsx';

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
 * One vertical timeline: each article's publication (from the index) and each dated event its text mentions (the
 * timeline file, fetched when the page opens), grouped by month. A month- or year-precision event is drawn as a span
 * over its month/year, not as a fake day. A long timeline is one virtual list of month headings and events
 * (shell/VirtualList.tsx), a short one a list of months, each with its list of events. A mentioned date's sentence
 * comes from its article's content shard, fetched when the event is drawn.
 */
export function TimelinePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { items, data } = useBundle();
  const [params] = useSearchParams();
  // Only the entity filters apply here (the timeline is itself the date axis); the data worker filters.
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

  const groups = useMemo(() => {
    const byMonth = new Map<string, TimelineEvent[]>();
    for (const event of events ?? []) {
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

  if (!events || !answer) {
    return (
      <section>
        <PageTitle page={t('timeline.title')} />
        <h1 className="mb-1 text-3xl font-bold">{t('timeline.title')}</h1>
        <p role="status" className="text-muted">{t('loading.page')}</p>
      </section>
    );
  }
  const undated = answer.docs.map((doc) => items[doc]!).filter((i) => !i.published);

  return (
    <section>
      <PageTitle page={t('timeline.title')} />
        <h1 className="mb-1 text-3xl font-bold">{t('timeline.title')}</h1>
      <p className="mb-4 text-muted">{t('timeline.intro')}</p>
      <FilterSummary />
      {file && !file.ok && (
        <p role="alert" className="mb-4 rounded border border-accent p-2 text-sm" data-testid="timeline-error">
          {t('timeline.fileError')} <bdi dir="ltr" className="font-mono">{file.file}</bdi>
        </p>
      )}
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

const itemId = (item: ListItem) => item.id;

/** A mentioned date's sentence, from its article's text (fetched with its shard); nothing until it is here. */
function Sentence({ id, sentence }: { id: string; sentence: { start: number; end: number } }) {
  const result = useArticle(id);
  if (!result?.ok) return null;
  return <>«{result.item.content_text.slice(sentence.start, sentence.end).trim()}»</>;
}

/** One event: its date (a span for a month or a year), and its article's title or the sentence that mentions it. */
function EventCard({ event, row }: { event: TimelineEvent; row: ListRow | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { item } = event;
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
          <Sentence id={item.id} sentence={event.sentence!} />
          <span className="block text-sm text-muted">— {item.title}</span>
        </Link>
      )}
    </>
  );
  const data = { 'data-testid': 'timeline-event', 'data-kind': event.kind, 'data-precision': event.precision, 'data-item': item.id };
  // In a virtual list the spacing between cards is the row's own padding (a margin would be outside its measure).
  return row ? (
    <li {...data} className="ps-6 pb-3" {...rowAttributes(row)}>
      <div className={card}>{content}</div>
    </li>
  ) : (
    <li {...data} className={card}>{content}</li>
  );
}

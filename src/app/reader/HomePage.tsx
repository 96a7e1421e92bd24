import { lazy, Suspense, useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { BundleItem, Entity } from '../../core/bundle-schema.ts';
import { monthHistogram } from '../bundle/derive.ts';
import { ENTITY_FILTER_KEYS, filtersToParams, hasFilters, parseFilters, queryOf, readRange, type EntityFilterKey, type Filters } from '../bundle/filters.ts';
import type { ListItem } from '../bundle/load-bundle.ts';
import type { DocList, QueryResult } from '../bundle/collection.ts';
import { useArticle, useQuery } from '../bundle/use-articles.ts';
import { useBundle } from '../bundle/use-bundle.ts';
import { useLibrary } from '../state/use-library.tsx';
import { Highlighted } from '../shell/Highlighted.tsx';
import { SearchForm } from '../shell/SearchForm.tsx';
import { SearchSort } from '../shell/SearchSort.tsx';
import { useSearchResults } from '../shell/use-search-results.ts';
import { ArticleRowView, LeadPending } from '../shell/ArticleRowView.tsx';
import { useFormat } from '../shell/use-format.ts';
import { DateRangePicker } from '../shell/DateRangePicker.tsx';
import { EntityPicker } from '../shell/EntityPicker.tsx';
import { TimelineStrip } from './TimelineStrip.tsx';
import { leadOf } from './lead.ts';
import { rowAttributes, VirtualList, type ListRow } from '../shell/VirtualList.tsx';
import { useListEntry } from '../shell/use-list-entry.ts';
import { useStableHandler } from '../shell/use-stable-handler.ts';
import { PageTitle } from '../shell/PageTitle.tsx';
import { pickerOptionsOf } from '../shell/picker-options.ts';

// Shown only for ?saved=1 and for a range the address could not give as written: off home's critical JavaScript.
const SavedGone = lazy(async () => ({ default: (await import('./SavedGone.tsx')).SavedGone }));
const RangeNotes = lazy(async () => ({ default: (await import('../shell/RangeNotes.tsx')).RangeNotes }));

/** The list's first rows while the collection loads (routes.tsx shows them in the loading view): in this page's chunk. */
export { HeadList } from './HeadList.tsx';

const PICKER_LABEL = { person: 'filters.person', org: 'filters.org', place: 'filters.place' } as const;

/** The people an article mentions most, for the list row (the index lists its entities most mentioned first; as many as a head row names, core's HEAD_PEOPLE). */
function mainPeople(item: ListItem, entityById: Map<string, Entity>, limit = 3): Entity[] {
  const people: Entity[] = [];
  for (const id of item.entities) {
    const entity = entityById.get(id);
    if (entity?.type === 'person') people.push(entity);
    if (people.length === limit) break;
  }
  return people;
}

const idOf = (item: ListItem) => item.id;
/** A row's usual height (title, meta, two lines of lead, people), the same as .article-row's intrinsic size. */
const ROW_HEIGHT = 176;

/** The rows of the answer's articles, in a plain loop (no function call per row: a filter at 100k lists 85,000). */
function rowsOf(docs: DocList, items: readonly ListItem[]): ListItem[] {
  const rows = new Array<ListItem>(docs.length);
  for (let k = 0; k < docs.length; k++) rows[k] = items[docs[k]!]!;
  return rows;
}

/**
 * Where each shown article is in the list, by id (VirtualList indexOfKey), through its row in the index
 * (items[doc].doc === doc): a long list finds the sizes it measured before without a lookup per row. Made at the
 * first question; a list drawn whole never asks.
 */
function positionsOf(shown: readonly ListItem[], itemCount: number, itemById: ReadonlyMap<string, ListItem>): (id: string) => number {
  let at: Int32Array | null = null;
  return (id) => {
    if (at === null) {
      at = new Int32Array(itemCount).fill(-1);
      for (let k = 0; k < shown.length; k++) at[shown[k]!.doc] = k;
    }
    const item = itemById.get(id);
    return item === undefined ? -1 : (at[item.doc] ?? -1);
  };
}

export function HomePage() {
  const { t } = useTranslation();
  const { number } = useFormat();
  const { items, entityById, entityCounts, data, stories, itemById, imported } = useBundle();
  const [params, setParams] = useSearchParams();
  const filters = parseFilters(params);
  // Filtering, search and facets run in the data worker; until it answers a new question nothing is listed, except
  // while one types: the results of the search before stay until the next answer (the list does not blank between
  // keystrokes). A change of any other filter clears them at once, and the first search starts from an empty list.
  const query = queryOf(filters);
  const latest = useQuery(query);
  const searching = latest === null;
  const others = JSON.stringify({ ...query, q: '' });
  const [kept, setKept] = useState<{ answer: QueryResult; others: string; q: string } | null>(null);
  if (latest && kept?.answer !== latest) setKept({ answer: latest, others, q: filters.q.trim() });
  const stale = latest === null && kept !== null && kept.others === others && kept.q !== '' && filters.q.trim() !== '' ? kept : null;
  const answer = latest ?? stale?.answer ?? null;
  /** The query whose results are shown. */
  const shownQ = stale ? stale.q : filters.q.trim();
  const terms = useMemo(() => (answer && answer.terms.length > 0 ? new Set(answer.terms) : undefined), [answer]);
  const { stateOf } = useLibrary();
  const savedOnly = params.get('saved') === '1';
  /** The article with its text when that is here (the library keys records by text), else its row. */
  const refOf = useCallback(
    (item: ListItem): ListItem | BundleItem => {
      const full = data.peek(item.id);
      return full?.ok ? full.item : item;
    },
    [data],
  );
  // "Saved only" asks the library about each row, which knows an article better once its text is here: that list is
  // made again as texts arrive; the others do not depend on them.
  const textsVersion = useSyncExternalStore(data.subscribe, () => (savedOnly ? data.getVersion() : 0), () => 0);
  // Once per answer (a filter of a 100,000-article list answers 85,000 rows): a new array each render would also make
  // the list measure its rows anew. "Saved only" filters them again as the library or the texts change.
  const matching = useMemo(() => (answer ? rowsOf(answer.docs, items) : []), [answer, items]);
  const shown = useMemo(
    () => (savedOnly ? matching.filter((item) => stateOf(refOf(item)).saved) : matching),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- textsVersion: refOf answers anew when it changes
    [matching, savedOnly, savedOnly ? stateOf : null, refOf, textsVersion],
  );
  const indexOfKey = useMemo(() => positionsOf(shown, items.length, itemById), [shown, items.length, itemById]);
  const histogram = useMemo(() => monthHistogram(items), [items]);
  const coverage = useMemo(() => storyCoverage(stories, itemById), [stories, itemById]);
  const months = useMemo(() => histogram.map((bar) => bar.month), [histogram]);
  const rangeNotes = readRange(params).notes;
  useListEntry('article-list');

  const setFilters = (change: Partial<Filters>, saved = savedOnly) => {
    const next = filtersToParams({ ...filters, ...change });
    if (saved) next.set('saved', '1');
    setParams(next);
  };
  // Stable, so that the strip and the range picker are not drawn again by a search or a filter that leaves them as they are.
  const onRange = useStableHandler((from: string | null, to: string | null) => setFilters({ from, to }));
  const toggle = (key: EntityFilterKey, id: string) =>
    setFilters({ [key]: filters[key].includes(id) ? filters[key].filter((x) => x !== id) : [...filters[key], id] });

  const pickerOptions = useMemo(() => pickerOptionsOf(entityCounts, entityById), [entityCounts, entityById]);

  return (
    <section>
      <PageTitle page={filters.q.trim() ? t('home.searchTitle', { query: filters.q.trim() }) : t('home.title')} />
      <h1 className="mb-1 text-3xl font-bold">{t('home.title')}</h1>
      <SearchForm />
      <TimelineStrip histogram={histogram} from={filters.from} to={filters.to} onRange={onRange} />
      <div className="mb-3 flex flex-wrap items-center gap-2" role="group" aria-label={t('filters.title')}>
        {ENTITY_FILTER_KEYS.map((key) => (
          <EntityPicker key={key} testId={`picker-${key}`} label={t(PICKER_LABEL[key])} options={pickerOptions[key]} selected={filters[key]} onToggle={(id) => toggle(key, id)} />
        ))}
        <DateRangePicker months={months} from={filters.from} to={filters.to} onRange={onRange} />
        <label className="flex items-center gap-1 text-sm">
          <input
            type="checkbox"
            checked={savedOnly}
            data-testid="saved-only"
            onChange={(e) => setFilters({}, e.target.checked)}
          />
          {t('library.savedOnly')}
        </label>
      </div>
      {rangeNotes.length > 0 && (
        <Suspense>
          <RangeNotes notes={rangeNotes} from={filters.from} to={filters.to} />
        </Suspense>
      )}
      {hasFilters(filters) && (
        <ul className="mb-3 flex flex-wrap gap-2" aria-label={t('filters.active')} data-testid="active-filters">
          {ENTITY_FILTER_KEYS.flatMap((key) =>
            filters[key].map((id) => {
              // An id from the address that names nobody here (an old or mistyped link) is said so, not shown raw.
              const name = entityById.get(id)?.name ?? t('filters.unknown');
              return (
                <li key={`${key}:${id}`}>
                  <button type="button" onClick={() => toggle(key, id)} className="rounded-full bg-rule px-3 py-0.5 text-sm" aria-label={t('filters.remove', { name })}>
                    <bdi lang={entityById.has(id) ? 'ar' : undefined}>{name}</bdi> ✕
                  </button>
                </li>
              );
            }),
          )}
          <li>
            <button type="button" onClick={() => setParams(new URLSearchParams())} className="text-sm text-accent underline">{t('filters.clear')}</button>
          </li>
          {/* The timeline takes the names and dates, not the search: with a search alone it would show everything. */}
          {hasFilters({ ...filters, q: '' }) && (
            <li>
              <Link to={`/timeline?${filtersToParams({ ...filters, q: '' }).toString()}`} className="text-sm text-accent underline" data-testid="filtered-timeline">
                {t('filters.onTimeline')}
              </Link>
            </li>
          )}
        </ul>
      )}
      {/* Not over imported articles: every saved bundled article would be listed as gone, with "remove". */}
      {savedOnly && !imported && (
        <Suspense>
          <SavedGone items={items.map(refOf)} />
        </Suspense>
      )}
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <p className="text-muted" role="status" data-testid="result-count" aria-busy={searching || undefined}>
          {searching ? t('home.searching') : answer?.failed !== undefined ? (
            <>
              {t('home.searchFailed')} <bdi dir="ltr">{answer.failed}</bdi>
            </>
          ) : hasFilters(filters) || savedOnly ? t('home.shown', { count: shown.length, formatted: number(shown.length), total: number(items.length) }) : t('home.count', { count: items.length, formatted: number(items.length) })}
        </p>
        {filters.q.trim() !== '' && <SearchSort sort={filters.sort} onSort={(sort) => setFilters({ sort })} />}
      </div>
      {answer === null ? null : items.length === 0 ? (
        <p>{t('home.empty')}</p>
      ) : shown.length === 0 ? (
        <div className="rounded border border-rule p-6 text-center" data-testid="empty-results">
          {/* The query in bidi isolates (FSI…PDI, plain text's <bdi>): a Latin query in Arabic, or the reverse, keeps its place. */}
          <p className="mb-3">{shownQ ? t('home.noResultsFor', { query: `\u2068${shownQ}\u2069` }) : t('home.noResults')}</p>
          <button type="button" onClick={() => setParams(new URLSearchParams())} className="rounded bg-accent px-4 py-2 text-paper">{t('filters.clear')}</button>
        </div>
      ) : (
        <VirtualList
          name="home"
          keepsPlace
          className="divide-y divide-rule"
          testId="article-list"
          items={shown}
          itemKey={idOf}
          indexOfKey={indexOfKey}
          estimateSize={ROW_HEIGHT}
          renderRow={(item, row) => {
            const state = stateOf(refOf(item));
            return <ArticleRow key={item.id} item={item} saved={state.saved} read={state.read} terms={terms} entityById={entityById} story={item.story === null ? null : coverage(item.story)} row={row} />;
          }}
        />
      )}
    </section>
  );
}

/** How many reports a story has and from how many outlets, for the rows of its articles. */
interface StoryReports {
  id: string;
  reports: number;
  outlets: number;
}

/**
 * Each story's reports and outlets, for the rows of its articles (stories of one article are not linked): worked out
 * for a story when a row of it is first drawn, and kept (a row gets the same object each time), rather than for every
 * story of the collection at once — at 100,000 articles that pass over every article was 83 ms of the home page's
 * first render, for the dozen rows on screen.
 */
function storyCoverage(stories: ReturnType<typeof useBundle>['stories'], itemById: ReadonlyMap<string, ListItem>): (id: string) => StoryReports | null {
  const storyById = new Map(stories.map((story) => [story.id, story]));
  const made = new Map<string, StoryReports | null>();
  return (id) => {
    let reports = made.get(id);
    if (reports === undefined) {
      const story = storyById.get(id);
      if (!story || story.item_ids.length < 2) reports = null;
      else {
        const outlets = new Set<string | null>();
        for (const item of story.item_ids) outlets.add(itemById.get(item)?.outlet ?? null);
        reports = { id, reports: story.item_ids.length, outlets: outlets.size };
      }
      made.set(id, reports);
    }
    return reports;
  };
}

interface RowProps {
  item: ListItem;
  saved: boolean;
  read: boolean;
  terms: Set<string> | undefined;
  entityById: Map<string, Entity>;
  story: StoryReports | null;
  row: ListRow | undefined;
}

/**
 * One article of the list. Its content (ArticleRowView's) is drawn again only when its own marks or the search change:
 * not for another row's, nor when the row only moves (a virtual list measuring its rows), as the elements stay the same.
 */
function ArticleRow({ item, saved, read, terms, entityById, story, row }: RowProps) {
  const drawn = useMemo(
    () => ({ people: mainPeople(item, entityById), title: <Highlighted text={item.title} terms={terms} />, lead: <Lead id={item.id} terms={terms} /> }),
    [item, entityById, terms],
  );
  return <ArticleRowView item={item} {...drawn} saved={saved} read={read} story={story} placement={row ? rowAttributes(row) : undefined} />;
}

/**
 * A drawn row's two-line lead — in search results the passage around the best match (core/search/snippet.ts), or the
 * lead when its text has no match — from the article's content shard: fetched when the row is drawn (rows in reading
 * order share shards, so a screenful costs a file or two); an empty two lines while it comes, nothing if it cannot.
 */
function Lead({ id, terms }: { id: string; terms: Set<string> | undefined }) {
  // In the background: a search or an article asked for next goes before a screenful of leads.
  const result = useArticle(id, true);
  const item = result?.ok ? result.item : null;
  const search = useSearchResults(terms !== undefined);
  const passage = useMemo(() => (search && item && terms ? search.snippet(item.content_text, terms) : null), [search, item, terms]);
  // While it comes (or the snippet code), its two lines are kept, so the row does not grow under the reader (or a list's measure).
  if (result === undefined || (terms && !search)) return <LeadPending />;
  if (!item) return null;
  return (
    <p className="mt-1 line-clamp-2 font-naskh text-muted" lang="ar" dir="rtl" data-testid={passage ? 'snippet' : undefined}>
      <Highlighted text={passage ?? leadOf(item)} terms={terms} />
    </p>
  );
}

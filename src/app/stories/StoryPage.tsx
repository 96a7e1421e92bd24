import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ListItem } from '../bundle/load-bundle.ts';
import { useBundle } from '../bundle/use-bundle.ts';
import { ItemMeta } from '../shell/ItemMeta.tsx';
import { NotFound } from '../shell/NotFound.tsx';
import { useFormat } from '../shell/use-format.ts';
import { coverageOf, type Coverage } from './coverage.ts';
import { StorySummary } from './StorySummary.tsx';
import { useComparePairs } from '../bundle/use-compare-pairs.ts';
import { articlePath, comparePath } from '../shell/paths.ts';
import { PageTitle } from '../shell/PageTitle.tsx';
import { addArabicPages } from '../i18n/ar-pages.ts';

addArabicPages();

/** Pairs listed at once; the others behind a disclosure. */
const PAIRS_SHOWN = 8;

/**
 * A story: who covered it and when (a compact bar per outlet, the first and latest report), one "compare" per
 * same-event pair of reports, and its articles on a small timeline.
 */
export function StoryPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const { stories, itemById } = useBundle();
  const story = stories.find((s) => s.id === id);
  const pairs = useComparePairs(story ? [story] : []).get(id) ?? [];
  if (!story) return <NotFound message={t('story.notFound', { id })} />;
  const items = story.item_ids.flatMap((itemId) => itemById.get(itemId) ?? []);
  const days = new Map<string, typeof items>();
  for (const item of items) {
    const key = item.published?.value ?? '';
    days.set(key, [...(days.get(key) ?? []), item]);
  }
  const coverage = coverageOf(items);
  const pairLink = (pair: { a: string; b: string }) => {
    const [a, b] = [itemById.get(pair.a), itemById.get(pair.b)];
    if (!a || !b) return null;
    return (
      <li key={`${pair.a}-${pair.b}`}>
        <Link to={comparePath([pair.a, pair.b])} className="text-accent underline" aria-label={t('story.pairLabel', { a: reportName(a), b: reportName(b) })}>
          <ReportName item={a} /> ⇄ <ReportName item={b} />
        </Link>
        <p className="text-sm text-muted" lang="ar" dir="rtl">
          {a.title} / {b.title}
        </p>
      </li>
    );
  };
  /** "Outlet, date" of a report, as words for a link's label. */
  function reportName(item: ListItem): string {
    return `${item.outlet ?? t('home.unknownOutlet')} · ${item.published ? format.date(item.published) : t('home.undated')}`;
  }
  return (
    <section>
      <p className="text-sm text-muted">{t('story.label', { count: items.length, formatted: format.number(items.length) })}</p>
      <PageTitle page={story.title} />
      <h1 className="mb-6 font-naskh text-3xl font-bold" lang="ar" dir="rtl">{story.title}</h1>
      <CoverageView coverage={coverage} reports={items.length} />
      <StorySummary pairs={pairs} />
      {pairs.length > 0 && (
        <section className="mb-8" data-testid="compare-suggestions">
          <h2 className="mb-2 text-lg font-semibold">{t('story.suggestions')}</h2>
          <ul className="space-y-2">{pairs.slice(0, PAIRS_SHOWN).map(pairLink)}</ul>
          {pairs.length > PAIRS_SHOWN && (
            <details className="mt-2">
              <summary className="cursor-pointer text-accent">{t('story.morePairs', { count: pairs.length - PAIRS_SHOWN, formatted: format.number(pairs.length - PAIRS_SHOWN) })}</summary>
              <ul className="mt-2 space-y-2">{pairs.slice(PAIRS_SHOWN).map(pairLink)}</ul>
            </details>
          )}
        </section>
      )}
      <ol className="relative border-s-2 border-rule" data-testid="story-timeline">
        {[...days.entries()].map(([day, dayItems]) => (
          <li key={day} className="mb-6 ps-6">
            <h2 className="mb-2 font-semibold">{dayItems[0]!.published ? format.date(dayItems[0]!.published) : t('home.undated')}</h2>
            <ul className="space-y-3">
              {dayItems.map((item) => (
                <li key={item.id} data-id={item.id}>
                  <Link to={articlePath(item.id)} className="font-naskh hover:underline" lang="ar" dir="rtl">{item.title}</Link>
                  <ItemMeta item={item} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** An outlet and a date, each in its own script's direction. */
function ReportName({ item }: { item: ListItem }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      {item.outlet ? <bdi lang="ar">{item.outlet}</bdi> : t('home.unknownOutlet')} · {item.published ? format.date(item.published) : t('home.undated')}
    </>
  );
}

/**
 * Who covered the story and when: a line saying how many reports from how many outlets over which days, one row per
 * outlet with a mark for each of its reports on the story's span (the earliest at the reading direction's start),
 * and the first and latest report.
 */
function CoverageView({ coverage, reports }: { coverage: Coverage; reports: number }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { first, latest } = coverage;
  const counts = {
    reports: t('home.reports', { count: reports, formatted: format.number(reports) }),
    outlets: t('home.outlets', { count: coverage.outlets.length, formatted: format.number(coverage.outlets.length) }),
  };
  const span =
    first && latest && first.published && latest.published
      ? first.published.value === latest.published.value
        ? t('story.coverageDay', { ...counts, day: format.date(first.published) })
        : t('story.coverageSpan', { ...counts, from: format.date(first.published), to: format.date(latest.published) })
      : t('story.coverageUndated', counts);
  // The bar is drawn in SVG coordinates, which do not follow the page's direction: mirrored for a right-to-left page.
  const rightToLeft = i18n.dir() === 'rtl';
  const x = (place: number) => (rightToLeft ? 1 - place : place) * 1000;
  return (
    <section className="mb-8" data-testid="coverage" aria-labelledby="coverage-title">
      <h2 id="coverage-title" className="mb-1 text-lg font-semibold">{t('story.coverage')}</h2>
      <p className="mb-3 text-sm text-muted" data-testid="coverage-span">{span}</p>
      <ul className="mb-3 space-y-1">
        {coverage.outlets.map(({ outlet, reports: own }) => (
          <li key={outlet ?? ''} className="flex items-center gap-3 text-sm" data-testid="coverage-outlet">
            <span className="w-36 shrink-0 truncate">{outlet ? <bdi lang="ar">{outlet}</bdi> : t('home.unknownOutlet')}</span>
            <span className="w-20 shrink-0 text-muted">{t('home.reports', { count: own.length, formatted: format.number(own.length) })}</span>
            <svg className="h-4 min-w-0 flex-1 text-accent" viewBox="0 0 1000 16" preserveAspectRatio="none" aria-hidden="true" focusable="false">
              <line x1="0" x2="1000" y1="8" y2="8" stroke="currentColor" strokeOpacity="0.25" vectorEffect="non-scaling-stroke" />
              {own.map((report) => {
                const place = coverage.place(report);
                return place === null ? null : <line key={report.id} data-id={report.id} x1={x(place)} x2={x(place)} y1="1" y2="15" stroke="currentColor" strokeWidth="3" vectorEffect="non-scaling-stroke" />;
              })}
            </svg>
          </li>
        ))}
      </ul>
      {first && latest && (
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          {(
            [
              ['story.firstReport', first, 'first-report'],
              ['story.latestReport', latest, 'latest-report'],
            ] as const
          ).map(([label, item, testId]) => (
            <div key={testId} className="contents" data-testid={testId}>
              <dt className="text-muted">{t(label)}</dt>
              <dd>
                <Link to={articlePath(item.id)} className="block font-naskh hover:underline" lang="ar" dir="rtl">{item.title}</Link>
                <span className="block text-muted"><ReportName item={item} /></span>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { coOccurring, monthHistogram, peakCount } from '../bundle/derive.ts';
import { useArticles } from '../bundle/use-articles.ts';
import { useBundle } from '../bundle/use-bundle.ts';
import { useDerived } from '../bundle/use-derived.ts';
import { ItemMeta } from '../shell/ItemMeta.tsx';
import { NotFound } from '../shell/NotFound.tsx';
import { useFormat } from '../shell/use-format.ts';
import { articlePath, entityPath } from '../shell/paths.ts';
import { rowAttributes, VirtualList } from '../shell/VirtualList.tsx';
import type { ListItem } from '../bundle/load-bundle.ts';
import { PageTitle } from '../shell/PageTitle.tsx';
import { addArabicPages } from '../i18n/ar-pages.ts';

addArabicPages();

const idOf = (item: ListItem) => item.id;
/** A row's usual height: a title line and the meta line. */
const ARTICLE_ROW_HEIGHT = 72;

/** Articles whose texts are searched for the entity's quotes. */
const QUOTED_ARTICLES = 60;

export function EntityPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const { entityById, items } = useBundle();
  const { byEntity } = useDerived();
  const entity = entityById.get(id);
  const mentioning = new Set(byEntity.get(id) ?? []);
  const ordered = items.filter((i) => mentioning.has(i.id));
  // Quotes are in the articles' texts: those of the first articles are fetched (their shards), the rest are not read.
  const { results } = useArticles(ordered.slice(0, QUOTED_ARTICLES).map((i) => i.id));
  if (!entity) return <NotFound message={t('notFound.entity', { id })} />;
  const histogram = monthHistogram(ordered);
  const max = peakCount(histogram);
  const quotes = results.flatMap((result) =>
    result?.ok ? result.item._riwaya.quotes.filter((q) => q.speaker === id).map((q) => ({ item: result.item, text: result.item.content_text.slice(q.start, q.end), start: q.start })) : [],
  );
  const people = coOccurring(id, items, entityById, 'person');
  const places = coOccurring(id, items, entityById, 'place');

  return (
    <section>
      <p className="text-sm text-muted">{t(`entities.type.${entity.type}`)}</p>
      <PageTitle page={entity.name} />
      <h1 className="mb-4 text-3xl font-bold"><bdi lang="ar">{entity.name}</bdi></h1>
      <h2 className="mt-4 text-lg font-semibold">{t('entities.aliases')}</h2>
      <ul className="mt-1 flex flex-wrap gap-2" data-testid="aliases">
        {entity.aliases.map((alias) => (
          <li key={alias} lang="ar" className="rounded bg-rule px-2 py-0.5"><bdi>{alias}</bdi></li>
        ))}
      </ul>

      {histogram.length > 0 && (
        <figure className="mt-6">
          <figcaption className="text-lg font-semibold">{t('entities.overTime')}</figcaption>
          <ol className="mt-2 flex h-24 items-end gap-px" data-testid="mentions-chart">
            {histogram.map((h) => (
              <li key={h.month} className="flex h-full min-w-0 flex-1 flex-col justify-end" title={`${format.month(h.month)}: ${format.number(h.count)}`}>
                <span className="sr-only">{t('filters.monthBar', { month: format.month(h.month), count: h.count, formatted: format.number(h.count) })}</span>
                <span aria-hidden="true" className="block w-full rounded-t bg-accent" style={{ height: `${h.count === 0 ? 2 : 10 + (h.count / max) * 90}%` }} />
              </li>
            ))}
          </ol>
          {/* The chart's range under its ends (its bars fill the width, so the ends are the first and last months). */}
          <p className="mt-1 flex justify-between text-xs text-muted" aria-hidden="true" data-testid="mentions-chart-range">
            <span>{format.month(histogram[0]!.month)}</span>
            {histogram.length > 1 && <span>{format.month(histogram.at(-1)!.month)}</span>}
          </p>
        </figure>
      )}

      <div className="mt-6 grid gap-8 md:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <section>
          <h2 className="text-lg font-semibold">{t('entities.articles', { count: ordered.length, formatted: format.number(ordered.length) })}</h2>
          {/* A name in most articles of a large archive lists tens of thousands: only the rows near the viewport are drawn. */}
          <VirtualList
            name="entity-articles"
            as="ul"
            className="divide-y divide-rule"
            testId="entity-articles"
            items={ordered}
            itemKey={idOf}
            estimateSize={ARTICLE_ROW_HEIGHT}
            renderRow={(item, row) => (
              <li key={item.id} className="py-2" data-id={item.id} {...rowAttributes(row)}>
                <Link to={articlePath(item.id)} className="font-naskh hover:underline" lang="ar" dir="rtl">{item.title}</Link>
                <ItemMeta item={item} />
              </li>
            )}
          />
          {quotes.length > 0 && (
            <>
              <h2 className="mt-6 text-lg font-semibold">{t('entities.quotes')}</h2>
              <ul className="space-y-3" data-testid="quotes">
                {quotes.map((q) => (
                  <li key={`${q.item.id}-${q.start}`}>
                    <blockquote className="border-s-4 border-accent ps-3 font-naskh" lang="ar" dir="rtl">{q.text}</blockquote>
                    <Link to={`${articlePath(q.item.id)}?at=${q.start}`} className="text-sm text-muted hover:underline" lang="ar" dir="rtl">— {q.item.title}</Link>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
        <aside className="space-y-6" aria-label={t('entities.together')}>
          {[{ key: 'entities.withPeople', list: people }, { key: 'entities.withPlaces', list: places }].map(({ key, list }) =>
            list.length === 0 ? null : (
              <section key={key}>
                <h2 className="text-lg font-semibold">{t(key as 'entities.withPeople')}</h2>
                <ul>
                  {list.map(({ entity: other, count }) => (
                    <li key={other.id}>
                      <Link to={entityPath(other.id)} className="hover:underline"><bdi lang="ar">{other.name}</bdi></Link> <span className="text-sm text-muted">({format.number(count)})</span>
                    </li>
                  ))}
                </ul>
              </section>
            ),
          )}
        </aside>
      </div>
    </section>
  );
}

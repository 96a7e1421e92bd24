import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useBundle } from '../bundle/use-bundle.ts';
import { ItemMeta } from '../shell/ItemMeta.tsx';
import { NotFound } from '../shell/NotFound.tsx';
import { useFormat } from '../shell/use-format.ts';
import { useComparePairs } from './use-compare-pairs.ts';
import { articlePath, comparePath } from '../shell/paths.ts';
import { PageTitle } from '../shell/PageTitle.tsx';


/** A story: its articles on a small timeline with their outlets, and one-click comparison of any two. */
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
  return (
    <section>
      <p className="text-sm text-muted">{t('story.label', { count: items.length, formatted: format.number(items.length) })}</p>
      <PageTitle page={story.title} />
      <h1 className="mb-6 font-naskh text-3xl font-bold" lang="ar" dir="rtl">{story.title}</h1>
      {pairs.length > 0 && (
        <section className="mb-8" data-testid="compare-suggestions">
          <h2 className="mb-2 text-lg font-semibold">{t('story.suggestions')}</h2>
          <ul className="space-y-2">
            {pairs.slice(0, 8).map((pair) => (
              <li key={`${pair.a}-${pair.b}`}>
                <Link to={comparePath([pair.a, pair.b])} className="text-accent underline">
                  <bdi lang="ar">{itemById.get(pair.a)?.outlet ?? pair.a}</bdi> ⇄ <bdi lang="ar">{itemById.get(pair.b)?.outlet ?? pair.b}</bdi>
                </Link>{' '}
                <span className="text-sm text-muted" lang="ar" dir="rtl">— {itemById.get(pair.a)?.title}</span>
              </li>
            ))}
          </ul>
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
                  <p className="text-sm">
                    {items
                      .filter((other) => other.id !== item.id)
                      .slice(0, 6)
                      .map((other) => (
                        <Link key={other.id} to={comparePath([item.id, other.id])} className="me-3 text-accent underline" aria-label={t('story.compareWithNamed', { title: other.title })}>
                          {t('story.compareWith')} <bdi lang="ar">{other.outlet ?? other.id}</bdi>
                        </Link>
                      ))}
                  </p>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}

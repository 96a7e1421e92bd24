import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { currentHead, subscribeHead } from '../bundle/head.ts';
import { publishedOf, type ListItem } from '../bundle/load-bundle.ts';
import type { Head } from '../bundle/open-bundle.ts';
import { useLibrary } from '../state/use-library.tsx';
import { ArticleRowView, LeadPending } from '../shell/ArticleRowView.tsx';
import { useFormat } from '../shell/use-format.ts';

function itemOf(row: Head['rows'][number], doc: number): ListItem {
  return { doc, id: row.id, title: row.title, outlet: row.outlet, published: publishedOf(row.published), entities: row.people.map((p) => p.id), story: null };
}

/**
 * The home list's first rows while the rest of the collection loads, once the bundle's entry has given them (nothing
 * before, nor for an entry without them): drawn as the list draws them (their leads come with the list), so a large
 * archive shows its newest articles before its index is read. Links work already.
 */
export function HeadList() {
  const head = useSyncExternalStore(subscribeHead, currentHead, () => null);
  const { t } = useTranslation();
  const { number } = useFormat();
  const { stateOf } = useLibrary();
  if (head === null || head.rows.length === 0) return null;
  return (
    <section data-testid="head-list">
      <p className="mb-2 text-muted">{t('home.count', { count: head.articles, formatted: number(head.articles) })}</p>
      <ul className="divide-y divide-rule">
        {head.rows.map((row, doc) => {
          const item = itemOf(row, doc);
          const state = stateOf(item);
          return <ArticleRowView key={row.id} item={item} people={row.people} title={row.title} saved={state.saved} read={state.read} lead={<LeadPending />} />;
        })}
      </ul>
    </section>
  );
}

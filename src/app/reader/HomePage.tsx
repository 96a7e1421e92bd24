import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useBundle } from '../bundle/use-bundle.ts';
import { ItemMeta } from '../shell/ItemMeta.tsx';

export function HomePage() {
  const { t } = useTranslation();
  const { items } = useBundle();
  return (
    <section>
      <h1 className="mb-1 text-3xl font-bold">{t('home.title')}</h1>
      <p className="mb-6 text-muted">{t('home.count', { count: items.length })}</p>
      {items.length === 0 ? (
        <p>{t('home.empty')}</p>
      ) : (
        <ol className="divide-y divide-rule" data-testid="article-list">
          {items.map((item) => (
            <li key={item.id} className="py-4" data-testid="article-row">
              <h2 className="text-xl font-semibold leading-snug" dir="auto">
                <Link to={`/article/${encodeURIComponent(item.id)}`} className="hover:underline">
                  {item.title}
                </Link>
              </h2>
              <ItemMeta item={item} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useBundle } from '../bundle/use-bundle.ts';
import { ItemMeta } from '../shell/ItemMeta.tsx';
import { NotFound } from '../shell/NotFound.tsx';

export function EntityPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { entityById, items } = useBundle();
  const entity = entityById.get(id);
  if (!entity) return <NotFound message={t('notFound.entity', { id })} />;
  const mentioning = items.filter((item) => item._riwaya.mentions.some((m) => m.entity === id));
  return (
    <section>
      <h1 className="mb-2 text-3xl font-bold"><bdi>{entity.name}</bdi></h1>
      <h2 className="mt-4 text-lg font-semibold">{t('entities.aliases')}</h2>
      <ul className="flex flex-wrap gap-2" data-testid="aliases">
        {entity.aliases.map((alias) => (
          <li key={alias} className="rounded bg-rule px-2 py-0.5"><bdi>{alias}</bdi></li>
        ))}
      </ul>
      <h2 className="mt-6 text-lg font-semibold">{t('entities.articles')}</h2>
      <ul className="divide-y divide-rule">
        {mentioning.map((item) => (
          <li key={item.id} className="py-2">
            <Link to={`/article/${encodeURIComponent(item.id)}`} className="hover:underline" dir="auto">{item.title}</Link>
            <ItemMeta item={item} />
          </li>
        ))}
      </ul>
    </section>
  );
}

import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useBundle } from '../bundle/use-bundle.ts';
import { ItemMeta } from '../shell/ItemMeta.tsx';
import { NotFound } from '../shell/NotFound.tsx';
import { RemovedDisclosure } from './RemovedDisclosure.tsx';
import { splitParagraphs } from './paragraphs.ts';

export function ArticlePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { itemById } = useBundle();
  const item = itemById.get(id);
  if (!item) return <NotFound message={t('notFound.article', { id })} />;
  return (
    <article lang="ar" dir="rtl" className="mx-auto max-w-[68ch]" data-testid="article">
      <p className="mb-4 text-sm">
        <Link to="/" className="text-accent underline">{t('article.back')}</Link>
      </p>
      <h1 className="mb-2 font-naskh text-3xl font-bold leading-snug">{item.title}</h1>
      <ItemMeta item={item} />
      {item._riwaya.title_source === 'derived' && <p className="text-xs text-muted">{t('article.titleDerived')}</p>}
      <div className="article-body mt-6 font-naskh text-lg leading-[1.8]">
        {splitParagraphs(item).map((p) =>
          p.heading ? (
            <h2 key={p.start} className="mb-3 mt-6 text-xl font-bold">{p.text}</h2>
          ) : (
            <p key={p.start} className="mb-4">{p.text}</p>
          ),
        )}
      </div>
      <RemovedDisclosure item={item} />
    </article>
  );
}

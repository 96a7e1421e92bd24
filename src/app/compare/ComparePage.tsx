import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useBundle } from '../bundle/use-bundle.ts';
import { ItemMeta } from '../shell/ItemMeta.tsx';
import { splitParagraphs } from '../reader/paragraphs.ts';

/** Side by side, first article at the start (the right in Arabic). Sentence alignment comes with the compare issue. */
export function ComparePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const { itemById } = useBundle();
  const chosen = (params.get('ids') ?? '').split(',').filter(Boolean).slice(0, 3).flatMap((id) => itemById.get(id) ?? []);
  return (
    <section>
      <h1 className="mb-6 text-3xl font-bold">{t('compare.title')}</h1>
      {chosen.length < 2 ? (
        <p>{t('compare.empty')}</p>
      ) : (
        <div className="grid gap-6 md:grid-cols-[repeat(auto-fit,minmax(0,1fr))]">
          {chosen.map((item) => (
            <article key={item.id} lang="ar" dir="rtl" className="font-naskh leading-[1.8]">
              <h2 className="text-xl font-bold"><Link to={`/article/${encodeURIComponent(item.id)}`}>{item.title}</Link></h2>
              <ItemMeta item={item} />
              {splitParagraphs(item).map((p) => <p key={p.start} className="mt-3">{p.text}</p>)}
            </article>
          ))}
        </div>
      )}
    </section>
  );
}

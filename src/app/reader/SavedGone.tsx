import { useTranslation } from 'react-i18next';
import { useFormat } from '../shell/use-format.ts';
import { savedGone, type ArticleRef } from '../state/article-key.ts';
import { useLibrary } from '../state/use-library.tsx';

/**
 * In the Saved list: saved articles that are no longer in the bundle (removed, or their text changed under the same
 * id) are named instead of vanishing, each with a way to let it go. Titles are bundle text: rendered as text.
 */
export function SavedGone({ items }: { items: readonly ArticleRef[] }) {
  const { t } = useTranslation();
  const { number } = useFormat();
  const { states, changeRecord } = useLibrary();
  const gone = savedGone(states, items);
  if (gone.length === 0) return null;
  return (
    <section className="mb-4 rounded border border-rule p-4" data-testid="saved-gone" aria-labelledby="saved-gone-title">
      <h2 id="saved-gone-title" className="mb-2 font-semibold">{t('library.gone', { count: gone.length, formatted: number(gone.length) })}</h2>
      <ul className="space-y-2">
        {gone.map((state) => (
          <li key={state.id} className="flex flex-wrap items-center gap-x-3 gap-y-1" data-testid="saved-gone-item">
            <bdi lang="ar" dir="auto" className="font-naskh">{state.title ?? state.article ?? state.id}</bdi>
            <button type="button" onClick={() => changeRecord(state.id, { saved: false })} className="rounded border border-rule px-2 py-0.5 text-sm hover:bg-rule">
              {t('library.forget')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

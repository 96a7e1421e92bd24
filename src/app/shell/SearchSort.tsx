import { useTranslation } from 'react-i18next';
import type { QuerySort } from '../bundle/collection.ts';

/** The order of a search's results: most relevant first (the default) or newest first (`sort=date` in the URL). */
export function SearchSort({ sort, onSort }: { sort: QuerySort; onSort: (sort: QuerySort) => void }) {
  const { t } = useTranslation();
  return (
    <label className="flex items-center gap-1 text-sm">
      {t('search.sort')}
      <select value={sort} onChange={(e) => onSort(e.target.value === 'date' ? 'date' : 'relevance')} className="rounded border border-rule bg-paper px-1" data-testid="search-sort">
        <option value="relevance">{t('search.relevance')}</option>
        <option value="date">{t('search.newest')}</option>
      </select>
    </label>
  );
}

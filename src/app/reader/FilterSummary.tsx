import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ENTITY_FILTER_KEYS, parseFilters } from '../bundle/filters.ts';
import { useBundle } from '../bundle/use-bundle.ts';

/** On pages other than home: which entity filters apply, with a link to change them on the home page. */
export function FilterSummary() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const { entityById } = useBundle();
  const filters = parseFilters(params);
  const ids = ENTITY_FILTER_KEYS.flatMap((key) => filters[key]);
  if (ids.length === 0) {
    return <p className="mb-4 text-sm">{t('timeline.filterHint')} <Link to="/" className="text-accent underline">{t('nav.home')}</Link></p>;
  }
  return (
    <p className="mb-4 text-sm" data-testid="filter-summary">
      {t('filters.active')}: {ids.map((id) => <bdi key={id} lang="ar" className="me-2 rounded bg-rule px-2">{entityById.get(id)?.name ?? id}</bdi>)}
      <Link to={`/?${params.toString()}`} className="text-accent underline">{t('filters.change')}</Link>
    </p>
  );
}

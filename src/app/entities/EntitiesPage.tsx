import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { EntityType } from '../../core/bundle-schema.ts';
import { matchKey } from '../../core/normalize.ts';
import { useBundle } from '../bundle/use-bundle.ts';
import { useFormat } from '../shell/use-format.ts';
import { entityPath } from '../shell/paths.ts';

const TYPES: EntityType[] = ['person', 'organization', 'place', 'other'];

/** Directory of people, organizations and places, each with the number of articles that mention it. */
export function EntitiesPage() {
  const { t } = useTranslation();
  const { number } = useFormat();
  const { entities: all, entityCounts } = useBundle();
  const [filter, setFilter] = useState('');
  const key = matchKey(filter.trim());
  const entities = all.filter((e) => !key || e.aliases.some((a) => matchKey(a).includes(key)));
  const count = (id: string) => entityCounts.get(id) ?? 0;
  return (
    <section>
      <h1 className="mb-4 text-3xl font-bold">{t('entities.title')}</h1>
      <label className="mb-6 block">
        <span className="sr-only">{t('entities.filter')}</span>
        <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder={t('entities.filter')} className="w-full max-w-md rounded border border-rule bg-paper px-3 py-2" />
      </label>
      {all.length === 0 ? <p>{t('entities.empty')}</p> : entities.length === 0 && <p>{t('filters.noMatch')}</p>}
      {TYPES.map((type) => {
        const ofType = entities.filter((e) => e.type === type).sort((a, b) => count(b.id) - count(a.id) || a.name.localeCompare(b.name, 'ar'));
        if (ofType.length === 0) return null;
        return (
          <section key={type} className="mb-6" data-testid={`entities-${type}`}>
            <h2 className="mb-2 text-xl font-semibold">{t(`entities.${type}`)} <span className="text-base text-muted">({number(ofType.length)})</span></h2>
            <ul className="flex flex-wrap gap-2">
              {ofType.map((e) => (
                <li key={e.id}>
                  <Link to={entityPath(e.id)} className="inline-block rounded border border-rule px-2 py-1 hover:bg-rule">
                    <bdi lang="ar">{e.name}</bdi> <span className="text-sm text-muted">({number(count(e.id))})</span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}

import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Entity, EntityType } from '../../core/bundle-schema.ts';
import { matchKey } from '../../core/normalize.ts';
import { useBundle } from '../bundle/use-bundle.ts';
import { useFormat } from '../shell/use-format.ts';
import { nameFilter } from '../shell/name-filter.ts';
import { entityPath } from '../shell/paths.ts';
import { rowAttributes, VirtualList, VIRTUALIZE_ABOVE } from '../shell/VirtualList.tsx';
import { PageTitle } from '../shell/PageTitle.tsx';
import { addArabicPages } from '../i18n/ar-pages.ts';

addArabicPages();

const TYPES: EntityType[] = ['person', 'organization', 'place', 'other'];
const entityId = (entity: Entity) => entity.id;
/** One entity per line in a long directory. */
const ROW_HEIGHT = 40;

/**
 * Directory of people, organizations and places, each with the number of articles that mention it. A type with many
 * entities is a virtual list, one entity a line (shell/VirtualList.tsx); a short one wraps them as chips.
 */
export function EntitiesPage() {
  const { t } = useTranslation();
  const { number } = useFormat();
  const { entities: all, entityCounts } = useBundle();
  const [filter, setFilter] = useState('');
  const matcher = nameFilter(filter);
  const count = (id: string) => entityCounts.get(id) ?? 0;
  // Each type by article count, then by name: once per bundle, with one collator (not one per comparison).
  const byType = useMemo(() => {
    const collator = new Intl.Collator('ar');
    const articles = (id: string) => entityCounts.get(id) ?? 0;
    const sorted = [...all].sort((a, b) => articles(b.id) - articles(a.id) || collator.compare(a.name, b.name));
    return new Map(TYPES.map((type) => [type, sorted.filter((e) => e.type === type)]));
  }, [all, entityCounts]);
  // Matching keys of every alias, once per bundle rather than once per key stroke.
  const aliasKeys = useMemo(() => new Map(all.map((e) => [e.id, e.aliases.map(matchKey)])), [all]);
  const matches = (e: Entity) => matcher === null || matcher(e.aliases, aliasKeys.get(e.id));
  const shown = TYPES.map((type) => [type, (byType.get(type) ?? []).filter(matches)] as const);
  return (
    <section>
      <PageTitle page={t('entities.title')} />
      <h1 className="mb-4 text-3xl font-bold">{t('entities.title')}</h1>
      <label className="mb-6 block">
        <span className="sr-only">{t('entities.filter')}</span>
        <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder={t('entities.filter')} className="w-full max-w-md rounded border border-rule bg-paper px-3 py-2" />
      </label>
      {all.length === 0 ? <p>{t('entities.empty')}</p> : shown.every(([, ofType]) => ofType.length === 0) && <p>{t('filters.noMatch')}</p>}
      {shown.map(([type, ofType]) => {
        if (ofType.length === 0) return null;
        return (
          <section key={type} className="mb-6" data-testid={`entities-${type}`}>
            <h2 className="mb-2 text-xl font-semibold">{t(`entities.${type}`)} <span className="text-base text-muted">({number(ofType.length)})</span></h2>
            <VirtualList
              name={`entities-${type}`}
              as="ul"
              className={ofType.length > VIRTUALIZE_ABOVE ? undefined : 'flex flex-wrap gap-2'}
              items={ofType}
              itemKey={entityId}
              estimateSize={ROW_HEIGHT}
              renderRow={(e, row) => (
                <li key={e.id} className={row ? 'py-1' : undefined} {...rowAttributes(row)}>
                  <Link to={entityPath(e.id)} className="inline-block rounded border border-rule px-2 py-1 hover:bg-rule">
                    <bdi lang="ar">{e.name}</bdi> <span className="text-sm text-muted">({number(count(e.id))})</span>
                  </Link>
                </li>
              )}
            />
          </section>
        );
      })}
    </section>
  );
}

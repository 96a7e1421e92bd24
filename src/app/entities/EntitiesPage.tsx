import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { EntityType } from '../../core/bundle-schema.ts';
import { useBundle } from '../bundle/use-bundle.ts';

const TYPES: EntityType[] = ['person', 'organization', 'place', 'other'];

export function EntitiesPage() {
  const { t } = useTranslation();
  const { bundle } = useBundle();
  const entities = bundle._riwaya.entities;
  const counts = new Map<string, number>();
  for (const item of bundle.items) for (const id of new Set(item._riwaya.mentions.map((m) => m.entity))) counts.set(id, (counts.get(id) ?? 0) + 1);
  return (
    <section>
      <h1 className="mb-6 text-3xl font-bold">{t('entities.title')}</h1>
      {entities.length === 0 && <p>{t('entities.empty')}</p>}
      {TYPES.map((type) => {
        const ofType = entities.filter((e) => e.type === type).sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0));
        if (ofType.length === 0) return null;
        return (
          <section key={type} className="mb-6">
            <h2 className="mb-2 text-xl font-semibold">{t(`entities.${type}`)}</h2>
            <ul className="flex flex-wrap gap-2">
              {ofType.map((e) => (
                <li key={e.id}>
                  <Link to={`/entity/${encodeURIComponent(e.id)}`} className="inline-block rounded border border-rule px-2 py-1 hover:bg-rule">
                    <bdi>{e.name}</bdi> <span className="text-sm text-muted">({counts.get(e.id) ?? 0})</span>
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

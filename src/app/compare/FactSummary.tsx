import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { BundleItem } from '../../core/bundle-schema.ts';
import type { FactDifferences, FactRow } from '../../core/align/facts.ts';
import { useBundle } from '../bundle/use-bundle.ts';
import { useFormat } from '../shell/use-format.ts';
import { entityPath } from '../shell/paths.ts';

/** The summary bar: shared entities, what only one article names, and numbers or quotes that differ. */
export function FactSummary({ items, facts }: { items: BundleItem[]; facts: FactDifferences }) {
  const { t } = useTranslation();
  const { entityById } = useBundle();
  const { number } = useFormat();
  const entities = facts.rows.filter((r) => r.kind === 'entity');
  const shared = entities.filter((r) => r.status === 'shared');
  const differs = facts.rows.filter((r) => r.status === 'differs' && (r.kind === 'number' || r.kind === 'quote'));
  const label = (row: FactRow) => {
    if (row.kind === 'entity') return entityById.get(row.key)?.name ?? row.key;
    const first = row.occurrences[0]!;
    return items[first.article]!.content_text.slice(first.start, first.end);
  };
  const chip = (row: FactRow) =>
    row.kind === 'entity' ? (
      <Link key={row.key} to={entityPath(row.key)} className="rounded bg-rule px-2 py-0.5 text-sm hover:underline"><bdi lang="ar">{label(row)}</bdi></Link>
    ) : (
      <span key={`${row.kind}-${row.key}`} className="rounded bg-rule px-2 py-0.5 text-sm"><bdi lang="ar">{label(row)}</bdi></span>
    );
  return (
    <div className="rounded border border-rule p-3" data-testid="fact-summary">
      <p className="mb-2 text-sm" data-testid="shared-entities">
        <span className="font-semibold">{t('compare.sharedEntities', { count: shared.length, formatted: number(shared.length) })}</span>{' '}
        <span className="inline-flex flex-wrap gap-1">{shared.slice(0, 12).map(chip)}</span>
      </p>
      <div className="grid gap-3" style={{ gridTemplateColumns: `repeat(${items.length}, minmax(0, 1fr))` }}>
        {items.map((item, k) => {
          const only = facts.rows.filter((r) => r.status === 'only' && r.presentIn[k] && r.presentIn.filter(Boolean).length === 1 && r.kind !== 'quote');
          return (
            <div key={item.id} data-testid={`only-in-${k}`}>
              <p className="text-sm font-semibold">
                {t('compare.onlyIn', { outlet: item._riwaya.outlet ?? t('compare.article', { n: k + 1 }) })} ({number(only.length)})
              </p>
              <div className="mt-1 flex flex-wrap gap-1">{only.slice(0, 10).map(chip)}</div>
            </div>
          );
        })}
      </div>
      {differs.length > 0 && (
        <div className="mt-3 text-sm" data-testid="differs">
          <p className="font-semibold">{t('compare.differs', { count: differs.length, formatted: number(differs.length) })}</p>
          <ul className="mt-1 space-y-1">
            {differs.slice(0, 8).map((row) => (
              <li key={`${row.kind}-${row.key}`} lang="ar" dir="rtl">
                {row.occurrences.map((o, i) => (
                  <span key={i} className="me-3">
                    <bdi>{items[o.article]!._riwaya.outlet ?? `#${o.article + 1}`}</bdi>: «{items[o.article]!.content_text.slice(o.start, o.end)}»
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

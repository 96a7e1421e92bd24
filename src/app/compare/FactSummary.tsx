import { useTranslation } from 'react-i18next';
import type { BundleItem } from '../../core/bundle-schema.ts';
import type { FactDifferences, FactRow } from '../../core/align/facts.ts';
import { isListedFact, sharedFacts } from '../../core/align/report-facts.ts';
import { FactChip } from '../shell/FactChip.tsx';
import { isolate } from '../shell/isolate.ts';
import { useFormat } from '../shell/use-format.ts';

/**
 * The facts panel: what every report states (people and places, counts, dates), what only one outlet gives, and the
 * numbers and quotes that really disagree (core/align/facts.ts: the same quantity or the same speaker, in
 * sentences the alignment pairs, with another value or other words).
 */
export function FactSummary({ items, facts }: { items: BundleItem[]; facts: FactDifferences }) {
  const { t } = useTranslation();
  const { number } = useFormat();
  const { entities: sharedEntities, others: sharedOthers } = sharedFacts(facts);
  const shared = [...sharedEntities, ...sharedOthers];
  const outletOf = (k: number) => items[k]!._riwaya.outlet ?? t('compare.article', { n: k + 1 });
  const textOf = (article: number, start: number, end: number) => items[article]!.content_text.slice(start, end);
  const texts = items.map((i) => i.content_text);
  const chip = (row: FactRow) => <FactChip key={`${row.kind}-${row.key}`} row={row} texts={texts} />;
  // One line per disagreement: a number row and its counterpart(s) say the same thing twice, so keep the first.
  const seen = new Set<string>();
  const disagreements = facts.rows.filter((r) => {
    if (r.status !== 'differs' || (r.kind !== 'number' && r.kind !== 'quote')) return false;
    if (r.kind === 'number') {
      const values = [r.value!, ...(r.otherValues ?? []).flat()].sort((x, y) => x - y).join(',');
      const key = `${r.unit}:${values}`;
      if (seen.has(key)) return false;
      seen.add(key);
    }
    return true;
  });
  const occurrencesOf = (row: FactRow) => {
    if (row.kind === 'quote' || !row.otherValues) return row.occurrences;
    // A number: its own occurrences, then where the paired sentences give the other values.
    const others = facts.rows.filter((r) => r.kind === 'number' && r.unit === row.unit && r.value !== row.value && row.otherValues!.some((list) => list.includes(r.value!)));
    return [row.occurrences[0]!, ...others.map((r) => r.occurrences.find((o) => row.otherValues![o.article]?.includes(r.value!)) ?? r.occurrences[0]!)];
  };
  return (
    <section className="rounded border border-rule p-3" data-testid="fact-summary" aria-labelledby="facts-heading">
      <h2 id="facts-heading" className="mb-2 text-lg font-semibold">{t('compare.facts')}</h2>
      <div className="mb-3" data-testid="shared-facts">
        <h3 className="text-sm font-semibold">{t('compare.sharedFacts')}</h3>
        {shared.length === 0 ? (
          <p className="text-sm text-muted">{t('compare.noSharedFacts')}</p>
        ) : (
          <>
            <p className="mt-1 text-sm" data-testid="shared-entities">
              <span className="sr-only">{t('compare.sharedEntities', { count: sharedEntities.length, formatted: number(sharedEntities.length) })} </span>
              <span className="inline-flex flex-wrap gap-1">{sharedEntities.slice(0, 12).map(chip)}</span>
            </p>
            <p className="mt-1 inline-flex flex-wrap gap-1">{sharedOthers.slice(0, 8).map(chip)}</p>
          </>
        )}
      </div>
      <div className="grid gap-3 md:[grid-template-columns:var(--columns)]" style={{ '--columns': `repeat(${items.length}, minmax(0, 1fr))` } as React.CSSProperties}>
        {items.map((item, k) => {
          const only = facts.rows.filter((r) => r.status === 'only' && r.presentIn[k] && r.presentIn.filter(Boolean).length === 1 && isListedFact(r));
          return (
            <div key={item.id} data-testid={`only-in-${k}`}>
              <h3 className="text-sm font-semibold">
                {t('compare.onlyIn', { outlet: isolate(outletOf(k)) })} ({number(only.length)})
              </h3>
              {only.length === 0 ? <p className="text-sm text-muted">{t('compare.nothingOnly')}</p> : <div className="mt-1 flex flex-wrap gap-1">{only.slice(0, 10).map(chip)}</div>}
            </div>
          );
        })}
      </div>
      <div className="mt-3 text-sm" data-testid="differs">
        <h3 className="font-semibold">{t('compare.disagree')}</h3>
        {disagreements.length === 0 ? (
          <p className="text-muted">{t('compare.noDisagreement')}</p>
        ) : (
          <ul className="mt-1 space-y-1">
            {disagreements.slice(0, 8).map((row) => (
              <li key={`${row.kind}-${row.key}`} data-disagreement={row.kind} lang="ar" dir="rtl" className="flex flex-wrap gap-x-3">
                {occurrencesOf(row).map((o, i) => (
                  <span key={i}>
                    <bdi>{outletOf(o.article)}</bdi>: «<bdi>{textOf(o.article, o.start, o.end)}</bdi>»
                  </span>
                ))}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

import { useMemo, useRef } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { BundleItem } from '../../core/bundle-schema.ts';
import type { DiffSpan } from '../../core/align/align.ts';
import { useBundle } from '../bundle/use-bundle.ts';
import { ItemMeta } from '../shell/ItemMeta.tsx';
import { ComparePicker } from './ComparePicker.tsx';
import { FactSummary } from './FactSummary.tsx';
import { useComparison } from './use-comparison.ts';
import { articlePath, compareIdsOf, comparePath } from '../shell/paths.ts';

const STATUS_CLASS = {
  shared: 'text-muted',
  partial: '',
  unique: 'rounded bg-amber-100 px-1 dark:bg-amber-950',
} as const;

/** A sentence with the words the other article words differently marked. */
function Sentence({ text, start, diff }: { text: string; start: number; diff: DiffSpan[] | null }) {
  if (!diff) return <>{text}</>;
  const parts: React.ReactNode[] = [];
  let cursor = 0;
  for (const span of diff) {
    if (span.same) continue;
    const from = span.start - start;
    const to = span.end - start;
    if (from < cursor) continue;
    parts.push(text.slice(cursor, from));
    parts.push(<ins key={from} className="bg-amber-100 no-underline dark:bg-amber-900">{text.slice(from, to)}</ins>);
    cursor = to;
  }
  parts.push(text.slice(cursor));
  return <>{parts}</>;
}

/**
 * Two or three articles side by side, sentence by sentence. Columns run in reading order (in RTL the first article is
 * on the right); one grid holds every row, so the columns scroll together. On a phone one source shows at a time,
 * with the alignment kept. Up/Down (or j/k) move between rows.
 */
export function ComparePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const { search } = useLocation();
  const navigate = useNavigate();
  const { itemById } = useBundle();
  let ids = compareIdsOf(search);
  // An address written by URLSearchParams (earlier versions, when the phone column was switched) has the whole
  // list encoded (ids=a%2Cb): read it the old way when the ids read the new way are not articles.
  if (!ids.every((id) => itemById.has(id))) ids = (params.get('ids') ?? '').split(',').filter(Boolean);
  // Keyed on the ids alone: switching the shown column (&show=) must not align the articles again.
  const idsKey = ids.join('\u0000');
  const chosen = useMemo(() => [...new Set(idsKey.split('\u0000'))].flatMap((id) => itemById.get(id) ?? []).slice(0, 3), [idsKey, itemById]);
  if (chosen.length < 2) {
    return (
      <section>
        <h1 className="mb-4 text-3xl font-bold">{t('compare.title')}</h1>
        <p className="mb-6">{t('compare.empty')}</p>
        <ComparePicker initial={chosen.map((i) => i.id)} />
      </section>
    );
  }
  const shownIndex = Math.max(0, Math.min(Math.trunc(Number(params.get('show'))) || 0, chosen.length - 1));
  const chosenIds = chosen.map((item) => item.id);
  return <Comparison items={chosen} shown={shownIndex} onShow={(k) => void navigate(comparePath(chosenIds, k), { replace: true })} />;
}

function Comparison({ items, shown, onShow }: { items: BundleItem[]; shown: number; onShow: (k: number) => void }) {
  const { t } = useTranslation();
  const { alignment, facts, diffs } = useComparison(items);
  const grid = useRef<HTMLDivElement>(null);
  const columns = { gridTemplateColumns: `repeat(${items.length}, minmax(0, 1fr))` };

  const onKeyDown = (event: React.KeyboardEvent) => {
    const forward = event.key === 'ArrowDown' || event.code === 'KeyJ';
    const backward = event.key === 'ArrowUp' || event.code === 'KeyK';
    if (!forward && !backward) return;
    const rows = [...(grid.current?.querySelectorAll<HTMLElement>('[data-row]') ?? [])];
    const current = rows.indexOf(document.activeElement as HTMLElement);
    const next = rows[Math.max(0, Math.min(rows.length - 1, current + (forward ? 1 : -1)))];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  };

  return (
    <section data-testid="comparison">
      <h1 className="mb-4 text-3xl font-bold">{t('compare.title')}</h1>
      <FactSummary items={items} facts={facts} />
      <div role="tablist" aria-label={t('compare.sources')} className="my-4 flex gap-2 md:hidden" data-testid="source-switch">
        {items.map((item, k) => (
          <button key={item.id} role="tab" type="button" aria-selected={k === shown} onClick={() => onShow(k)} className="rounded border border-rule px-3 py-1 text-sm aria-selected:bg-accent aria-selected:text-paper">
            {item._riwaya.outlet ? <bdi lang="ar">{item._riwaya.outlet}</bdi> : t('compare.article', { n: k + 1 })}
          </button>
        ))}
      </div>
      <div ref={grid} onKeyDown={onKeyDown} className="mt-4" data-testid="alignment">
        <div className="sticky top-0 z-10 hidden gap-4 border-b border-rule bg-paper py-2 md:grid" style={columns}>
          {items.map((item) => (
            <div key={item.id} lang="ar" dir="rtl">
              <Link to={articlePath(item.id)} className="font-naskh font-bold hover:underline">{item.title}</Link>
              <ItemMeta item={item} />
            </div>
          ))}
        </div>
        <div className="py-2 md:hidden" lang="ar" dir="rtl">
          <Link to={articlePath(items[shown]!.id)} className="font-naskh font-bold hover:underline">{items[shown]!.title}</Link>
          <ItemMeta item={items[shown]!} />
        </div>
        {alignment.rows.map((row, r) => (
          <div
            key={r}
            data-row={r}
            data-status={row.status}
            tabIndex={0}
            aria-label={t(`compare.row.${row.status}`)}
            className="grid gap-4 border-b border-rule/60 py-2 focus:bg-rule/40"
            style={columns}
          >
            {row.cells.map((cell, k) => {
              const span = cell === null ? null : alignment.sentences[k]![cell]!;
              const hiddenOnPhone = k === shown ? '' : 'max-md:hidden';
              return (
                <div key={k} lang="ar" dir="rtl" className={`font-naskh leading-[1.8] ${hiddenOnPhone} max-md:col-span-full`} data-article={k}>
                  {span ? (
                    <span className={STATUS_CLASS[row.status]} data-sentence-status={row.status}>
                      <Sentence text={items[k]!.content_text.slice(span.start, span.end)} start={span.start} diff={diffs[r]![k] ?? null} />
                    </span>
                  ) : (
                    <span className="text-sm text-muted">—</span>
                  )}
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </section>
  );
}

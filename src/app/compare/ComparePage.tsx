import { useMemo, useRef, useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { BundleItem } from '../../core/bundle-schema.ts';
import type { Span } from '../../core/align/sentences.ts';
import { useArticles } from '../bundle/use-articles.ts';
import { useBundle } from '../bundle/use-bundle.ts';
import { ArticleState } from '../shell/ArticleState.tsx';
import { ItemMeta } from '../shell/ItemMeta.tsx';
import { ComparePicker } from './ComparePicker.tsx';
import { FactSummary } from './FactSummary.tsx';
import { useComparison } from './use-comparison.ts';
import { articlePath, compareIdsOf, comparePath } from '../shell/paths.ts';
import { PageTitle } from '../shell/PageTitle.tsx';
import { useFormat } from '../shell/use-format.ts';
import { addArabicPages } from '../i18n/ar-pages.ts';

addArabicPages();

/** A sentence with the words its partner sentences do not say marked. Text only: never parsed as HTML. */
function SentenceText({ text, start, differing }: { text: string; start: number; differing: Span[] }) {
  const parts: React.ReactNode[] = [];
  let cursor = 0;
  for (const span of differing) {
    const from = span.start - start;
    const to = span.end - start;
    if (from < cursor || to > text.length) continue;
    parts.push(text.slice(cursor, from));
    parts.push(
      <mark key={from} className="rounded-sm bg-amber-100 text-ink dark:bg-amber-900/70" data-differs="">
        {text.slice(from, to)}
      </mark>,
    );
    cursor = to;
  }
  parts.push(text.slice(cursor));
  return <>{parts}</>;
}

/**
 * Two or three articles as continuous columns (core/align/layout.ts): sentences that state the same fact start on
 * one line, each column's other sentences flow on under them, a sentence only one outlet has is marked whole, and
 * inside a pair only the words the partner does not say are highlighted. Columns run in reading order (in RTL the
 * first article is on the right); one grid holds them, so they scroll together. On a phone one source shows at a
 * time. Up/Down (or j/k) move between passages.
 */
export function ComparePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const { search } = useLocation();
  const navigate = useNavigate();
  const { itemById, data } = useBundle();
  let ids = compareIdsOf(search);
  // An address written by URLSearchParams (earlier versions, when the phone column was switched) has the whole
  // list encoded (ids=a%2Cb): read it the old way when the ids read the new way are not articles.
  if (!ids.every((id) => itemById.has(id))) ids = (params.get('ids') ?? '').split(',').filter(Boolean);
  // Keyed on the ids alone: switching the shown column (&show=) must not align the articles again.
  const idsKey = ids.join('\u0000');
  // Ids of the address that are no article of this collection (a link from another collection, a typo): said, not dropped silently.
  const unknown = [...new Set(ids)].filter((id) => !itemById.has(id));
  const unknownNote = unknown.length > 0 && <UnknownIds ids={unknown} />;
  const chosen = useMemo(() => [...new Set(idsKey.split('\u0000'))].flatMap((id) => itemById.get(id) ?? []).slice(0, 3), [idsKey, itemById]);
  // The texts come from the articles' content shards (fetched by the data worker).
  const { results, pending } = useArticles(chosen.length < 2 ? [] : chosen.map((item) => item.id));
  // Only two or three articles are compared: with fewer, no text was asked for (and none may be here).
  const ready = chosen.length >= 2 && !pending && results.every((r) => r?.ok);
  const texts = useMemo(() => (ready ? chosen.map((item) => (data.peek(item.id) as { item: BundleItem }).item) : null), [ready, chosen, data]);
  if (chosen.length < 2) {
    return (
      <section>
        <PageTitle page={t('compare.title')} />
        <h1 className="mb-4 text-3xl font-bold">{t('compare.title')}</h1>
        {unknownNote}
        <p className="mb-6">{t('compare.empty')}</p>
        <ComparePicker initial={chosen.map((i) => i.id)} />
      </section>
    );
  }
  if (!texts) {
    const failed = results.find((r) => r !== undefined && !r.ok);
    return (
      <section>
        <PageTitle page={t('compare.title')} />
        <h1 className="mb-4 text-3xl font-bold">{t('compare.title')}</h1>
        {failed ? (
          <ArticleState result={failed} />
        ) : (
          <p role="status" aria-live="polite" className="text-muted" data-testid="compare-loading">{t('compare.loading')}</p>
        )}
      </section>
    );
  }
  const shownIndex = Math.max(0, Math.min(Math.trunc(Number(params.get('show'))) || 0, chosen.length - 1));
  const chosenIds = chosen.map((item) => item.id);
  return <Comparison items={texts} shown={shownIndex} notice={unknownNote} onShow={(k) => void navigate(comparePath(chosenIds, k), { replace: true })} />;
}

/** Unknown ids named at most: an address may carry any number. */
const UNKNOWN_SHOWN = 10;

/** The address's ids that name no article here, each isolated in <bdi> (an id may be Latin or Arabic). */
function UnknownIds({ ids }: { ids: string[] }) {
  const { t } = useTranslation();
  const { number } = useFormat();
  const shown = ids.slice(0, UNKNOWN_SHOWN);
  return (
    <p role="status" className="mb-4 rounded border border-accent px-3 py-2" data-testid="compare-unknown">
      {t('compare.unknown', { count: ids.length, formatted: number(ids.length) })}{' '}
      {shown.map((id, k) => (
        <span key={id}>
          {k > 0 && t('compare.unknownSeparator')}
          <bdi data-testid="compare-unknown-id">{id}</bdi>
        </span>
      ))}
      {ids.length > shown.length && t('compare.unknownMore', { formatted: number(ids.length - shown.length) })}
    </p>
  );
}

function Comparison({ items, shown, notice, onShow }: { items: BundleItem[]; shown: number; notice: ReactNode; onShow: (k: number) => void }) {
  const { t } = useTranslation();
  const { alignment, layout, facts, differing } = useComparison(items);
  const grid = useRef<HTMLDivElement>(null);
  const columns = { gridTemplateColumns: `repeat(${items.length}, minmax(0, 1fr))` };
  const outletOf = (k: number) => items[k]!._riwaya.outlet ?? t('compare.article', { n: k + 1 });
  const [focused, setFocused] = useState<number | null>(null);

  // One tab stop for the whole comparison; Up/Down (or j/k) move between passages, as they read.
  const onKeyDown = (event: React.KeyboardEvent) => {
    const forward = event.key === 'ArrowDown' || event.code === 'KeyJ';
    const backward = event.key === 'ArrowUp' || event.code === 'KeyK';
    if (!forward && !backward) return;
    const runs = [...(grid.current?.querySelectorAll<HTMLElement>('[data-run]') ?? [])].filter((el) => el.offsetParent !== null);
    const current = runs.indexOf(document.activeElement as HTMLElement);
    const next = runs[Math.max(0, Math.min(runs.length - 1, current + (forward ? 1 : -1)))];
    if (next) {
      event.preventDefault();
      setFocused(Number(next.dataset.run));
      next.focus();
    }
  };
  // The one tab stop: the passage last focused, else the shown article's first (on a phone the others are hidden).
  const tabStop = focused ?? layout.runs.findIndex((run) => run.article === shown);

  return (
    <section data-testid="comparison">
      <PageTitle page={t('compare.title')} />
        <h1 className="mb-4 text-3xl font-bold">{t('compare.title')}</h1>
      {notice}
      <FactSummary items={items} facts={facts} />
      <p className="mt-4 flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted" data-testid="compare-legend">
        <span><mark className="rounded-sm bg-amber-100 px-1 text-ink dark:bg-amber-900/70">{t('compare.legend.wordsSample')}</mark> {t('compare.legend.words')}</span>
        <span><span className="border-s-4 border-amber-500 ps-1" aria-hidden="true" /> {t('compare.legend.unique')}</span>
        <span><span aria-hidden="true">⇅</span> {t('compare.legend.moved')}</span>
      </p>
      <div role="tablist" aria-label={t('compare.sources')} className="my-4 flex gap-2 md:hidden" data-testid="source-switch">
        {items.map((item, k) => (
          <button key={item.id} role="tab" type="button" aria-selected={k === shown} onClick={() => { setFocused(null); onShow(k); }} className="rounded border border-rule px-3 py-1 text-sm aria-selected:bg-accent aria-selected:text-paper">
            {item._riwaya.outlet ? <bdi lang="ar">{item._riwaya.outlet}</bdi> : t('compare.article', { n: k + 1 })}
          </button>
        ))}
      </div>
      <div className="mt-4" data-testid="alignment">
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
        <div ref={grid} onKeyDown={onKeyDown} className="grid grid-cols-1 gap-x-4 md:[grid-template-columns:var(--columns)]" style={{ '--columns': columns.gridTemplateColumns } as React.CSSProperties} data-testid="columns">
          {layout.runs.map((run, index) => {
            const text = items[run.article]!.content_text;
            return (
              <div
                key={`${run.article}-${run.row}`}
                data-run={index}
                data-article={run.article}
                data-row={run.row}
                data-row-span={run.rowSpan}
                data-anchored={run.anchored ? 'true' : 'false'}
                role="group"
                aria-label={t(run.anchored ? 'compare.passage.paired' : 'compare.passage.alone', { outlet: outletOf(run.article) })}
                tabIndex={index === tabStop ? 0 : -1}
                onFocus={() => setFocused(index)}
                lang="ar"
                dir="rtl"
                className={`border-t border-rule/70 py-2 font-naskh leading-[1.8] focus:bg-rule/40 [grid-row:var(--row)] md:[grid-column:var(--column)] ${run.article === shown ? '' : 'max-md:hidden'}`}
                style={{ '--row': `${run.row + 1} / span ${run.rowSpan}`, '--column': String(run.article + 1) } as React.CSSProperties}
              >
                {run.sentences.map((s) => {
                  const span = alignment.sentences[run.article]![s]!;
                  const mark = layout.marks[run.article]![s]!;
                  const partners = layout.partners[run.article]![s]!;
                  const partnerOutlets = [...new Set(partners.map((p) => outletOf(p.article)))].join('، ');
                  return (
                    <p
                      key={s}
                      data-sentence={s}
                      data-mark={mark}
                      className={`mb-2 ${mark === 'unique' ? 'border-s-4 border-amber-500 ps-2' : ''}`}
                    >
                      {mark === 'unique' && <span className="sr-only">{t('compare.mark.unique', { outlet: outletOf(run.article) })} </span>}
                      {mark === 'moved' && (
                        <span className="me-1 text-sm text-muted" title={t('compare.mark.moved', { outlets: partnerOutlets })}>
                          <span aria-hidden="true">⇅</span>
                          <span className="sr-only">{t('compare.mark.moved', { outlets: partnerOutlets })} </span>
                        </span>
                      )}
                      <SentenceText text={text.slice(span.start, span.end)} start={span.start} differing={differing[run.article]![s]!} />
                    </p>
                  );
                })}
              </div>
            );
          })}
        </div>
      </div>
    </section>
  );
}

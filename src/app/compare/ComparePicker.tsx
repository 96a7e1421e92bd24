import { useId, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { matchKey } from '../../core/normalize.ts';
import { useBundle } from '../bundle/use-bundle.ts';
import { useComparePairs } from '../bundle/use-compare-pairs.ts';
import { useFormat } from '../shell/use-format.ts';
import { ItemMeta } from '../shell/ItemMeta.tsx';
import { comparePath, storyPath } from '../shell/paths.ts';

/** Articles the checklist draws at most (the list's order; the title filter finds the others). */
const CHECKLIST_ROWS = 200;

/** Articles a comparison takes at most (its columns). */
const MOST_CHOSEN = 3;

/** Choose what to compare: a suggested same-event pair of a story, or any two or three articles. */
export function ComparePicker({ initial }: { initial: string[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const { stories, items, itemById } = useBundle();
  const pairs = useComparePairs(stories);
  // A story with no same-event pair of outlets offers nothing to compare here: not listed as an empty heading (once the
  // pairs are made; while the texts they need come, the map is empty and the stories are listed).
  const suggested = pairs.size === 0 ? stories : stories.filter((story) => (pairs.get(story.id) ?? []).length > 0);
  const [selected, setSelected] = useState<string[]>(initial);
  const [filter, setFilter] = useState('');
  const key = matchKey(filter.trim());
  const matching = key ? items.filter((i) => matchKey(i.title).includes(key)) : items;
  // A large archive's whole list would be tens of thousands of rows: the first ones, and the filter narrows the rest.
  // An article already chosen (the one "compare with this" came from) is drawn first when it is not among them.
  const first = matching.length > CHECKLIST_ROWS ? matching.slice(0, CHECKLIST_ROWS) : matching;
  const chosenElsewhere = selected.filter((id) => !first.some((item) => item.id === id)).flatMap((id) => itemById.get(id) ?? []);
  const shown = chosenElsewhere.length > 0 ? [...chosenElsewhere, ...first] : first;
  const toggle = (id: string) => setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : s.length >= MOST_CHOSEN ? s : [...s, id]));
  // Walk-through: with three ticked, a fourth box ignored the press and said nothing. Now the others are disabled (their
  // rows still read) and a hint, announced as it appears, says why; each disabled box is described by it.
  const full = selected.length >= MOST_CHOSEN;
  const limitId = useId();
  return (
    <div className="grid gap-8 md:grid-cols-2">
      <section data-testid="story-suggestions">
        <h2 className="mb-2 text-lg font-semibold">{t('compare.fromStories')}</h2>
        {suggested.length === 0 && <p className="text-muted">{t('compare.noStories')}</p>}
        <ul className="space-y-4">
          {suggested.map((story) => (
            <li key={story.id}>
              <Link to={storyPath(story.id)} className="font-naskh font-semibold hover:underline" lang="ar" dir="rtl">{story.title}</Link>
              <ul className="ms-4 text-sm">
                {(pairs.get(story.id) ?? []).slice(0, 3).map((pair) => (
                  <li key={`${pair.a}-${pair.b}`}>
                    <Link to={comparePath([pair.a, pair.b])} className="text-accent underline">
                      <bdi lang="ar">{itemById.get(pair.a)?.outlet ?? pair.a}</bdi> ⇄ <bdi lang="ar">{itemById.get(pair.b)?.outlet ?? pair.b}</bdi>
                      {itemById.get(pair.a)?.published && <> · {format.date(itemById.get(pair.a)!.published!)}</>}
                    </Link>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h2 className="mb-2 text-lg font-semibold">{t('compare.choose')}</h2>
        <label className="mb-2 block">
          <span className="sr-only">{t('compare.filter')}</span>
          <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder={t('compare.filter')} className="w-full rounded border border-rule bg-paper px-3 py-1.5" />
        </label>
        <button type="button" disabled={selected.length < 2} onClick={() => void navigate(comparePath(selected))} className="mb-3 rounded bg-accent px-4 py-1.5 text-paper disabled:opacity-50" data-testid="compare-selected">
          {t('compare.compareSelected', { count: selected.length, formatted: format.number(selected.length) })}
        </button>
        {first.length < matching.length && (
          <p className="mb-2 text-sm text-muted" role="status" data-testid="compare-checklist-more">
            {t('compare.checklistMore', { shown: format.number(first.length), total: format.number(matching.length) })}
          </p>
        )}
        <div role="status">
          {full && (
            <p id={limitId} className="mb-2 text-sm text-muted" data-testid="compare-limit">
              {t('compare.limit')}
            </p>
          )}
        </div>
        <ul className="max-h-[60vh] space-y-1 overflow-y-auto">
          {shown.map((item) => (
            <li key={item.id}>
              <label className="flex items-start gap-2">
                <input
                  type="checkbox"
                  checked={selected.includes(item.id)}
                  disabled={full && !selected.includes(item.id)}
                  aria-describedby={full && !selected.includes(item.id) ? limitId : undefined}
                  onChange={() => toggle(item.id)}
                  className="mt-2 disabled:cursor-not-allowed"
                />
                <span>
                  <span className="font-naskh" lang="ar" dir="rtl">{item.title}</span>
                  {/* Same-event reports are told apart by their outlet and day. */}
                  <ItemMeta item={item} />
                </span>
              </label>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

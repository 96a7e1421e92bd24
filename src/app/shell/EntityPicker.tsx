import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entity } from '../../core/bundle-schema.ts';
import { useSearchResults } from '../search/use-search-results.ts';
import { useFormat } from './use-format.ts';
import { closeDisclosure, useDismiss } from './use-dismiss.ts';

interface Props {
  label: string;
  options: Array<{ entity: Entity; count: number }>;
  selected: string[];
  onToggle: (id: string) => void;
  testId: string;
}

/**
 * A searchable multi-select of entities with the number of articles each appears in. It closes on a choice (the
 * result count under it changes at once), on Escape and on a press outside it; choose again to add another.
 */
export function EntityPicker({ label, options, selected, onToggle, testId }: Props) {
  const { t } = useTranslation();
  const { number } = useFormat();
  const [filter, setFilter] = useState('');
  // The list is built when the picker opens: a closed picker costs no markup (home lists hundreds of names).
  const [open, setOpen] = useState(false);
  const inputId = useId();
  const details = useRef<HTMLDetailsElement>(null);
  useDismiss(details);
  // The Arabic folding the names are matched with comes with search's text module when a picker first opens (off
  // home's critical JavaScript); until then, a moment, every name is listed.
  const fold = useSearchResults(open);
  const key = fold ? fold.matchKey(filter.trim()) : '';
  const shown = key ? options.filter((o) => o.entity.aliases.some((a) => fold!.matchKey(a).includes(key))) : options;
  return (
    <details
      ref={details}
      className="relative"
      data-testid={testId}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="cursor-pointer rounded border border-rule px-3 py-1.5">
        {label}
        {selected.length > 0 && <span className="ms-1 rounded-full bg-accent px-2 text-sm text-paper">{number(selected.length)}</span>}
      </summary>
      <div className="absolute start-0 z-20 mt-1 w-72 rounded border border-rule bg-paper p-2 shadow-lg">
        <label htmlFor={inputId} className="sr-only">{t('filters.searchIn', { what: label })}</label>
        <input id={inputId} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder={t('filters.searchIn', { what: label })} className="mb-2 w-full rounded border border-rule bg-paper px-2 py-1" />
        {!open ? null : shown.length === 0 ? (
          <p className="p-2 text-sm text-muted">{t('filters.noMatch')}</p>
        ) : (
          <ul className="max-h-64 overflow-y-auto">
            {shown.map(({ entity, count }) => (
              <li key={entity.id}>
                <button type="button" aria-pressed={selected.includes(entity.id)} onClick={() => {
                    onToggle(entity.id);
                    closeDisclosure(details.current);
                  }} className="flex w-full justify-between gap-2 rounded px-2 py-1 text-start hover:bg-rule aria-pressed:font-bold">
                  <bdi lang="ar">{entity.name}</bdi>
                  <span className="text-sm text-muted">{number(count)}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </details>
  );
}

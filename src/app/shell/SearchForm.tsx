import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useBundle } from '../bundle/use-bundle.ts';
import { loadSearchResults } from './use-search-results.ts';
import { takeSearchFocusRequest } from './search-focus.ts';

/** The pause in typing after which the results follow the box. */
export const TYPING_DEBOUNCE_MS = 250;

/** A query of one letter matches half the archive and says nothing yet: while typing it counts as an empty box. */
const tooShort = (value: string) => (value.match(/[\p{L}\p{N}]/gu)?.length ?? 0) < 2;

/**
 * The search box of the home page: the results follow it as one types (after a pause), and Enter commits at once.
 * Each search is one history entry: the first update of a search pushes one, the following updates and Enter replace
 * it, so Back returns to the page before the search rather than through every prefix typed. Other filters are kept;
 * `/` anywhere focuses the box. The result count (a role=status) tells a screen reader what the search found.
 */
export function SearchForm() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const { data } = useBundle();
  const input = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** Whether this search has its history entry already (then it is replaced). */
  const entered = useRef(false);
  const q = params.get('q') ?? '';

  useEffect(() => {
    if (input.current && input.current !== document.activeElement) input.current.value = q;
  }, [q]);
  useEffect(() => () => clearTimeout(timer.current), []);

  // The installed app's "Search" shortcut opens /?focus=search; the `/` key asks from another page.
  const focusRequested = params.get('focus') === 'search';
  useEffect(() => {
    if (focusRequested || takeSearchFocusRequest()) input.current?.focus();
  }, [focusRequested]);

  // The address as it is when a pause ends (the timer's closure would hold an older one).
  const latest = useRef(params);
  useEffect(() => {
    latest.current = params;
  }, [params]);

  const show = (value: string) => {
    clearTimeout(timer.current);
    if (value === (latest.current.get('q') ?? '')) return;
    const next = new URLSearchParams(latest.current);
    if (value) next.set('q', value);
    else {
      next.delete('q');
      next.delete('sort');
    }
    setParams(next, { replace: entered.current });
    entered.current = true;
  };

  return (
    <form
      role="search"
      className="my-4 flex gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        show(input.current?.value.trim() ?? '');
        entered.current = false;
      }}
    >
      <label htmlFor="search-input" className="sr-only">{t('search.label')}</label>
      <input
        ref={input}
        id="search-input"
        type="search"
        defaultValue={q}
        placeholder={t('search.placeholder')}
        className="min-w-0 flex-1 rounded border border-rule bg-paper px-3 py-2"
        data-search-box
        onChange={(event) => {
          const value = event.target.value.trim();
          void loadSearchResults();
          // The worker reads the query's postings during the pause, not after it.
          if (!tooShort(value)) data.prepareSearch(value);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => show(tooShort(value) ? '' : value), TYPING_DEBOUNCE_MS);
        }}
        onBlur={() => {
          entered.current = false;
        }}
      />
      <button type="submit" className="rounded bg-accent px-4 py-2 text-paper">{t('search.submit')}</button>
    </form>
  );
}

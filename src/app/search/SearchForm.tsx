import { useEffect, useRef } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';

/** The search box of the home page. Submitting keeps the other filters; `/` anywhere focuses it. */
export function SearchForm() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const input = useRef<HTMLInputElement>(null);
  const q = params.get('q') ?? '';

  useEffect(() => {
    if (input.current && input.current !== document.activeElement) input.current.value = q;
  }, [q]);

  // The installed app's "Search" shortcut opens /?focus=search.
  const focusRequested = params.get('focus') === 'search';
  useEffect(() => {
    if (focusRequested) input.current?.focus();
  }, [focusRequested]);

  return (
    <form
      role="search"
      className="my-4 flex gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        const next = new URLSearchParams(params);
        const value = input.current?.value.trim() ?? '';
        if (value) next.set('q', value);
        else next.delete('q');
        void navigate({ pathname: '/', search: next.toString() });
      }}
    >
      <label htmlFor="search-input" className="sr-only">{t('search.label')}</label>
      <input ref={input} id="search-input" type="search" defaultValue={q} placeholder={t('search.placeholder')} className="min-w-0 flex-1 rounded border border-rule bg-paper px-3 py-2" data-search-box />
      <button type="submit" className="rounded bg-accent px-4 py-2 text-paper">{t('search.submit')}</button>
    </form>
  );
}

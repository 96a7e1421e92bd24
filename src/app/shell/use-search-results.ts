/**
 * The text work of search results (search-text.ts: core's highlight() and snippet(), with the Arabic clitic analysis
 * they need), loaded with the first search rather than with the home page, whose critical JavaScript has a budget
 * (config/build-pages.ts): the search box starts loading it as one types.
 */
import { useEffect, useState } from 'react';

export type SearchResultsModule = typeof import('./search-text.ts');

let loaded: SearchResultsModule | null = null;
let loading: Promise<SearchResultsModule> | null = null;

export function loadSearchResults(): Promise<SearchResultsModule> {
  loading ??= import('./search-text.ts').then((module) => (loaded = module));
  return loading;
}

/** The module once it is here (null before); asked for only while `wanted`. */
export function useSearchResults(wanted: boolean): SearchResultsModule | null {
  const [module, setModule] = useState(loaded);
  useEffect(() => {
    if (!wanted || module) return;
    let live = true;
    void loadSearchResults().then((m) => {
      if (live) setModule(m);
    });
    return () => {
      live = false;
    };
  }, [wanted, module]);
  return module;
}

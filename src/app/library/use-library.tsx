import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { EMPTY_STATE, loadAll, put, type ArticleState } from './library-store.ts';

interface LibraryValue {
  states: Map<string, ArticleState>;
  /** Set when the last read or write failed: shown to the reader, who keeps reading. */
  error: string | null;
  stateOf: (id: string) => ArticleState;
  change: (id: string, change: Partial<Omit<ArticleState, 'id' | 'updated'>>) => void;
}

const LibraryContext = createContext<LibraryValue | null>(null);

/** Saved articles, read marks and reading positions, kept in memory and written through to IndexedDB. */
export function LibraryProvider({ children }: { children: ReactNode }) {
  const [states, setStates] = useState<Map<string, ArticleState>>(new Map());
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void loadAll().then((result) => {
      if (result.ok) setStates((current) => new Map([...result.value, ...current]));
      else setError(result.reason);
    });
  }, []);

  const change = useCallback<LibraryValue['change']>((id, partial) => {
    setStates((current) => {
      const next: ArticleState = { ...(current.get(id) ?? EMPTY_STATE(id)), ...partial, updated: Date.now() };
      void put(next).then((result) => setError(result.ok ? null : result.reason));
      return new Map(current).set(id, next);
    });
  }, []);

  const value = useMemo<LibraryValue>(() => ({ states, error, stateOf: (id) => states.get(id) ?? EMPTY_STATE(id), change }), [states, error, change]);
  return <LibraryContext.Provider value={value}>{children}</LibraryContext.Provider>;
}

export function useLibrary(): LibraryValue {
  const value = useContext(LibraryContext);
  if (!value) throw new Error('useLibrary outside LibraryProvider');
  return value;
}

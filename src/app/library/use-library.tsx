import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { EMPTY_STATE, loadAll, put, type ArticleState } from './library-store.ts';

interface LibraryValue {
  /** False until IndexedDB has been read (or has failed): nothing is written or restored before that. */
  loaded: boolean;
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
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The latest states (every update goes through here), so a change builds on the stored record, not a stale render.
  const current = useRef(states);

  useEffect(() => {
    void loadAll().then((result) => {
      if (result.ok) {
        // Changes made while loading (none are written before `loaded`, but keep them if any) win over stored ones.
        current.current = new Map([...result.value, ...current.current]);
        setStates(current.current);
      } else setError(result.reason);
      setLoaded(true);
    });
  }, []);

  const change = useCallback<LibraryValue['change']>((id, partial) => {
    const next: ArticleState = { ...(current.current.get(id) ?? EMPTY_STATE(id)), ...partial, updated: Date.now() };
    current.current = new Map(current.current).set(id, next);
    setStates(current.current);
    void put(next).then((result) => setError(result.ok ? null : result.reason));
  }, []);

  const value = useMemo<LibraryValue>(() => ({ loaded, states, error, stateOf: (id) => states.get(id) ?? EMPTY_STATE(id), change }), [loaded, states, error, change]);
  return <LibraryContext.Provider value={value}>{children}</LibraryContext.Provider>;
}

export function useLibrary(): LibraryValue {
  const value = useContext(LibraryContext);
  if (!value) throw new Error('useLibrary outside LibraryProvider');
  return value;
}

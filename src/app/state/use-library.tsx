import { createContext, startTransition, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { articleKey, stateFor, type ArticleRef, type ArticleWithText } from './article-key.ts';
import { EMPTY_STATE, loadAll, put, type ArticleState } from './library-store.ts';

interface LibraryValue {
  /** False until IndexedDB has been read (or has failed): nothing is written or restored before that. */
  loaded: boolean;
  states: Map<string, ArticleState>;
  /** Set when the last read or write failed: shown to the reader, who keeps reading. */
  error: string | null;
  /** An article's state, kept with its content: another article under a reused id does not inherit it. */
  stateOf: (item: ArticleRef) => ArticleState;
  /** Needs the article's text (its key is made from it). */
  change: (item: ArticleWithText, change: StateChange) => void;
  /** Changes a stored record by its key: for an article that is no longer in the bundle. */
  changeRecord: (key: string, change: StateChange) => void;
}

type StateChange = Partial<Pick<ArticleState, 'saved' | 'read' | 'position'>>;

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
      // A transition: every view that shows read or saved marks renders again (home: every row), in slices that
      // leave the page responsive.
      startTransition(() => {
        if (result.ok) {
          // Changes made while loading (none are written before `loaded`, but keep them if any) win over stored ones.
          current.current = new Map([...result.value, ...current.current]);
          setStates(current.current);
        } else setError(result.reason);
        setLoaded(true);
      });
    });
  }, []);

  const write = useCallback((next: ArticleState) => {
    current.current = new Map(current.current).set(next.id, next);
    setStates(current.current);
    void put(next).then((result) => setError(result.ok ? null : result.reason));
  }, []);

  const change = useCallback<LibraryValue['change']>(
    (item, partial) => {
      const key = articleKey(item);
      // A record from before content hashes (under the plain id) is carried over into the keyed one.
      const base = stateFor(current.current, item) ?? EMPTY_STATE(key);
      write({ ...base, ...partial, id: key, article: item.id, title: item.title, updated: Date.now() });
    },
    [write],
  );

  const changeRecord = useCallback<LibraryValue['changeRecord']>(
    (key, partial) => {
      const base = current.current.get(key);
      if (base) write({ ...base, ...partial, updated: Date.now() });
    },
    [write],
  );

  const value = useMemo<LibraryValue>(
    () => ({ loaded, states, error, stateOf: (item) => stateFor(states, item) ?? EMPTY_STATE(item.content_text === undefined ? item.id : articleKey(item as ArticleWithText)), change, changeRecord }),
    [loaded, states, error, change, changeRecord],
  );
  return <LibraryContext.Provider value={value}>{children}</LibraryContext.Provider>;
}

export function useLibrary(): LibraryValue {
  const value = useContext(LibraryContext);
  if (!value) throw new Error('useLibrary outside LibraryProvider');
  return value;
}

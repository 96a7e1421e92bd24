/**
 * What a reader keeps per article — saved, read, reading position — in IndexedDB (via `idb`, a small maintained
 * promise wrapper). Every call reports failure as a value: storage may be unavailable (private mode, quota), and
 * reading must go on regardless.
 */
import type { IDBPDatabase } from 'idb';

export interface ArticleState {
  /**
   * The record's key: `articleId/contentHash` (article-key.ts). Records written before content hashes have the plain
   * article id here and no `article`.
   */
  id: string;
  /** The article's id in the bundle, and its title when the record was last written: to name it once it is gone. */
  article?: string;
  title?: string;
  saved: boolean;
  read: boolean;
  /** Scroll position as a fraction of the article's height, 0–1. */
  position: number;
  updated: number;
}

export type StoreResult<T> = { ok: true; value: T } | { ok: false; reason: string };

const DB_NAME = 'riwaya';
const STORE = 'articles';

/**
 * One connection to an IndexedDB database per page: `idb` is loaded with the first use (after the page shows), not
 * with the page; a failure is not kept (the next call tries again); another tab's upgrade closes it.
 */
export function connection(name: string, version: number, upgrade: (upgrading: IDBPDatabase) => void): () => Promise<IDBPDatabase> {
  let database: Promise<IDBPDatabase> | null = null;
  return () => {
    database ??= import('idb')
      .then(({ openDB }) =>
        openDB(name, version, {
          upgrade,
          blocking() {
            void database?.then((open) => open.close());
            database = null;
          },
        }),
      )
      .catch((error: unknown) => {
        database = null;
        throw error;
      });
    return database;
  };
}

const db = connection(DB_NAME, 1, (upgrading) => {
  upgrading.createObjectStore(STORE, { keyPath: 'id' });
});

/** A storage failure in words: a DOMException's name (QuotaExceededError …) and message. */
function reasonOf(error: unknown): string {
  if (error instanceof DOMException) return `${error.name}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

/** A storage call with its failure as a value. */
export async function attempt<T>(run: () => Promise<T>): Promise<StoreResult<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    return { ok: false, reason: reasonOf(error) };
  }
}

export const EMPTY_STATE = (id: string): ArticleState => ({ id, saved: false, read: false, position: 0, updated: 0 });

export const loadAll = (): Promise<StoreResult<Map<string, ArticleState>>> =>
  attempt(async () => {
    const all = (await (await db()).getAll(STORE)) as ArticleState[];
    return new Map(all.map((s) => [s.id, s]));
  });

export const put = (state: ArticleState): Promise<StoreResult<ArticleState>> =>
  attempt(async () => {
    await (await db()).put(STORE, state);
    return state;
  });

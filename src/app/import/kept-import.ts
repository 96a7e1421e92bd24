/**
 * The reader's last import, kept on this device: its bundle file (the JSON Feed the import made), how many articles,
 * and when, in an IndexedDB database of its own (the library's holds marks per article). A new import replaces it;
 * Delete removes it. Every call reports failure as a value (storage refused, private mode, a full disk): the import
 * itself is not lost, it can still be read in the tab and downloaded.
 */
import type { StoreResult } from '../state/library-store.ts';

export interface KeptImport {
  feed: Blob;
  articles: number;
  /** When it was kept (ms since the epoch). */
  kept: number;
}

const DB_NAME = 'riwaya-imports';
const STORE = 'imports';
const KEY = 'latest';

async function db() {
  const { openDB } = await import('idb');
  return openDB(DB_NAME, 1, {
    upgrade(upgrading) {
      upgrading.createObjectStore(STORE);
    },
  });
}

function reasonOf(error: unknown): string {
  if (error instanceof DOMException) return `${error.name}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

async function attempt<T>(run: () => Promise<T>): Promise<StoreResult<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    return { ok: false, reason: reasonOf(error) };
  }
}

/** Keeps an import in place of the one kept before (which stays if this one cannot be written). */
export const keepImport = (value: KeptImport): Promise<StoreResult<KeptImport>> =>
  attempt(async () => {
    await (await db()).put(STORE, value, KEY);
    return value;
  });

/** The import kept, or null when there is none. */
export const keptImport = (): Promise<StoreResult<KeptImport | null>> =>
  attempt(async () => {
    const value = (await (await db()).get(STORE, KEY)) as KeptImport | undefined;
    return value && value.feed instanceof Blob && Number.isInteger(value.articles) && Number.isFinite(value.kept) ? value : null;
  });

export const forgetImport = (): Promise<StoreResult<null>> =>
  attempt(async () => {
    await (await db()).delete(STORE, KEY);
    return null;
  });

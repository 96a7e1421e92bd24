/**
 * The reader's last import, kept on this device: its bundle file (the JSON Feed the import made), how many articles,
 * and the day, in an IndexedDB database of its own (the library's holds marks per article). A new import replaces it;
 * Delete removes it. Every call reports failure as a value (storage refused, private mode, a full disk): the import
 * itself is not lost, it can still be read in the tab and downloaded. The browser may still evict what a site keeps
 * when the device runs short of room.
 */
import { attempt, connection, type StoreResult } from '../state/library-store.ts';

export interface KeptImport {
  /** The record's shape (1): a record of another shape is not read. */
  version: 1;
  feed: Blob;
  articles: number;
  /** The day it was kept, on the reader's calendar (YYYY-MM-DD, local time). */
  day: string;
}

const DB_NAME = 'riwaya-imports';
const STORE = 'imports';
const KEY = 'latest';
const db = connection(DB_NAME, 1, (upgrading) => {
  upgrading.createObjectStore(STORE);
});

/** Today on the reader's calendar, as a kept import records it. */
export function localDay(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Keeps an import in place of the one kept before (which stays if this one cannot be written). */
export const keepImport = (feed: Blob, articles: number): Promise<StoreResult<KeptImport>> =>
  attempt(async () => {
    const value: KeptImport = { version: 1, feed, articles, day: localDay() };
    await (await db()).put(STORE, value, KEY);
    return value;
  });

/** A stored value as a kept import, or null when it is not one (an older or damaged record). */
export function asKeptImport(value: unknown): KeptImport | null {
  if (typeof value !== 'object' || value === null) return null;
  const { version, feed, articles, day } = value as Partial<KeptImport>;
  const ok = version === 1 && feed instanceof Blob && Number.isInteger(articles) && articles! >= 1 && typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day);
  return ok ? { version, feed, articles: articles!, day } : null;
}

/** The import kept: null when there is none; a failure when there is a record that is not one (delete it). */
export const keptImport = (): Promise<StoreResult<KeptImport | null>> =>
  attempt(async () => {
    const value: unknown = await (await db()).get(STORE, KEY);
    if (value === undefined) return null;
    const kept = asKeptImport(value);
    if (kept === null) throw new Error('the record kept is not an import of this version');
    return kept;
  });

export const forgetImport = (): Promise<StoreResult<null>> =>
  attempt(async () => {
    await (await db()).delete(STORE, KEY);
    return null;
  });

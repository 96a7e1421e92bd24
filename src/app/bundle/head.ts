/**
 * The home list's first rows while the bundle loads: a v2 entry carries them (format.ts, `head`), the data worker
 * passes them on as soon as it has read the entry, and a fresh home page shows them until the index has come
 * (reader/HeadList.tsx, shown by routes.tsx). Plain state with listeners, no React here (this module loads with the first script).
 */
import type { Head } from './open-bundle.ts';

let current: Head | null = null;
const listeners = new Set<() => void>();

export function setHead(head: Head | null): void {
  current = head;
  for (const listener of listeners) listener();
}

export const currentHead = (): Head | null => current;

export function subscribeHead(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

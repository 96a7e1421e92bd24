/**
 * The service worker's registration, made once per page. vite-plugin-pwa's useRegisterSW registers from a useState
 * initializer, that is while rendering; React may render a component many times before it commits it (a prerendered
 * page hydrates in a transition, which starts over when an update comes), and each of those renders registered again.
 * The registration's own answer was such an update: 187 registrations and as many restarted hydrations in one
 * measured load of home (11–32 under a 4× CPU slowdown, e2e/pwa.spec.ts). Here it is made from an effect, after a commit, and only the first call
 * registers; the views read its state as an external store.
 */
import { registerSW } from 'virtual:pwa-register';

export interface ServiceWorkerState {
  /** A new version is waiting (offered, never swapped in under the reader). */
  needRefresh: boolean;
  registration: ServiceWorkerRegistration | null;
}

let state: ServiceWorkerState = { needRefresh: false, registration: null };
const listeners = new Set<() => void>();
let update: ((reloadPage?: boolean) => Promise<void>) | null = null;

function set(change: Partial<ServiceWorkerState>): void {
  state = { ...state, ...change };
  for (const listener of listeners) listener();
}

/** Registers the service worker the first time it is called; later calls do nothing. */
export function registerServiceWorker(): void {
  update ??= registerSW({
    immediate: true,
    onNeedRefresh: () => set({ needRefresh: true }),
    onRegisteredSW: (_url, registration) => set({ registration: registration ?? null }),
  });
}

export function subscribeServiceWorker(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const serviceWorkerState = (): ServiceWorkerState => state;

/** "Later": the waiting version is not offered again in this page. */
export const dismissRefresh = (): void => set({ needRefresh: false });

/** "Reload": the waiting service worker takes over and the page reloads. */
export const activateWaiting = (): Promise<void> => update?.(true) ?? Promise.resolve();

import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/** Whether the browser believes it has a network. */
export function useOnline(): boolean {
  // Online while the page is prerendered and hydrated (the prerendered markup has no indicator); then the browser's word.
  return useSyncExternalStore(subscribe, () => navigator.onLine, () => true);
}

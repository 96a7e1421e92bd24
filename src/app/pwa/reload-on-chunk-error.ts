/**
 * After a deploy, an old tab may ask for a code chunk that no longer exists. Vite reports that as
 * `vite:preloadError`; the fix is to load the new version — once, so a real outage cannot cause a reload loop.
 */
const KEY = 'riwaya.chunk-reload';

export function reloadOnChunkError(): void {
  window.addEventListener('vite:preloadError', (event) => {
    let last = 0;
    try {
      last = Number(sessionStorage.getItem(KEY) ?? 0);
      if (Date.now() - last < 60_000) return;
      sessionStorage.setItem(KEY, String(Date.now()));
    } catch {
      return;
    }
    event.preventDefault();
    window.location.reload();
  });
}

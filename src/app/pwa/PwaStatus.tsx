import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useOnline } from '../bundle/use-online.ts';
import { activateWaiting, dismissRefresh, registerServiceWorker, serviceWorkerState, subscribeServiceWorker } from './sw-registration.ts';

/**
 * The offline indicator and the update prompt. A new version is offered, never swapped under the reader:
 * "reload" activates the waiting service worker and reloads; "later" keeps this version running.
 */
export function PwaStatus() {
  const { t } = useTranslation();
  const online = useOnline();
  const { needRefresh, registration } = useSyncExternalStore(subscribeServiceWorker, serviceWorkerState, serviceWorkerState);
  // After the first commit, once (sw-registration.ts: never while rendering).
  useEffect(registerServiceWorker, []);

  // Look for a new version when the tab comes back into view (a reader may keep it open for days).
  useEffect(() => {
    if (!registration) return;
    const check = () => {
      if (document.visibilityState === 'visible' && navigator.onLine) void registration.update();
    };
    document.addEventListener('visibilitychange', check);
    return () => document.removeEventListener('visibilitychange', check);
  }, [registration]);
  return (
    <>
      {!online && (
        <p role="status" data-testid="offline-indicator" className="bg-ink px-4 py-1.5 text-center text-sm text-paper">
          {t('pwa.offline')}
        </p>
      )}
      {needRefresh && (
        <div role="alertdialog" aria-labelledby="update-text" data-testid="update-prompt" className="fixed inset-x-0 bottom-0 z-40 flex flex-wrap items-center justify-center gap-3 border-t border-rule bg-paper p-3 shadow-lg">
          <p id="update-text">{t('pwa.updateAvailable')}</p>
          <button type="button" className="rounded bg-accent px-4 py-1.5 text-paper" onClick={() => void activateWaiting()}>
            {t('pwa.reload')}
          </button>
          <button type="button" className="rounded border border-rule px-4 py-1.5" onClick={dismissRefresh}>
            {t('pwa.later')}
          </button>
        </div>
      )}
    </>
  );
}

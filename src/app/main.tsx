// First: it starts the data worker of a page drawn afresh before the rest of the app's code runs.
import { hydrates } from './early-start.ts';
import { StrictMode, startTransition, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, matchRoutes, type DataRouter, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { collectionChanged, loadBundleOnce } from './bundle/load-bundle.ts';
import { ROOT_ROUTE_ID } from './bundle/use-bundle.ts';
import { initI18n } from './i18n/index.ts';
import { LibraryProvider } from './state/use-library.tsx';
import { reloadOnChunkError } from './pwa/reload-on-chunk-error.ts';
import { createRoutes } from './routes.tsx';
import { articleIdOf } from './shell/paths.ts';
import { SettingsProvider } from './state/use-settings.tsx';
import './styles.css';

const i18nReady = initI18n();
reloadOnChunkError();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

/**
 * Marks <html data-app-ready> once the first render (or hydration) is committed: from then on every control on the
 * page answers. Before it, a prerendered page is readable and its links work, but its buttons do nothing yet (the e2e
 * journeys wait for it: e2e/test.ts).
 */
function AppReady() {
  useEffect(() => {
    document.documentElement.setAttribute('data-app-ready', '');
  }, []);
  return null;
}

function app(router: DataRouter) {
  return (
    <StrictMode>
      <SettingsProvider>
        <LibraryProvider>
          <RouterProvider router={router} />
          <AppReady />
        </LibraryProvider>
      </SettingsProvider>
    </StrictMode>
  );
}

/**
 * A navigation to an article asks the data worker for its text as it starts, beside the page's code, instead of
 * once the page's chunk has come and rendered (the page asks on its first render; the data client asks once).
 */
function withArticlesAskedEarly(router: DataRouter): DataRouter {
  router.subscribe((state) => {
    const id = state.navigation.location ? articleIdOf(state.navigation.location.pathname) : null;
    if (id !== null) void loadBundleOnce().then((loaded) => loaded.data.load([id]), () => undefined);
  });
  return router;
}

/** Loads the lazy routes this address matches, so the first render is the page itself (as the build rendered it). */
async function loadMatchedRoutes(routes: RouteObject[]): Promise<void> {
  for (const { route } of matchRoutes(routes, window.location) ?? []) {
    if (typeof route.lazy !== 'function') continue;
    const loaded = await route.lazy();
    Object.assign(route, loaded);
    delete route.lazy;
  }
}

/** Resolves once the browser has painted (at once in a hidden tab, which paints nothing). */
function afterPaint(): Promise<void> {
  if (document.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * A page the build prerendered for this very address, read with the default settings (the build's), is hydrated:
 * the bundle and the page's code are loaded first, so the first render is the markup already on screen. Any other
 * page (another address, a query, a reader's own language, digits, calendar or text size) is rendered afresh.
 */
async function start(target: HTMLElement): Promise<void> {
  const routes = createRoutes(loadBundleOnce, collectionChanged);
  await i18nReady;
  if (hydrates) {
    try {
      // The page is on screen already: its first paint never waits for this work, which starts after it, and
      // hydration runs as a transition, in slices that leave the page responsive, rather than one long task.
      const ready = Promise.all([loadBundleOnce(), loadMatchedRoutes(routes), afterPaint()]);
      const [loaded] = await ready;
      const router = withArticlesAskedEarly(createBrowserRouter(routes, { hydrationData: { loaderData: { [ROOT_ROUTE_ID]: loaded } } }));
      if (!loaded.built) {
        // Not the bundle the page was built from (a newer bundle.json, a copy kept offline, a file changed by hand):
        // its page is rendered afresh in place of the prerendered one, never hydrated against markup it did not make.
        createRoot(target).render(app(router));
        return;
      }
      startTransition(() => {
        hydrateRoot(target, app(router));
      });
      return;
    } catch {
      // The bundle could not be read (or a chunk could not be loaded): the router's own load shows why.
    }
  }
  createRoot(target).render(app(withArticlesAskedEarly(createBrowserRouter(routes))));
}

void start(container);

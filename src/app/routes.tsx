/**
 * The app's routes, shared by the browser (main.tsx) and the build's prerendering (prerender.tsx). The shell (layout,
 * error and loading views) is in the entry chunk; every page is its own chunk, loaded with its route, so the home and
 * article pages never download the comparison, the timeline or the settings.
 */
import { lazy, Suspense, useSyncExternalStore } from 'react';
import { useLocation, type RouteObject } from 'react-router';
import type { LoadedBundle } from './bundle/load-bundle.ts';
import { ROOT_ROUTE_ID } from './bundle/use-bundle.ts';
import { ErrorPage, ErrorView } from './shell/ErrorView.tsx';
import { currentHead, subscribeHead } from './bundle/head.ts';
import { Layout, LoadingView, PlainLayout, Skeleton } from './shell/Layout.tsx';
import { NotFound } from './shell/NotFound.tsx';

/** The first rows of the home list, from the home page's chunk (loaded with its route anyway). */
const HeadList = lazy(async () => ({ default: (await import('./reader/HomePage.tsx')).HeadList }));

/**
 * The loading view; on the home page without a filter or a search, once the bundle's entry has given them, the
 * home list's first rows (the list's unfiltered order) in place of the skeleton.
 */
function Loading() {
  const { pathname, search } = useLocation();
  const head = useSyncExternalStore(subscribeHead, currentHead, () => null);
  const rows = pathname === '/' && search === '' && head !== null && head.rows.length > 0;
  return (
    <LoadingView
      rows={
        rows ? (
          <Suspense fallback={<Skeleton />}>
            <HeadList />
          </Suspense>
        ) : undefined
      }
    />
  );
}

/** The loading view of a page that does not read the articles. */
const PlainLoading = () => <LoadingView page />;

/** `loadBundle` answers the root route; `collectionChanged` says when it must be asked again (load-bundle.ts readInstead). */
export function createRoutes(loadBundle: () => Promise<LoadedBundle>, collectionChanged: () => boolean = () => false): RouteObject[] {
  return [
    {
      id: ROOT_ROUTE_ID,
      path: '/',
      loader: loadBundle,
      // One bundle per page load: a navigation (a filter, a search, Back) never asks for it again, so it commits at once
      // (coming back from Import or Settings runs the loader again, which answers from loadBundleOnce's promise),
      // unless the reader has switched to their imported articles or back (load-bundle.ts readInstead).
      shouldRevalidate: () => collectionChanged(),
      Component: Layout,
      HydrateFallback: Loading,
      ErrorBoundary: ErrorPage,
      children: [
        {
          // A page that fails to render shows the error inside the layout: navigation and language stay usable.
          ErrorBoundary: ErrorView,
          children: [
            { index: true, lazy: async () => ({ Component: (await import('./reader/HomePage.tsx')).HomePage }) },
            { path: 'article/:id', lazy: async () => ({ Component: (await import('./reader/ArticlePage.tsx')).ArticlePage }) },
            { path: 'timeline', lazy: async () => ({ Component: (await import('./timeline/TimelinePage.tsx')).TimelinePage }) },
            { path: 'entities', lazy: async () => ({ Component: (await import('./entities/EntitiesPage.tsx')).EntitiesPage }) },
            { path: 'entity/:id', lazy: async () => ({ Component: (await import('./entities/EntityPage.tsx')).EntityPage }) },
            { path: 'compare', lazy: async () => ({ Component: (await import('./compare/ComparePage.tsx')).ComparePage }) },
            { path: 'story/:id', lazy: async () => ({ Component: (await import('./stories/StoryPage.tsx')).StoryPage }) },
            { path: '*', Component: NotFound },
          ],
        },
      ],
    },
    {
      // Pages that do not read the articles, outside the route that loads them: a bundle that cannot be loaded leaves
      // them usable (one's own articles can still be imported, the language and theme changed).
      Component: PlainLayout,
      HydrateFallback: PlainLoading,
      ErrorBoundary: ErrorPage,
      children: [
        {
          // As above: a page that fails shows the error inside the layout.
          ErrorBoundary: ErrorView,
          children: [
            { path: 'import', lazy: async () => ({ Component: (await import('./import/ImportPage.tsx')).ImportPage }) },
            { path: 'settings', lazy: async () => ({ Component: (await import('./settings/SettingsPage.tsx')).SettingsPage }) },
          ],
        },
      ],
    },
  ];
}

import { createBrowserRouter } from 'react-router';
import { loadBundleOnce } from './bundle/load-bundle.ts';
import { ROOT_ROUTE_ID } from './bundle/use-bundle.ts';
import { ComparePage } from './compare/ComparePage.tsx';
import { EntitiesPage } from './entities/EntitiesPage.tsx';
import { EntityPage } from './entities/EntityPage.tsx';
import { ArticlePage } from './reader/ArticlePage.tsx';
import { HomePage } from './reader/HomePage.tsx';
import { SettingsPage } from './settings/SettingsPage.tsx';
import { StoryPage } from './stories/StoryPage.tsx';
import { ErrorView } from './shell/ErrorView.tsx';
import { Layout, LoadingView } from './shell/Layout.tsx';
import { NotFound } from './shell/NotFound.tsx';
import { TimelinePage } from './timeline/TimelinePage.tsx';

export const router = createBrowserRouter([
  {
    id: ROOT_ROUTE_ID,
    path: '/',
    loader: loadBundleOnce,
    Component: Layout,
    HydrateFallback: LoadingView,
    ErrorBoundary: ErrorView,
    children: [
      {
        // A page that fails to render shows the error inside the layout: navigation and language stay usable.
        ErrorBoundary: ErrorView,
        children: [
      { index: true, Component: HomePage },
      { path: 'article/:id', Component: ArticlePage },
      { path: 'timeline', Component: TimelinePage },
      { path: 'entities', Component: EntitiesPage },
      { path: 'entity/:id', Component: EntityPage },
      { path: 'compare', Component: ComparePage },
      { path: 'story/:id', Component: StoryPage },
      { path: 'settings', Component: SettingsPage },
      { path: '*', Component: NotFound },
        ],
      },
    ],
  },
]);

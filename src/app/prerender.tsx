/**
 * Server rendering at build time (vite.config.ts runs it after the client build): the same routes and components as
 * the browser, rendered to HTML by React, so every article and the home page are readable before any script runs —
 * or with none. React escapes every text and attribute; nothing from a bundle is ever written into HTML by hand.
 * The router's hydration script is left out (our CSP forbids inline scripts): the browser fetches the bundle as
 * always and hydrates with it (main.tsx).
 */
import { StrictMode } from 'react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Bundle } from '../core/bundle-schema.ts';
import { indexBundle } from './bundle/in-place.ts';
import type { LoadedBundle } from './bundle/load-bundle.ts';
import { readBundle } from './bundle/validate.ts';
import { arWhole as ar } from './i18n/ar-whole.ts';
import { en } from './i18n/en.ts';
import { LibraryProvider } from './state/use-library.tsx';
import { PRERENDERED_ATTRIBUTE } from './prerendered.ts';
import { createRoutes } from './routes.tsx';
import { DEFAULT_SETTINGS } from './state/settings-store.ts';
import { SettingsProvider } from './state/use-settings.tsx';
import { articlePath } from './shell/paths.ts';

export type BundleCheck = { ok: true; loaded: LoadedBundle; bundle: Bundle; dropped: number } | { ok: false; problems: string[] };

/** The bundle as the browser reads it: checked, damaged items left out. */
export function checkBundle(data: unknown): BundleCheck {
  const reading = readBundle(data);
  if (!reading.ok) return reading;
  return { ok: true, bundle: reading.bundle, loaded: indexBundle(reading.bundle, reading.dropped), dropped: reading.dropped.length };
}

/** The addresses prerendered: home and every article. */
export function prerenderedPaths(loaded: LoadedBundle): string[] {
  return ['/', ...loaded.items.map((item) => articlePath(item.id))];
}

let i18nReady: Promise<unknown> | null = null;

/** The page at `path` (an encoded address) as the markup of #root: `<div id="root" data-prerendered="…">…</div>`. */
export async function renderPage(path: string, loaded: LoadedBundle): Promise<string> {
  i18nReady ??= i18next.use(initReactI18next).init({
    resources: { ar: { translation: ar }, en: { translation: en } },
    lng: DEFAULT_SETTINGS.language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  await i18nReady;
  const handler = createStaticHandler(createRoutes(async () => loaded));
  const context = await handler.query(new Request(new URL(path, 'http://prerender.invalid')));
  if (context instanceof Response) throw new Error(`prerender ${path}: the router answered with a redirect or a response`);
  if (context.errors) throw new Error(`prerender ${path}: ${JSON.stringify(context.errors)}`);
  const router = createStaticRouter(handler.dataRoutes, context);
  const inner = renderToString(
    <StrictMode>
      <SettingsProvider>
        <LibraryProvider>
          <StaticRouterProvider router={router} context={context} hydrate={false} />
        </LibraryProvider>
      </SettingsProvider>
    </StrictMode>,
  );
  const empty = renderToStaticMarkup(<div id="root" {...{ [PRERENDERED_ATTRIBUTE]: decodeURIComponent(path) }} />);
  const close = '</div>';
  if (!empty.endsWith(`>${close}`)) throw new Error('prerender: unexpected root markup');
  return `${empty.slice(0, -close.length)}${inner}${close}`;
}

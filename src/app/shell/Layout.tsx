import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { NavLink, Outlet, useNavigate, useNavigation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLibrary } from '../state/use-library.tsx';
import { PwaStatus } from '../pwa/PwaStatus.tsx';
import { DroppedNotice, FallbackNotice } from './DroppedNotice.tsx';
import { ImportedNotice } from './ImportedNotice.tsx';
import { useSettings } from '../state/use-settings.tsx';
import { isTypingTarget } from './keyboard.ts';
import { PageTitle } from './PageTitle.tsx';
import { requestSearchFocus } from './search-focus.ts';
import { ShortcutsDialog } from './ShortcutsDialog.tsx';

/** The header's pages, each at /<name> (home at /) and named by nav.<name>: names alone, as home's script carries them. */
const NAV = ['home', 'timeline', 'entities', 'compare', 'import', 'settings'] as const;

function focusSearch(): boolean {
  const box = document.querySelector<HTMLInputElement>('[data-search-box]');
  box?.focus();
  return box !== null;
}

/**
 * The skip link, the header with its navigation and the shortcuts (with their keys): the same on every page, and
 * already while the articles load (LoadingView), so the page never starts blank and nothing moves when they come.
 */
export function SiteHeader() {
  const { t, i18n } = useTranslation();
  const { update } = useSettings();
  const other = i18n.language === 'ar' ? 'en' : 'ar';
  const navigate = useNavigate();
  const shortcuts = useRef<HTMLDialogElement>(null);

  // `/` focuses search (going home first when the page has none); `?` lists the shortcuts. Registered before paint,
  // so a key pressed as soon as the page shows is not lost.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTypingTarget(event.target)) return;
      if (event.key === '?') {
        event.preventDefault();
        shortcuts.current?.showModal();
      } else if (event.key === '/' || (event.code === 'Slash' && !event.shiftKey)) {
        // event.code too: on an Arabic keyboard layout the / key types ظ.
        event.preventDefault();
        if (!focusSearch()) {
          requestSearchFocus();
          void navigate('/');
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);

  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-30 focus:rounded focus:bg-accent focus:px-3 focus:py-2 focus:text-paper">
        {t('app.skipToContent')}
      </a>
      <header className="border-b border-rule">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <NavLink to="/" className="text-2xl font-bold text-accent">{t('app.name')}</NavLink>
          <nav aria-label={t('nav.main')}>
            <ul className="flex flex-wrap gap-x-4 gap-y-1">
              {NAV.map((name) => (
                <li key={name}>
                  <NavLink to={name === 'home' ? '/' : `/${name}`} end={name === 'home'} className={({ isActive }) => (isActive ? 'font-bold underline underline-offset-8' : 'hover:underline')}>
                    {t(`nav.${name}`)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="ms-auto flex gap-2">
            <button type="button" onClick={() => shortcuts.current?.showModal()} className="rounded border border-rule px-2 py-1 text-sm hover:bg-rule" aria-keyshortcuts="?">
              {t('shortcuts.button')}
            </button>
            <button type="button" lang={other} onClick={() => update({ language: other })} className="rounded border border-rule px-3 py-1 text-sm hover:bg-rule" data-testid="language-toggle">
              {other === 'ar' ? 'العربية' : 'English'}
            </button>
          </div>
        </div>
      </header>
      <ShortcutsDialog ref={shortcuts} />
    </>
  );
}

/** The pages that read the articles: the header, what the app and the bundle have to tell, the page. */
export function Layout() {
  return (
    <Shell>
      <FallbackNotice />
      <ImportedNotice />
      <DroppedNotice />
    </Shell>
  );
}

/** The pages that do not read the articles (import, settings): they work when the bundle cannot be loaded. */
export function PlainLayout() {
  return <Shell />;
}

function Shell({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const { error: storageError } = useLibrary();
  const navigation = useNavigation();

  return (
    <div className="min-h-screen bg-paper text-ink">
      <SiteHeader />
      <PwaStatus />
      {children}
      {storageError && (
        <p role="alert" data-testid="storage-error" className="border-b border-accent px-4 py-1.5 text-center text-sm">
          {t('library.storageError', { reason: storageError })}
        </p>
      )}
      {navigation.state === 'loading' && <div role="progressbar" aria-label={t('loading.page')} className="h-1 animate-pulse bg-accent" />}
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 focus:outline-none">
        <Outlet />
      </main>
    </div>
  );
}

/** A skeleton row of the article list: the title, the outlet and date, two lines of lead. */
function SkeletonRow() {
  return (
    <li className="space-y-2 py-4">
      <div className="h-6 w-3/4 rounded bg-rule" />
      <div className="h-4 w-40 rounded bg-rule" />
      <div className="h-4 rounded bg-rule" />
      <div className="h-4 w-5/6 rounded bg-rule" />
    </li>
  );
}

/** Grey rows where the list will come. */
export function Skeleton() {
  return (
    <ul aria-hidden="true" className="divide-y divide-rule motion-safe:animate-pulse" data-testid="skeleton">
      {[0, 1, 2, 3, 4, 5].map((row) => (
        <SkeletonRow key={row} />
      ))}
    </ul>
  );
}

/**
 * While the articles load (a page drawn afresh): the header, and grey rows where the content will come — or what the
 * page can show already (`rows`: the home list's first rows from the bundle's entry, routes.tsx). A `page` that does not
 * read the articles (import, settings) says that the page, not the articles, is loading.
 */
export function LoadingView({ rows, page = false }: { rows?: ReactNode; page?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="min-h-screen bg-paper text-ink">
      <SiteHeader />
      <PageTitle page={null} />
      {/* Busy while it shows nothing but grey rows; rows one can read and follow are not hidden from a screen reader. */}
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 focus:outline-none" aria-busy={rows ? undefined : true}>
        <div role="status" aria-live="polite">
          <h1 className="mb-4 text-lg text-muted" data-testid="loading">{t(page ? 'loading.page' : 'loading.bundle')}</h1>
        </div>
        {rows ?? <Skeleton />}
      </main>
    </div>
  );
}

import { NavLink, Outlet, useNavigation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../i18n/index.ts';

const NAV = [
  { to: '/', key: 'nav.home', end: true },
  { to: '/timeline', key: 'nav.timeline', end: false },
  { to: '/entities', key: 'nav.entities', end: false },
  { to: '/compare', key: 'nav.compare', end: false },
  { to: '/settings', key: 'nav.settings', end: false },
] as const;

export function Layout() {
  const { t, i18n } = useTranslation();
  const other = i18n.language === 'ar' ? 'en' : 'ar';
  const navigation = useNavigation();
  return (
    <div className="min-h-screen bg-paper text-ink">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-10 focus:rounded focus:bg-accent focus:px-3 focus:py-2 focus:text-white">
        {t('app.skipToContent')}
      </a>
      <header className="border-b border-rule">
        <div className="mx-auto flex max-w-5xl flex-wrap items-baseline gap-x-6 gap-y-2 px-4 py-3">
          <NavLink to="/" className="text-2xl font-bold text-accent">{t('app.name')}</NavLink>
          <nav aria-label={t('nav.main')}>
            <ul className="flex flex-wrap gap-x-4 gap-y-1">
              {NAV.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end} className={({ isActive }) => (isActive ? 'font-bold underline underline-offset-8' : 'hover:underline')}>
                    {t(item.key)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <button type="button" lang={other} onClick={() => void changeLanguage(other)} className="ms-auto rounded border border-rule px-3 py-1 text-sm hover:bg-rule" data-testid="language-toggle">
            {t(`settings.${other}`)}
          </button>
        </div>
      </header>
      {navigation.state === 'loading' && <div role="progressbar" aria-label={t('loading.bundle')} className="h-1 animate-pulse bg-accent" />}
      <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-6 focus:outline-none">
        <Outlet />
      </main>
    </div>
  );
}

export function LoadingView() {
  const { t } = useTranslation();
  return (
    <div role="status" aria-live="polite" className="p-8 text-center text-lg">
      {t('loading.bundle')}
    </div>
  );
}

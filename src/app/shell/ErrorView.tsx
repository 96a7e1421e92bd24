import { isRouteErrorResponse, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BundleLoadError } from '../bundle/load-bundle.ts';
import { loadErrorMessage } from './load-error-message.ts';
import { SiteHeader } from './Layout.tsx';
import { NotFound } from './NotFound.tsx';
import { PageTitle } from './PageTitle.tsx';

/**
 * When the bundle cannot be loaded: the error under the site's header, so that the language, Import and Settings (which
 * do not need the bundle: routes.tsx) stay in reach.
 */
export function ErrorPage() {
  return (
    <div className="min-h-screen bg-paper text-ink">
      <SiteHeader />
      <main id="main" tabIndex={-1} className="focus:outline-none">
        <ErrorView />
      </main>
    </div>
  );
}

/** Shown instead of a blank page when the bundle cannot be loaded or a view fails. */
export function ErrorView() {
  const error = useRouteError();
  const { t } = useTranslation();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;

  let message = t('error.unexpected');
  let problems: string[] = [];
  // For tests and bug reports: which failure this is (a bundle that cannot be read, or a view that failed).
  const kind = error instanceof BundleLoadError ? error.code : 'view';
  if (error instanceof BundleLoadError) {
    problems = error.problems;
    message = loadErrorMessage(t, error);
  } else if (error instanceof Error) {
    problems = [error.message];
  }
  return (
    <div role="alert" data-testid="error-view" data-error={kind} className="mx-auto max-w-2xl p-8">
      <PageTitle page={t('error.title')} />
      <h1 className="mb-4 text-2xl font-bold">{t('error.title')}</h1>
      <p className="mb-4">{message}</p>
      {problems.length > 0 && (
        <details className="mb-4">
          <summary className="cursor-pointer">{t('error.details')}</summary>
          <ul className="mt-2 list-disc ps-6 font-mono text-sm" dir="ltr">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </details>
      )}
      <button type="button" onClick={() => window.location.reload()} className="rounded bg-accent px-4 py-2 text-paper focus-visible:outline-2">
        {t('error.retry')}
      </button>
    </div>
  );
}

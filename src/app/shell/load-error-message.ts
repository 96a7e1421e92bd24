import type { TFunction } from 'i18next';
import type { BundleLoadError } from '../bundle/load-bundle.ts';
import { isolate } from './isolate.ts';

/** Why the bundled articles could not be loaded, in the reader's language (the error page's and the imported notice's words). */
export function loadErrorMessage(t: TFunction, error: BundleLoadError): string {
  // A 2xx "missing" is a host that answered with a page (an SPA fallback): there is no status to report.
  if (error.code === 'missing' && error.status !== null && error.status < 300) return t('error.missingPage', { url: isolate(error.url) });
  // A 5xx is the server's failure, not a missing bundle; other refusals (404, 410, 403 …) say the file is not there.
  if (error.code === 'missing' && error.status !== null && error.status >= 500) return t('error.server', { url: isolate(error.url), status: error.status });
  if (error.code === 'missing') return t('error.missing', { url: isolate(error.url), status: error.status ?? '' });
  if (error.code === 'network') return t('error.network', { detail: error.problems[0] ?? '' });
  if (error.code === 'not-json') return t('error.notJson');
  return t('error.invalid');
}

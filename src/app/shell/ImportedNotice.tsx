import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { BUNDLE_URL, BundleLoadError, bundledOnce, loadErrorOf, readInstead, readingInstead } from '../bundle/load-bundle.ts';
import { useBundle } from '../bundle/use-bundle.ts';
import { loadErrorMessage } from './load-error-message.ts';
import { useMounted } from './use-mounted.ts';

/**
 * Says that the reader's imported articles are shown in place of the bundled ones (this tab only), with the way back.
 * The imported articles stay until the bundled ones are loaded: a bundle that cannot be fetched (offline, never kept
 * on this device) is said here, and the reader keeps reading what was imported rather than meeting an error page.
 */
export function ImportedNotice() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { imported } = useBundle();
  const [back, setBack] = useState<'idle' | 'loading' | BundleLoadError>('idle');
  // Whether the notice is still on the page when the bundle comes (the reader may have gone to Import meanwhile).
  const shown = useMounted();
  const goBack = () => {
    if (back === 'loading') return;
    setBack('loading');
    const reading = readingInstead();
    bundledOnce().then(
      () => {
        // A reader who left these pages, or chose other articles to read meanwhile, is not taken anywhere.
        if (!shown.current || readingInstead() !== reading) return;
        readInstead(null);
        // The notice, and the button with the focus, go: the focus goes to the page's content, where it starts.
        void Promise.resolve(navigate('/')).then(() => document.getElementById('main')?.focus());
      },
      (error: unknown) => {
        if (shown.current) setBack(error instanceof BundleLoadError ? error : loadErrorOf(error, BUNDLE_URL));
      },
    );
  };
  if (!imported) return null;
  return (
    <div className="border-b border-accent px-4 py-1.5 text-center text-sm">
      <p role="status" data-testid="imported-notice">
        {t('imported.notice')}{' '}
        <button type="button" className="text-accent underline" onClick={goBack} aria-disabled={back === 'loading' || undefined} data-testid="imported-back">
          {back === 'loading' ? t('imported.backLoading') : t('imported.back')}
        </button>
      </p>
      {back instanceof BundleLoadError && (
        <p role="alert" data-testid="imported-back-failed">
          {t('imported.backFailed')} {loadErrorMessage(t, back)}
        </p>
      )}
    </div>
  );
}

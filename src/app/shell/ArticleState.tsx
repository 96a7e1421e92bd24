import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleResult } from '../bundle/collection.ts';
import { useBundle } from '../bundle/use-bundle.ts';
import { useOnline } from '../bundle/use-online.ts';

/**
 * An article whose text is not here: being fetched; not downloaded while offline (never opened on this device); or
 * its content shard is broken (the file is named; the rest of the collection reads on).
 */
/** How long a failed fetch waits, online, before it is tried again. */
const RETRY_MS = 3000;

export function ArticleState({ result }: { result: ArticleResult | undefined }) {
  const { t } = useTranslation();
  const online = useOnline();
  const { data } = useBundle();
  // Back online: an article that could not be fetched is tried again, at once and then every few seconds while the
  // network still fails (the browser may say "online" a moment before requests go through).
  const failedOnline = online && result !== undefined && !result.ok && result.code === 'network';
  useEffect(() => {
    if (online) data.retryFailures();
  }, [online, data]);
  useEffect(() => {
    if (!failedOnline) return;
    const timer = setTimeout(() => data.retryFailures(), RETRY_MS);
    return () => clearTimeout(timer);
  }, [failedOnline, result, data]);
  if (result === undefined) {
    return (
      <p role="status" aria-live="polite" className="mt-6 text-muted" data-testid="article-loading">
        {t('article.loading')}
      </p>
    );
  }
  if (result.ok) return null;
  if (result.code === 'network' || (!online && result.code === 'missing')) {
    return (
      <div role="status" className="mt-6 rounded border border-rule p-4" data-testid="article-unavailable" data-reason={online ? 'network' : 'offline'}>
        <p className="font-semibold">{online ? t('article.networkError') : t('article.notDownloaded')}</p>
        <p className="mt-1 text-sm text-muted">{online ? t('article.networkHelp') : t('article.notDownloadedHelp')}</p>
        {online && (
          <button type="button" onClick={() => data.retryFailures()} className="mt-2 rounded border border-accent px-3 py-1 text-sm">
            {t('error.retry')}
          </button>
        )}
      </div>
    );
  }
  return (
    <div role="alert" className="mt-6 rounded border border-accent p-4" data-testid="article-broken" data-error={result.code}>
      <p className="font-semibold">{t('article.broken')}</p>
      {result.file && (
        <p className="mt-1 text-sm">
          {t('article.brokenFile')} <bdi dir="ltr" className="font-mono">{result.file}</bdi>
        </p>
      )}
      {result.problems.length > 0 && (
        <ul className="mt-2 list-disc ps-6 font-mono text-xs" dir="ltr">
          {result.problems.slice(0, 3).map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

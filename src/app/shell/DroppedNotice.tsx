import { useTranslation } from 'react-i18next';
import { useBundle } from '../bundle/use-bundle.ts';
import { useFormat } from './use-format.ts';

/** How many dropped items are named one by one; a bundle with thousands of bad items still gives a short notice. */
const NAMED = 10;

/**
 * Says which articles of the bundle were left out because they failed their checks, so a damaged item is visible
 * instead of silently missing. Ids come from the bundle (untrusted): rendered as text, isolated with <bdi>.
 */
export function DroppedNotice() {
  const { t } = useTranslation();
  const { number } = useFormat();
  const { dropped } = useBundle();
  if (dropped.length === 0) return null;
  const rest = dropped.length - NAMED;
  return (
    <div role="status" data-testid="dropped-items" className="border-b border-accent px-4 py-2 text-sm">
      <div className="mx-auto max-w-6xl">
        <p>{t('dropped.notice', { count: dropped.length, formatted: number(dropped.length) })}</p>
        <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {dropped.slice(0, NAMED).map((item) => (
            <li key={item.position} data-testid="dropped-item">
              {item.id === null ? (
                t('dropped.unnamed', { position: number(item.position + 1) })
              ) : (
                <>
                  <bdi dir="auto" className="font-mono">{item.id}</bdi> {t('dropped.position', { position: number(item.position + 1) })}
                </>
              )}
            </li>
          ))}
          {rest > 0 && <li>{t('dropped.more', { count: rest, formatted: number(rest) })}</li>}
        </ul>
        <details className="mt-1">
          <summary className="cursor-pointer">{t('dropped.details')}</summary>
          <ul className="mt-1 list-disc ps-6 font-mono text-xs" dir="ltr">
            {dropped.slice(0, NAMED).flatMap((item) => item.problems.map((problem, i) => <li key={`${item.position}-${i}`}>{problem}</li>))}
          </ul>
        </details>
      </div>
    </div>
  );
}

const FALLBACK_KEYS = { missing: 'fallback.missing', 'not-json': 'fallback.notJson', invalid: 'fallback.invalid' } as const;

/** Says that the server's bundle could not be read and the copy kept on this device is shown instead. */
export function FallbackNotice() {
  const { t } = useTranslation();
  const { fallback } = useBundle();
  if (fallback === undefined || fallback === 'network') return null;
  return (
    <p role="status" data-testid="bundle-fallback" className="border-b border-accent px-4 py-1.5 text-center text-sm">
      {t(FALLBACK_KEYS[fallback])}
    </p>
  );
}

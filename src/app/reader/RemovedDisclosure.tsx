import { useTranslation } from 'react-i18next';
import { useFormat } from '../shell/use-format.ts';
import type { BundleItem } from '../../core/bundle-schema.ts';
import { REMOVED_KINDS, type RemovedKind } from '../../core/removed-kinds.ts';
import { addArabicRemovedKinds } from '../i18n/ar-removed.ts';

addArabicRemovedKinds();

// A bundle made by a newer CLI may carry a kind this app has no words for: it is still listed, by its code.
const KNOWN_KINDS = new Set<string>(REMOVED_KINDS);

/** Honest about cleaning: lists, by kind, every piece cut from the source file. */
export function RemovedDisclosure({ item }: { item: BundleItem }) {
  const { t } = useTranslation();
  const { number } = useFormat();
  const removed = item._riwaya.removed;
  if (removed.length === 0) return <p className="mt-8 text-sm text-muted">{t('article.removedCount', { count: 0 })}</p>;
  return (
    <details className="mt-8 rounded border border-rule p-3" data-testid="removed">
      <summary className="cursor-pointer font-semibold">
        {t('article.removedTitle')} — {t('article.removedCount', { count: removed.length, formatted: number(removed.length) })}
      </summary>
      <ul className="mt-3 space-y-3">
        {removed.map((piece, index) => (
          <li key={index}>
            <p className="text-sm font-semibold" data-kind={piece.kind}>
              {KNOWN_KINDS.has(piece.kind) ? t(`removedKind.${piece.kind as RemovedKind}`) : t('removedKind.other', { kind: piece.kind })}
            </p>
            <p className="whitespace-pre-line text-sm text-muted" dir="auto">{piece.text}</p>
          </li>
        ))}
      </ul>
    </details>
  );
}

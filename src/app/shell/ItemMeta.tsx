import { useTranslation } from 'react-i18next';
import type { BundleItem } from '../../core/bundle-schema.ts';
import { formatPublished } from './format.ts';

/** Outlet and date of an article, the date at its known precision. */
export function ItemMeta({ item }: { item: BundleItem }) {
  const { t, i18n } = useTranslation();
  const { outlet, published } = item._riwaya;
  return (
    <p className="text-sm text-muted">
      <bdi>{outlet ?? t('home.unknownOutlet')}</bdi>
      <span aria-hidden="true"> · </span>
      {published ? <time dateTime={published.value}>{formatPublished(published, i18n.language)}</time> : <span>{t('home.undated')}</span>}
    </p>
  );
}

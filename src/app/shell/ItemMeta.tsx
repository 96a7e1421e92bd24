import { useTranslation } from 'react-i18next';
import type { BundleItem } from '../../core/bundle-schema.ts';
import type { ListItem } from '../bundle/load-bundle.ts';
import { useFormat } from './use-format.ts';

/** Outlet and date of an article, the date at its known precision. */
export function ItemMeta({ item }: { item: ListItem | BundleItem }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { outlet, published } = '_riwaya' in item ? item._riwaya : item;
  return (
    <p className="text-sm text-muted" lang={i18n.language} dir={i18n.dir()}>
      {outlet ? <bdi lang="ar">{outlet}</bdi> : <span>{t('home.unknownOutlet')}</span>}
      <span aria-hidden="true"> · </span>
      {published ? <time dateTime={published.value}>{format.date(published)}</time> : <span>{t('home.undated')}</span>}
    </p>
  );
}

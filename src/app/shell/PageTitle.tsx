import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { documentTitle } from './page-title.ts';

/**
 * Names the browser tab, the history list and a bookmark after the page shown ("ستولتنبرغ · رواية"), in the UI
 * language. Rendered beside each page's heading (a component rather than a hook, so a page's early returns can each
 * have their own). The prerendered HTML keeps index.html's title until the app has started.
 */
export function PageTitle({ page }: { page: string | null }) {
  const { t } = useTranslation();
  const title = documentTitle(page, t('app.name'));
  useEffect(() => {
    if (document.title !== title) document.title = title;
  }, [title]);
  return null;
}

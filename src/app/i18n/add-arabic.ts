import i18next from 'i18next';

/**
 * Adds strings to the Arabic ones (once i18next has been set up: at once in the app, whose entry does it first). The
 * strings only some pages use live in modules of their own that those pages import, so they load with the page's
 * chunk and not with every page (ar-pages.ts, ar-removed.ts).
 */
export function addArabic(strings: object): void {
  const add = () => i18next.addResourceBundle('ar', 'translation', strings, true, false);
  if (i18next.store) add();
  else i18next.on('initialized', add);
}

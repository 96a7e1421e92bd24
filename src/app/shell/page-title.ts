/** Longest page part kept in a tab's title: a derived headline or a story title can be a whole sentence. */
export const PAGE_TITLE_MAX = 80;

/** The document title of a page: the page's own name, then the app's; the app's alone when the page has none. */
export function documentTitle(page: string | null, app: string): string {
  const name = (page ?? '').replace(/\s+/g, ' ').trim();
  if (!name) return app;
  const cut = name.length <= PAGE_TITLE_MAX ? name : `${name.slice(0, name.lastIndexOf(' ', PAGE_TITLE_MAX) > 0 ? name.lastIndexOf(' ', PAGE_TITLE_MAX) : PAGE_TITLE_MAX)}…`;
  return `${cut} · ${app}`;
}

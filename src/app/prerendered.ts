/** Which page a prerendered HTML file holds, and whether the browser's first render will be that same markup. */
import type { Settings } from './state/settings-store.ts';

/** On #root: the path the build rendered into it ("/", "/article/…"). */
export const PRERENDERED_ATTRIBUTE = 'data-prerendered';

/**
 * The settings that change a prerendered page's markup: language, digits, calendar and the text size (its buttons'
 * disabled state). The theme is applied on <html>, outside the markup.
 */
const MARKUP_SETTINGS = ['language', 'digits', 'calendar', 'fontStep'] as const;

export function rendersAsPrerendered(prerendered: string, location: { pathname: string; search: string }, settings: Settings, defaults: Settings): boolean {
  let pathname: string;
  try {
    pathname = decodeURIComponent(location.pathname);
  } catch {
    return false;
  }
  return prerendered === pathname && location.search === '' && MARKUP_SETTINGS.every((key) => settings[key] === defaults[key]);
}

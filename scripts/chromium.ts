/**
 * The Chromium that Playwright launches for the e2e tests (playwright.config.ts) and bench:app: Debian's, through
 * scripts/chromium.sh, without the browser's own address-bar popup.
 */
import { fileURLToPath } from 'node:url';

/**
 * The executable to give Playwright: scripts/chromium.sh runs CHROME_PATH (default /usr/bin/chromium) with every
 * --disable-features list merged into one, since Chromium reads only the last (a list of ours after Playwright's
 * would silently turn Playwright's own back on).
 */
export const CHROMIUM_EXECUTABLE = fileURLToPath(new URL('chromium.sh', import.meta.url));

/**
 * Chromium 156 preloads the address bar's popup (a WebUI page, chrome://omnibox-popup.top-chrome/) in a renderer of
 * its own for every new window, that is for every test and every bench run: it burnt 1.0-1.2 CPU-s in the 3 s after
 * each new page on 2026-12-06's two cores, beside the page under test. A headless page has no address bar.
 */
export const WITHOUT_ADDRESS_BAR_POPUP = '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup,PreloadTopChromeWebUI';

/**
 * Imported first by main.tsx, so that it runs before the rest of the app's code is evaluated: a page drawn afresh
 * (no prerendered markup for this address and these settings) shows nothing before the bundle, so its data worker
 * starts at once, while React and the routes are still being set up. A prerendered page is on screen already: its
 * bundle is read after the first paint (main.tsx). A failure is not kept: the root route's loader asks again and
 * shows it.
 */
import { loadBundleOnce } from './bundle/load-bundle.ts';
import { PRERENDERED_ATTRIBUTE, rendersAsPrerendered } from './prerendered.ts';
import { DEFAULT_SETTINGS, loadSettings } from './state/settings-store.ts';

const prerendered = document.getElementById('root')?.getAttribute(PRERENDERED_ATTRIBUTE) ?? null;

/** Whether this page hydrates the markup the build prerendered for it. */
export const hydrates = prerendered !== null && rendersAsPrerendered(prerendered, window.location, loadSettings(), DEFAULT_SETTINGS);

if (!hydrates) loadBundleOnce().catch(() => undefined);

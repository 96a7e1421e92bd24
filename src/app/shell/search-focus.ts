/**
 * The `/` key's request to focus the search box, from a page that has none: it goes home, and the home page may
 * first have to load, so a focus right after the navigation found no box (walk-through 2026-12-06). The next search
 * box drawn takes the request (SearchForm.tsx). A module of its own, so that every page's header (Layout.tsx) can
 * ask without loading the search form.
 */

/** How long a request waits for the home page to be drawn. */
const FOCUS_REQUEST_MS = 5000;
let requestedAt = 0;

/** Asks the next search box drawn to take the focus. */
export function requestSearchFocus(): void {
  requestedAt = Date.now();
}

/** Whether a request to focus the box is pending (made within FOCUS_REQUEST_MS), and forgets it. */
export function takeSearchFocusRequest(): boolean {
  const pending = Date.now() - requestedAt <= FOCUS_REQUEST_MS;
  requestedAt = 0;
  return pending;
}

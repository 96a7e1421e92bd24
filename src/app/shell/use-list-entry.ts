import { useEffect } from 'react';
import { focusableIn, listMoveOf } from './list-keys.ts';

/**
 * j (or k) pressed anywhere on the page but in the list and in a text field takes the reader into the list: to its
 * first row in view (the list's own keys, list-keys.ts, move on from there). As in feed readers, j and k work from the
 * moment the page shows, not only once a row has been reached with Tab.
 */
export function useListEntry(testId: string): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // The list's own j and k (list-keys.ts: event.code as well, for an Arabic layout); the arrows, Home and End
      // scroll the page as usual.
      const move = listMoveOf(event);
      if ((move !== 1 && move !== -1) || event.key.startsWith('Arrow') || event.defaultPrevented) return;
      const list = document.querySelector(`[data-testid="${testId}"]`);
      if (!list || list.contains(document.activeElement) || document.querySelector('dialog[open]')) return;
      const rows = [...list.children];
      const row = rows.find((r) => r.getBoundingClientRect().bottom > 0) ?? rows[0];
      const target = row ? focusableIn(row) : null;
      if (!target) return;
      event.preventDefault();
      target.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [testId]);
}

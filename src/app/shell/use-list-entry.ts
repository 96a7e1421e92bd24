import { useEffect } from 'react';
import { focusableIn } from './list-keys.ts';
import { isTypingTarget } from './keyboard.ts';

/**
 * j (or k) pressed anywhere on the page but in the list and in a text field takes the reader into the list: to its
 * first row in view (the list's own keys, list-keys.ts, move on from there). As in feed readers, j and k work from the
 * moment the page shows, not only once a row has been reached with Tab.
 */
export function useListEntry(testId: string): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.defaultPrevented || isTypingTarget(event.target)) return;
      // event.code as well: on an Arabic layout j and k type ت and ن.
      if (!['j', 'k'].includes(event.key) && event.code !== 'KeyJ' && event.code !== 'KeyK') return;
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

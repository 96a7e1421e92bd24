import { isTypingTarget } from './keyboard.ts';

/** Where a key press moves the focus in a list: a row down or up, the first or the last row. */
export type ListMove = 1 | -1 | 'first' | 'last';

interface KeyPress {
  key: string;
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  target: EventTarget | null;
}

/**
 * j/k as on an article (event.code too, so they work on an Arabic layout, where they type ت/ن), the up and down
 * arrows, Home and End. Lists run top to bottom in both directions, so the arrows do not depend on RTL.
 */
export function listMoveOf(event: KeyPress): ListMove | null {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || isTypingTarget(event.target)) return null;
  if (event.key === 'ArrowDown' || event.key === 'j' || event.code === 'KeyJ') return 1;
  if (event.key === 'ArrowUp' || event.key === 'k' || event.code === 'KeyK') return -1;
  if (event.key === 'Home') return 'first';
  if (event.key === 'End') return 'last';
  return null;
}

/** The index a move leads to from `from` in a list of `count` rows (clamped to the list). */
export function moveTarget(from: number, move: ListMove, count: number): number {
  if (move === 'first') return 0;
  if (move === 'last') return count - 1;
  return Math.max(0, Math.min(count - 1, from + move));
}

/** The direction to keep looking in when the target row has nothing to focus (a month heading of the timeline). */
export function searchDirection(move: ListMove): 1 | -1 {
  return move === 'first' ? 1 : move === 'last' ? -1 : move;
}

const FOCUSABLE = 'a[href], button:not([disabled]), input, [tabindex]:not([tabindex="-1"])';

/** The first thing in a row that takes focus: its main link. */
export function focusableIn(row: Element): HTMLElement | null {
  return row.querySelector<HTMLElement>(FOCUSABLE);
}

/** Everything in a row that takes focus, in document order. */
export function focusablesIn(row: Element): HTMLElement[] {
  return [...row.querySelectorAll<HTMLElement>(FOCUSABLE)];
}

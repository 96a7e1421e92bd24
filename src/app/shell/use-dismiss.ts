import { useEffect, type RefObject } from 'react';

/** Closes a disclosure and gives the focus back to its summary (the control inside it may be gone with it). */
export function closeDisclosure(details: HTMLDetailsElement | null): void {
  if (!details?.open) return;
  details.open = false;
  details.querySelector('summary')?.focus();
}

/**
 * A popup disclosure (a picker's <details>) closes as a menu does: Escape inside it, or a press anywhere outside it.
 * Without this it stays open over the results until its own summary is pressed again.
 */
export function useDismiss(ref: RefObject<HTMLDetailsElement | null>): void {
  useEffect(() => {
    const details = ref.current;
    if (!details) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && details.open) {
        event.preventDefault();
        closeDisclosure(details);
      }
    };
    const onPress = (event: PointerEvent) => {
      if (details.open && !details.contains(event.target as Node)) details.open = false;
    };
    details.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPress);
    return () => {
      details.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPress);
    };
  }, [ref]);
}

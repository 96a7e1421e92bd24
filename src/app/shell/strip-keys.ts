/**
 * The month strip is one tab stop (a toolbar): the arrow keys move between its months as they point on screen, so in
 * right-to-left the left arrow goes to the later month; Home and End go to the first and the last month.
 */
export function stripMoveTarget(key: string, rtl: boolean, from: number, count: number): number | null {
  if (count === 0) return null;
  const later = rtl ? 'ArrowLeft' : 'ArrowRight';
  const earlier = rtl ? 'ArrowRight' : 'ArrowLeft';
  if (key === later) return Math.min(count - 1, from + 1);
  if (key === earlier) return Math.max(0, from - 1);
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}

/** The month that takes the strip's tab stop: the first of the chosen range when it is on the strip, else the latest. */
export function stripTabStop(months: readonly string[], from: string | null, to: string | null): number {
  if (from !== null || to !== null) {
    const first = months.findIndex((month) => (from === null || month >= from) && (to === null || month <= to));
    if (first !== -1) return first;
  }
  return months.length - 1;
}

import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * A handler whose identity never changes and that always calls the latest `handler` given: what a memoized child
 * (React.memo) can take as a prop without drawing itself again each time its parent does. For events only: calling it
 * while rendering would see the previous render's handler.
 */
export function useStableHandler<A extends unknown[]>(handler: (...args: A) => void): (...args: A) => void {
  const latest = useRef(handler);
  useLayoutEffect(() => {
    latest.current = handler;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}

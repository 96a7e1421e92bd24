import { useEffect, useRef } from 'react';

/**
 * Whether the component is still on the page, for work that ends after the reader may have left it (a bundle that
 * comes later): `current` is false once it is gone.
 */
export function useMounted(): { readonly current: boolean } {
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  return mounted;
}

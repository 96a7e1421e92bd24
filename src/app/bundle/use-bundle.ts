import { useRouteLoaderData } from 'react-router';
import type { LoadedBundle } from './load-bundle.ts';

export const ROOT_ROUTE_ID = 'root';

/** The loaded bundle; every route below the root has it (the root's loader ran first). */
export function useBundle(): LoadedBundle {
  const data = useRouteLoaderData(ROOT_ROUTE_ID) as LoadedBundle | undefined;
  if (!data) throw new Error('useBundle outside the root route');
  return data;
}

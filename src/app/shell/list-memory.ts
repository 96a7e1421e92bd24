/**
 * Where a long list was left, per history entry: the page's scroll offset and the sizes its rows had when drawn. Back to the list draws it at the same place with the same row sizes,
 * so the reader finds the row they left and the rows above it do not move as they are measured again.
 * In memory only: a reload starts at the top, as a new visit does.
 */
export interface ListPlace {
  offset: number;
  sizes: Array<[string, number]>;
  /** A whole list's first row in view when it was left (its key) and its distance from the window's top in px. */
  anchor?: { key: string; top: number } | undefined;
}

/** History entries remembered; older ones are forgotten first. */
const KEPT = 30;
const places = new Map<string, ListPlace>();

export function rememberListPlace(key: string, place: ListPlace): void {
  places.delete(key);
  places.set(key, place);
  if (places.size > KEPT) places.delete(places.keys().next().value as string);
}

export function listPlace(key: string): ListPlace | undefined {
  return places.get(key);
}

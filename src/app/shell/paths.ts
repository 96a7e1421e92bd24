/** Every in-app address built in one place, ids always encoded (entity ids carry Arabic letters and colons). */
export const articlePath = (id: string) => `/article/${encodeURIComponent(id)}`;
export const entityPath = (id: string) => `/entity/${encodeURIComponent(id)}`;
export const storyPath = (id: string) => `/story/${encodeURIComponent(id)}`;
/** `/compare?ids=a,b[,c][&show=k]`: each id encoded on its own, so a comma inside an id (%2C) never splits it. */
export const comparePath = (ids: string[], show = 0) => `/compare?ids=${ids.map(encodeURIComponent).join(',')}${show > 0 ? `&show=${show}` : ''}`;

const decodePart = (part: string) => {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return part; // a malformed escape: the id as written, which simply matches no article
  }
};

/** The article id of an article page's path (`location.pathname`, still encoded), or null for any other page. */
export function articleIdOf(pathname: string): string | null {
  const match = /^\/article\/([^/]+)\/?$/.exec(pathname);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return null; // a malformed escape: no article has that id
  }
}

/**
 * The ids of a compare address, from its raw query (`location.search`): split at the commas before decoding, which
 * URLSearchParams cannot do (it decodes first, and an id's own %2C would become a separator).
 */
export function compareIdsOf(search: string): string[] {
  const raw = search.replace(/^\?/, '').split('&').find((pair) => pair.startsWith('ids='));
  return raw === undefined ? [] : raw.slice(4).split(',').filter(Boolean).map(decodePart);
}

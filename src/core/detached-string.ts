/**
 * Strings kept for a whole collection must not keep the texts they were cut from alive.
 *
 * V8 makes a substring of 13 code units or more a view into its parent (a "sliced string"): a name cut from an
 * article and kept in a collection-wide table keeps that article's whole text in memory, and a 100,000-article build
 * keeps them all. Measured on the wide synthetic corpus (`npm run bench -- --corpus wide`), 30,000 articles: 44 MiB of
 * the 230 MiB of live heap after entity pass 3 were article texts held only by such names (heap snapshot).
 *
 * `detachedString` returns an equal string that holds only its own characters: concatenation then slicing makes V8
 * flatten the pair into a new string of the name's length + 1 and cut from that. Shorter strings are copies already.
 * Use it where a string cut from a text is stored for longer than the text's own article.
 */
const SLICED_MIN_LENGTH = 13;

export function detachedString(s: string): string {
  return s.length < SLICED_MIN_LENGTH ? s : ` ${s}`.slice(1);
}

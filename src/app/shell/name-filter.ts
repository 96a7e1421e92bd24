/**
 * The filter of a list of names (the entity directory, the home pickers): a query in Arabic matches an alias that
 * contains it (both folded by the shared normalizer); a query in Latin letters ("Putin", "Stoltenberg", "al-Assad")
 * matches an alias whose transliteration skeleton is the query's (core/arabic/latin.ts), as the search does.
 */
import { latinQueryMatchesName } from '../../core/arabic/latin.ts';
import { matchKey } from '../../core/normalize.ts';

const LATIN = /\p{Script=Latin}/u;

/** A matcher of one query over an entity's aliases; null when the query is empty (everything matches). */
export function nameFilter(query: string): ((aliases: readonly string[], folded?: readonly string[]) => boolean) | null {
  const trimmed = query.trim();
  if (trimmed === '') return null;
  const key = matchKey(trimmed);
  const latin = LATIN.test(trimmed);
  return (aliases, folded = aliases.map(matchKey)) =>
    (key !== '' && folded.some((alias) => alias.includes(key))) || (latin && aliases.some((alias) => latinQueryMatchesName(trimmed, alias)));
}

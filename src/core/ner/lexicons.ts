/**
 * The word lists the recogniser is trained with, gathered from core's general lexicons: titles, reporting verbs and
 * (entities/lexicon.ts), function words (arabic/stopwords.ts), heads of organization names and country names (entities/gazetteer.ts).
 * Given names come from outside core (the training script reads them from an npm package) and are passed in.
 * The lists are stored in the model file, so a model always runs with the lists it was trained with.
 */
import { gazetteerEntries, ORG_PATTERN_HEADS } from '../entities/gazetteer.ts';
import { REPORTING_VERBS, TITLE_TRIGGERS } from '../entities/lexicon.ts';
import { STOPWORDS } from '../arabic/stopwords.ts';
import { matchKey } from '../normalize.ts';
import { compareCodeUnits } from '../order.ts';
import type { NerLexicons } from './features.ts';

const sorted = (words: Iterable<string>): string[] => [...new Set([...words].map(matchKey))].sort(compareCodeUnits);

export function defaultLexicons(givenNames: string[]): NerLexicons {
  // Country names that are one word (ألمانيا، العراق): ISO 3166 countries only, no city list.
  const countries = gazetteerEntries()
    .filter((e) => /^place:[A-Z]{2}$/.test(e.id))
    .flatMap((e) => e.names)
    .filter((n) => !/\s/.test(n));
  return {
    givenNames: sorted(givenNames),
    countries: sorted(countries),
    titles: sorted(TITLE_TRIGGERS),
    reportingVerbs: sorted(REPORTING_VERBS),
    orgHeads: sorted(ORG_PATTERN_HEADS),
    stopwords: sorted(STOPWORDS),
  };
}

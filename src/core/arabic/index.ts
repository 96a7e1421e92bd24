/**
 * The Arabic word layer every stage shares: spelling folding (normalize.ts, kept where it is and re-exported
 * here), words with offsets, clitic readings and the one stopword list.
 */
export { matchKey, normalizeWithOffsets, toWesternDigits, type NormalizedText } from '../normalize.ts';
export { NUMBER_SEPARATORS, words, type Word } from './words.ts';
export {
  deepestReading,
  encliticReadings,
  hasDefiniteReading,
  isDefinite,
  procliticReadings,
  withoutArticle,
  type EncliticReading,
  type ProcliticOptions,
  type ProcliticReading,
} from './clitics.ts';
export {
  NAME_DELIMITING_NOUNS,
  STOPWORDS,
  isAlifMaqsuraCollision,
  isStopword,
  isStopwordSurface,
  writesAlifMaqsura,
} from './stopwords.ts';
export { arabicSkeleton, isLatinWord, latinQueryMatchesName, latinSkeleton, nameSkeleton } from './latin.ts';

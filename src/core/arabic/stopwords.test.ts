import { describe, expect, it } from 'vitest';
import { matchKey } from '../normalize.ts';
import { NAME_DELIMITING_NOUNS, STOPWORDS, isStopword, isStopwordSurface, writesAlifMaqsura } from './stopwords.ts';

describe('STOPWORDS, the one list', () => {
  // Each row: a word as printed → whether it is a function word, with where it came from.
  const rows: Array<[string, string, boolean]> = [
    ['both former lists: في', 'في', true],
    ['entities list: لكنه', 'لكنه', true],
    ['alignment list: the reporting verb قال', 'قال', true],
    ['alignment list: أكثر', 'أكثر', true],
    ['with a fused conjunction: وقال, فهو', 'فهو', true],
    ['hamza spelt or not: إلى / الى', 'الى', true],
    ['content word: الرئيس', 'الرئيس', false],
    ['وزير is not و + a function word', 'وزير', false],
    ['calendar words are content for comparison: الخميس', 'الخميس', false],
  ];
  it.each(rows)('%s', (_source, word, stop) => {
    expect(isStopword(matchKey(word))).toBe(stop);
  });

  it('is in matchKey form, and the calendar nouns are a set apart', () => {
    for (const word of STOPWORDS) expect(matchKey(word)).toBe(word);
    for (const word of NAME_DELIMITING_NOUNS) {
      expect(matchKey(word)).toBe(word);
      expect(STOPWORDS.has(word)).toBe(false);
    }
    // entities list: weekdays, months and time nouns end a name
    expect(NAME_DELIMITING_NOUNS.has(matchKey('الخميس'))).toBe(true);
    expect(NAME_DELIMITING_NOUNS.has(matchKey('يوليو'))).toBe(true);
  });
});

describe('isStopwordSurface: على and the name علي', () => {
  // Each row: the token as written, whether its text writes ى anywhere, whether it is a function word.
  const rows: Array<[string, string, boolean, boolean]> = [
    // The usual spelling: the text writes على with ى, so علي is the given name Ali (Yemeni president علي عبد الله صالح).
    ['على in a text that writes ى', 'على', true, true],
    ['علي in a text that writes ى: the name', 'علي', true, false],
    ['وعلى, with a conjunction', 'وعلى', true, true],
    ['وعلي in a text that writes ى: "and Ali"', 'وعلي', true, false],
    // Outlets that write ي for final ى everywhere: "علي" cannot be told apart; the preposition is far more frequent.
    ['علي in a text that never writes ى: the preposition', 'علي', false, true],
    ['متى, the interrogative', 'متى', true, true],
    // Other ى-final function words fold onto no name: the surface does not matter.
    ['إلى written إلي (ي for ى)', 'إلي', true, true],
    ['حتي (ي for ى)', 'حتي', true, true],
    ['لدي (ي for ى)', 'لدي', true, true],
    ['a content word is never a stopword', 'بوتين', true, false],
  ];
  it.each(rows)('%s', (_source, surface, textWrites, stop) => {
    expect(isStopwordSurface(surface, textWrites)).toBe(stop);
  });

  it('tells a text that writes ى from one that does not', () => {
    // seed 000 writes على with ى; a ي-for-ى outlet writes the same sentence with ي.
    expect(writesAlifMaqsura('وأكد على أهمية الحلف')).toBe(true);
    expect(writesAlifMaqsura('وأكد علي أهمية الحلف')).toBe(false);
  });
});

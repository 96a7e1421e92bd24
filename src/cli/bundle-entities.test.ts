/**
 * The entities of the bundle built from content/articles with the committed recogniser: every name looks like a
 * name. The bundle is built as the CLI builds it (readArticleFolder → buildBundle with the model).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { STOPWORDS } from '../core/arabic/stopwords.ts';
import { buildBundle } from '../core/build-bundle.ts';
import type { Entity } from '../core/bundle-schema.ts';
import { REPORTING_VERBS } from '../core/entities/lexicon.ts';
import { matchKey } from '../core/normalize.ts';
import { readNerModel } from './ner-model.ts';
import { readArticleFolder } from './read-articles.ts';

let entities: Entity[];
beforeAll(async () => {
  entities = buildBundle((await readArticleFolder('content/articles')).articles, { model: readNerModel() })._riwaya.entities;
}, 60_000);

const wordsOf = (name: string): string[] => name.split(/\s+/).filter(Boolean);

describe('entities of the content/articles bundle built with the recogniser', () => {
  it('has persons, places and organizations', () => {
    for (const type of ['person', 'place', 'organization']) expect(entities.some((e) => e.type === type)).toBe(true);
  });

  it('no entity name or alias has a digit ("31. الناتو", "19,00 ت", "66 عاما")', () => {
    const withDigits = entities.flatMap((e) => [e.name, ...e.aliases]).filter((n) => /[0-9\u0660-\u0669\u06f0-\u06f9]/.test(n));
    expect(withDigits).toEqual([]);
  });

  it('every person name has 1 to 5 words, none a function word or reporting verb ("واحد لمغادرة")', () => {
    const bad = entities
      .filter((e) => e.type === 'person')
      .filter((e) => {
        const words = wordsOf(e.name);
        return words.length < 1 || words.length > 5 || words.some((w) => STOPWORDS.has(matchKey(w)) || REPORTING_VERBS.has(matchKey(w)));
      })
      .map((e) => e.name);
    expect(bad).toEqual([]);
  });

  it('the rules\' junk name after a title with no given name is gone (corpus 2018-03-15 BBC: "رئيسة وزراء يريطانيا دعوة")', () => {
    expect(entities.filter((e) => e.type === 'person' && e.aliases.some((a) => a.includes('دعوة')))).toEqual([]);
  });
});

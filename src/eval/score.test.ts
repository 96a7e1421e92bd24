import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BundleItem, Entity, Mention } from '../core/bundle-schema.ts';
import { lostLines } from '../core/lines.ts';
import { matchKey } from '../core/normalize.ts';
import {
  findOccurrences,
  formsEqual,
  formsShareSurname,
  matchEntitiesToGold,
  parseGold,
  precisionRecall,
  scoreArticle,
  scoreCrossDocument,
  summarize,
  type GoldArticle,
  type GoldFile,
} from './score.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const ARTICLES = join(ROOT, 'content', 'articles');

function loadGold(name: string): GoldFile {
  const parsed = parseGold(JSON.parse(readFileSync(join(ROOT, 'test-data', name), 'utf8')));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.problems.join('; ')}`);
  return parsed.gold;
}

/** A hand-made prediction: content, entities with their mention texts (found by search in the content). */
function predict(content: string, persons: Array<{ id: string; name: string; aliases?: string[]; type?: Entity['type']; texts: string[] }>, extra: Partial<BundleItem['_riwaya']> = {}) {
  const entities = new Map<string, Entity>();
  const mentions: Mention[] = [];
  for (const p of persons) {
    entities.set(p.id, { id: p.id, type: p.type ?? 'person', name: p.name, aliases: p.aliases ?? [p.name] });
    for (const text of p.texts) {
      const start = content.indexOf(text);
      if (start === -1) throw new Error(`test setup: ${text} not in content`);
      mentions.push({ start, end: start + text.length, entity: p.id });
    }
  }
  const item: BundleItem = {
    id: 'x',
    title: 'عنوان',
    content_text: content,
    tags: [],
    _riwaya: {
      title_source: 'headline',
      outlet: null,
      published: { value: '2018-03-27', precision: 'day' },
      mentions,
      dates: [],
      quotes: [],
      removed: [],
      story: null,
      headings: [],
      source_file: 'x.txt',
      ...extra,
    },
  };
  return { item, entities };
}

const goldOf = (persons: Record<string, string[]>, more: Partial<GoldArticle> = {}): GoldArticle => ({
  outlet: null,
  published: '2018-03-27',
  persons,
  forbidden_persons: [],
  boilerplate_absent: [],
  date_mentions: [],
  ...more,
});

describe('form matching', () => {
  it.each([
    // seed 000: clitic lam on a known name, gold form written without it
    ['لستولتنبرغ', 'ستولتنبرغ', true],
    // corpus 2018-07-16_bbc_…-817: conjunction waw joined to the name
    ['وبوتين', 'بوتين', true],
    // corpus 2018-07-11_bbc_…-784: lam before a short name
    ['لماي', 'ماي', true],
    // seed 004: hamza on alef is folded, the text writes both
    ['أوكرانيا', 'اوكرانيا', true],
    // seed 004: the two spellings of one name are different forms (gold lists both)
    ['ستولتنبرج', 'ستولتنبرغ', false],
    // corpus 2018-03-27_bbc_…-235: two different people called Sergei
    ['سيرغي لافروف', 'سيرجي سكريبال', false],
  ])('%s vs %s → %s', (a, b, expected) => {
    expect(formsEqual(a, b)).toBe(expected);
  });

  it.each([
    // seed 000: surname alone after the full name
    ['ستولتنبرغ', 'ينس ستولتنبرغ', true],
    // corpus 2018-03-27_bbc_…-235: a full-name mention against a surname-only gold form
    ['سيرغي لافروف', 'لافروف', true],
    // corpus 2018-03-27_bbc_…-235: same first name, different surnames
    ['سيرغي لافروف', 'سيرغي سكريبال', false],
    // seed 003: a one-word form on both sides is compared only by formsEqual
    ['روتي', 'روتي', false],
  ])('surname rule: %s vs %s → %s', (a, b, expected) => {
    expect(formsShareSurname(a, b)).toBe(expected);
  });

  it('an exact match wins over the surname rule', () => {
    // corpus 2018-03-12_cnn_…-100: father and daughter share the surname
    const gold = { sergei: ['سيرغي سكريبال', 'سكريبال'], yulia: ['يوليا سكريبال', 'يوليا'] };
    const matches = matchEntitiesToGold([{ id: 'e1', type: 'person', name: 'يوليا سكريبال', forms: ['يوليا سكريبال'], texts: [] }], gold);
    expect(matches.get('e1')).toEqual(['yulia']);
  });
});

describe('scoreArticle on hand-made predictions', () => {
  // corpus 2018-03-27_bbc_…-235 (shortened): Stoltenberg and Lavrov
  const content = 'وأعلن أمين العام للحلف، يانس شتولتنبيرغ، رفضه.\n\nواعتبر وزير الخارجية الروسي سيرغي لافروف أن القرار غير ودي.';
  const gold = goldOf({ stoltenberg: ['يانس شتولتنبيرغ'], lavrov: ['سيرغي لافروف'] });
  const stoltenberg = { id: 'p:stoltenberg', name: 'يانس شتولتنبيرغ', texts: ['يانس شتولتنبيرغ'] };
  const lavrov = { id: 'p:lavrov', name: 'سيرغي لافروف', texts: ['سيرغي لافروف'] };

  it.each([
    // a perfect prediction scores 1.0
    ['perfect', [stoltenberg, lavrov], 1, 1],
    // a missing person lowers recall only
    ['missing Lavrov', [stoltenberg], 1, 0.5],
    // an extra person lowers precision only
    ['extra person', [stoltenberg, lavrov, { id: 'p:x', name: 'الروسي', texts: ['الروسي'] }], 2 / 3, 1],
    // a place is not a person: neither found nor counted against precision
    ['place typed', [stoltenberg, { ...lavrov, type: 'place' as const }], 1, 0.5],
    // nothing predicted
    ['empty', [], 0, 0],
  ])('%s', (_name, persons, precision, recall) => {
    const { item, entities } = predict(content, persons);
    const summary = summarize([scoreArticle('x', gold, item, entities, content)], []);
    expect(summary.persons.precision).toBeCloseTo(precision);
    expect(summary.persons.recall).toBeCloseTo(recall);
  });

  it('a proclitic mention matches the bare gold form', () => {
    // corpus 2018-07-16_bbc_…-817: "وبوتين"
    const text = 'التقى ترامب وبوتين في هلسنكي.';
    const { item, entities } = predict(text, [{ id: 'p:putin', name: 'بوتين', aliases: ['بوتين'], texts: ['وبوتين'] }]);
    const score = scoreArticle('x', goldOf({ putin: ['بوتين'], trump: ['ترامب'] }), item, entities, text);
    expect(score.persons.missed).toEqual(['trump']);
    expect(score.persons.extra).toEqual([]);
  });

  it('a forbidden person attributed to the item is reported', () => {
    // seed 001: ترامب occurs only in the appended unrelated article
    const text = 'قال ترامب شيئا.';
    const { item, entities } = predict(text, [{ id: 'p:trump', name: 'دونالد ترامب', texts: ['ترامب'] }]);
    const score = scoreArticle('x', goldOf({}, { forbidden_persons: ['ترامب', 'شويجو'] }), item, entities, text);
    expect(score.forbiddenLeaked).toEqual(['ترامب']);
  });

  it('dates: found when a predicted span overlaps the gold text, resolved when the value is equal', () => {
    // corpus 2018-03-27_bbc_…-235: "في عام 1986"
    const text = 'في عام 1986، طرد الرئيس الأمريكي رونالد ريغان 80 دبلوماسيا. وفي عام 2016 طردت إدارة أوباما 35.';
    const a = text.indexOf('1986');
    const b = text.indexOf('2016');
    const { item, entities } = predict(text, [], {
      dates: [
        { start: a, end: a + 4, value: '1986', precision: 'year' },
        { start: b, end: b + 4, value: '2018', precision: 'year' },
      ],
    });
    const gold = goldOf({}, { date_mentions: [{ text: 'عام 1986', value: '1986' }, { text: 'عام 2016', value: '2016' }, { text: 'الجمعة', value: '2018-03-23' }] });
    const score = scoreArticle('x', gold, item, entities, text);
    expect([score.dates.found, score.dates.resolved, score.dates.total]).toEqual([2, 1, 3]);
    expect(score.dates.misses).toEqual([
      { text: 'عام 2016', value: '2016', got: '2018' },
      { text: 'الجمعة', value: '2018-03-23', notInText: true },
    ]);
  });

  it('junk, lost lines, outlet, publication date and title', () => {
    // corpus 2018-03-27_bbc_…-235: an inline related headline left in the body; the raw file has one line the item lacks
    const raw = 'العنوان\n\nفقرة أولى.\nبرلين وباريس وواشنطن: حادثة سكريبال اعتداء على سيادة بريطانيا\nسطر ضائع\n';
    const { item, entities } = predict('فقرة أولى.\n\nبرلين وباريس وواشنطن: حادثة سكريبال اعتداء على سيادة بريطانيا', [], {
      outlet: 'بي بي سي عربي',
    });
    item.title = 'العنوان';
    const gold = goldOf({}, { outlet: 'بي بي سي عربي', title: 'العنوان', boilerplate_absent: ['برلين وباريس وواشنطن: حادثة سكريبال', 'للمزيد'] });
    const score = scoreArticle('x', gold, item, entities, raw);
    expect(score.junkPresent).toEqual(['برلين وباريس وواشنطن: حادثة سكريبال']);
    expect(score.linesLost).toEqual(['سطر ضائع']);
    expect(score.outlet?.right).toBe(true);
    expect(score.published.right).toBe(true);
    expect(score.title?.right).toBe(true);
  });
});

describe('cross-document identity', () => {
  const gold = (ids: string[]): GoldFile => ({
    note: 'n',
    articles: Object.fromEntries(ids.map((id) => [id, goldOf({ putin: ['بوتين', 'فلاديمير بوتين'] })])),
    cross_document: { putin: ids },
  });

  it.each([
    // corpus 2018-07-16/17 Helsinki articles: one id everywhere
    ['one id', ['p:putin', 'p:putin'], true],
    // corpus 2018-03-18 skynews vs 2018-07-17 bbc: بوتين and بوتن split into two entities
    ['split', ['p:putin', 'p:putin-2'], false],
  ])('%s', (_name, ids, same) => {
    const items = new Map<string, BundleItem>();
    const entities = new Map<string, Entity>();
    ids.forEach((entityId, i) => {
      const p = predict('قال فلاديمير بوتين', [{ id: entityId, name: 'فلاديمير بوتين', texts: ['فلاديمير بوتين'] }]);
      items.set(`a${i}`, { ...p.item, id: `a${i}` });
      for (const [k, v] of p.entities) entities.set(k, v);
    });
    const [score] = scoreCrossDocument(gold(['a0', 'a1']), items, entities);
    expect(score?.same).toBe(same);
  });
});

describe('helpers', () => {
  it('precisionRecall: F1 is the harmonic mean; empty gold and empty prediction is perfect', () => {
    expect(precisionRecall(1, 2, 1, 1).f1).toBeCloseTo(2 / 3);
    expect(precisionRecall(0, 0, 0, 0)).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('findOccurrences maps a folded match back onto the display text', () => {
    // seed 004: the text writes hamza, the needle does not
    const text = 'زار أوكرانيا ثم أوكرانيا';
    expect(findOccurrences(text, 'اوكرانيا').map((s) => text.slice(s.start, s.end))).toEqual(['أوكرانيا', 'أوكرانيا']);
  });

  it('lostLines (core): a line kept verbatim in any field is never lost', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 20 }), { maxLength: 8 }), (lines) => {
        const raw = lines.join('\n');
        const { item } = predict(lines.map((l) => l.trim()).join('\n\n'), []);
        expect(lostLines(raw, item)).toEqual([]);
      }),
    );
  });

  it('parseGold names the problem', () => {
    const parsed = parseGold({ note: 'n', articles: { a: goldOf({}) }, cross_document: { putin: ['a', 'b'] } });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.join('\n')).toMatch(/b, which is not among the articles/);
  });
});

/**
 * The prediction a perfect pipeline would make for a gold article: residue lines moved to removed[], one entity per
 * gold person (shared across articles by key), every form, date text and subheading marked where it occurs.
 */
function perfectItem(raw: string, gold: GoldArticle, entities: Map<string, Entity>): BundleItem {
  const lines = raw.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const [headline = '', ...body] = lines;
  const isResidue = (line: string) => gold.boilerplate_absent.some((junk) => matchKey(line).includes(matchKey(junk)));
  const content = body.filter((l) => !isResidue(l)).join('\n\n');
  const mentions: Mention[] = [];
  const mark = (id: string, type: Entity['type'], forms: string[]) => {
    const known = entities.get(id);
    entities.set(id, { id, type, name: forms[0] ?? id, aliases: [...new Set([...(known?.aliases ?? []), ...forms])] });
    for (const form of forms) for (const span of findOccurrences(content, form)) mentions.push({ ...span, entity: id });
  };
  for (const [key, forms] of Object.entries(gold.persons)) mark(`person:${key}`, 'person', forms);
  for (const place of gold.places_some ?? []) mark(`place:${place}`, 'place', [place]);
  for (const org of gold.organizations_some ?? []) mark(`org:${org}`, 'organization', [org]);
  const precisionOf = (value: string) => (value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year');
  return {
    id: 'x',
    title: gold.title ?? headline,
    content_text: content,
    tags: [],
    _riwaya: {
      title_source: 'headline',
      outlet: gold.outlet,
      published: { value: gold.published, precision: precisionOf(gold.published) },
      mentions: mentions.sort((a, b) => a.start - b.start),
      dates: gold.date_mentions.flatMap((d) =>
        findOccurrences(content, d.text).map((span) => ({ ...span, value: d.value, precision: d.value === null ? null : precisionOf(d.value) })),
      ),
      quotes: [],
      removed: [headline, ...body.filter(isResidue)].map((text) => ({ kind: 'residue', text })),
      story: null,
      headings: (gold.subheadings ?? []).flatMap((h) => findOccurrences(content, h)),
      source_file: 'x.txt',
    },
  };
}

/** Letters and digits only, folded: how a form compares when punctuation between its words is ignored. */
const lettersOnly = (text: string) => matchKey(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

describe.each([
  // test-data/seeds-gold.json (copy of /work/shared/seeds/gold.json, not ours to edit): written to the "matching"
  // note, so punctuation may differ; 001 lists "فلاديمير بوتين" where the text has "(فلاديمير) بوتين".
  ['seeds-gold.json', false],
  // test-data/corpus-gold.json: every form was copied from the article, so it must occur literally.
  ['corpus-gold.json', true],
])('gold file %s', (name, literal) => {
  const gold = loadGold(name);

  it('every surface form, date text and named sample occurs in its raw article', () => {
    const missing: string[] = [];
    for (const [id, article] of Object.entries(gold.articles)) {
      const raw = readFileSync(join(ARTICLES, `${id}.txt`), 'utf8');
      const rawLetters = lettersOnly(raw);
      const texts = [
        ...Object.values(article.persons).flat(),
        ...article.forbidden_persons,
        ...article.date_mentions.map((d) => d.text),
        ...(article.places_some ?? []),
        ...(article.organizations_some ?? []),
        ...(article.subheadings ?? []),
        ...article.boilerplate_absent,
      ];
      for (const text of texts) {
        const occurs = literal ? raw.includes(text) : rawLetters.includes(lettersOnly(text));
        if (!occurs) missing.push(`${id}: ${text}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('a prediction that says exactly what the gold says scores 1.0 on every line', () => {
    const items = new Map<string, BundleItem>();
    const entities = new Map<string, Entity>();
    const scores = Object.entries(gold.articles).map(([id, article]) => {
      const raw = readFileSync(join(ARTICLES, `${id}.txt`), 'utf8');
      const item = perfectItem(raw, article, entities);
      items.set(id, item);
      return { id, article, item, raw };
    });
    const summary = summarize(
      scores.map(({ id, article, item, raw }) => scoreArticle(id, article, item, entities, raw)),
      scoreCrossDocument(gold, items, entities),
    );
    expect([summary.persons.precision, summary.persons.recall, summary.linesLost, summary.forbiddenLeaked.found]).toEqual([1, 1, 0, 0]);
    const { crossDocument, junkRemoved, datesResolved, outlet, places, organizations, subheadings, titles } = summary;
    const counts = { crossDocument, junkRemoved, datesResolved, outlet, places, organizations, subheadings, titles };
    for (const [line, count] of Object.entries(counts)) expect([line, count.found]).toEqual([line, count.total]);
  });

  it('publication dates agree with manifest.json', () => {
    const manifest = JSON.parse(readFileSync(join(ARTICLES, 'manifest.json'), 'utf8')) as Array<{ file: string; published?: string }>;
    const published = new Map(manifest.map((e) => [e.file.replace(/\.txt$/, ''), e.published]));
    for (const [id, article] of Object.entries(gold.articles)) expect([id, published.get(id)]).toEqual([id, article.published]);
  });
});

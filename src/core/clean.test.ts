import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanArticle, REMOVED_KINDS, type CleanedArticle } from './clean.ts';
import { matchKey } from './normalize.ts';

const ARTICLES = new URL('../../content/articles/', import.meta.url);
const GOLD = new URL('../../test-data/seeds-gold.json', import.meta.url);

const readArticle = (file: string) => readFileSync(new URL(file, ARTICLES), 'utf8');
const articleFiles = readdirSync(ARTICLES).filter((f) => f.endsWith('.txt')).sort();

interface ManifestEntry { file: string; title?: string; outlet: string | null }
const manifest = JSON.parse(readFileSync(new URL('manifest.json', ARTICLES), 'utf8')) as ManifestEntry[];
const corpusEntries = manifest.filter((m) => m.title !== undefined);

interface GoldArticle {
  title?: string;
  outlet: string | null;
  persons: Record<string, string[]>;
  forbidden_persons: string[];
  places_some?: string[];
  subheadings?: string[];
  boilerplate_absent: string[];
  date_mentions: { text: string }[];
}
const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as { articles: Record<string, GoldArticle> };

/** content_text as the pipeline lays it out: blocks joined by one blank line. */
const contentOf = (c: CleanedArticle) => c.blocks.map((b) => b.text).join('\n\n');
// CR, CRLF and LF each end a line (as in core/lines.ts).
const nonBlankLines = (raw: string) => raw.split(/\r\n|\r|\n/).map((l) => l.trim()).filter((l) => l.length > 0);
/** Every line the cleaner put somewhere, in order of kind: headline, blocks, removed entries (split back into lines). */
const placedLines = (c: CleanedArticle) => [
  ...(c.headline === null ? [] : [c.headline]),
  ...c.blocks.map((b) => b.text),
  ...c.removed.flatMap((r) => r.text.split('\n')),
];
const sorted = (xs: string[]) => [...xs].sort();

/** Whole-word presence in folded text, allowing one proclitic (و ف ب ل ك) as the gold's matching note does. */
function hasWord(text: string, word: string): boolean {
  const w = matchKey(word);
  return new RegExp(`(?:^|[^\\p{L}])[وفبلك]?${w}(?:$|[^\\p{L}])`, 'u').test(matchKey(text));
}

describe('the invariant: every non-blank line is placed exactly once, verbatim', () => {
  it.each(articleFiles)('%s', (file) => {
    const raw = readArticle(file);
    const cleaned = cleanArticle(raw);
    expect(sorted(placedLines(cleaned))).toEqual(sorted(nonBlankLines(raw)));
  });

  /** Arabic fragments, residue markers in their spellings, punctuation and line breaks, glued at random. */
  const fragment = fc.constantFrom(
    'أعلن الأمين العام لحلف الناتو',
    ' ينس ستولتنبرغ',
    'وقال إن الحلف سيواصل دعم أوكرانيا.',
    'اقرأ أيضاً',
    'إقرأ أيضاً:',
    'اقرا ايضا |',
    'أمين عام الناتو يتوقع حربا طويلة الأمد',
    'المصدر | الخليج الجديد',
    'المصدر: ',
    'كلمات دلالية: أوكرانيا الأمین',
    'الوسوم:',
    'مقالات مشابهة',
    '  • ',
    '1. ',
    '[covid19-ultimate-card region=”EG”]',
    '[/caption]',
    'إعلان',
    // made-up leads of unrelated stories, so that runs of trailing teasers are cut in the fuzzing too
    'تراجعت أسعار النفط في التعاملات الآسيوية مع تزايد المخاوف من تباطؤ الطلب العالمي على الخام.',
    'توقعت هيئة الأرصاد الجوية أن تشهد معظم المناطق أجواء شديدة الحرارة خلال الأيام المقبلة.',
    'شارك',
    'تابعونا على تويتر',
    '#روسيا ',
    '#طرد_دبلوماسيين_روس',
    'للمزيد - ',
    '-----',
    'وكالة المغرب الكبير للأنباء',
    'كييفالكرملين: ',
    'يجيبأوكرانيا',
    '؟',
    '.',
    '،',
    ':',
    ' ',
    '\u00a0',
    '\u200f',
    '\t',
    '\r',
    '\n',
    '\n',
    '\n\n',
    '\r\n',
  );
  const arabicish = fc.oneof(
    { weight: 4, arbitrary: fc.array(fragment, { maxLength: 60 }).map((parts) => parts.join('')) },
    { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
    {
      weight: 1,
      arbitrary: fc.array(fc.oneof(fragment, fc.string({ maxLength: 8 })), { maxLength: 40 }).map((parts) => parts.join('')),
    },
  );

  it('holds for arbitrary strings made of Arabic fragments, markers and line breaks', () => {
    fc.assert(
      fc.property(arabicish, (raw) => {
        const cleaned = cleanArticle(raw);
        expect(sorted(placedLines(cleaned))).toEqual(sorted(nonBlankLines(raw)));
        for (const r of cleaned.removed) {
          expect(REMOVED_KINDS).toContain(r.kind);
          expect(r.text.length).toBeGreaterThan(0);
        }
        for (const b of cleaned.blocks) expect(b.text).toBe(b.text.trim());
      }),
      { numRuns: 600 },
    );
  });

  it('is deterministic: the same input gives the same output, whatever was cleaned before', () => {
    fc.assert(
      fc.property(arabicish, arabicish, (a, b) => {
        const first = cleanArticle(a);
        cleanArticle(b);
        expect(cleanArticle(a)).toEqual(first);
      }),
      { numRuns: 200 },
    );
    for (const file of articleFiles) expect(cleanArticle(readArticle(file))).toEqual(cleanArticle(readArticle(file)));
  });

  it('exports every kind as a lowercase code', () => {
    for (const kind of REMOVED_KINDS) expect(kind).toMatch(/^[a-z][a-z0-9-]*$/);
    expect(new Set(REMOVED_KINDS).size).toBe(REMOVED_KINDS.length);
  });
});

describe('seeds against gold.json', () => {
  const seeds = Object.entries(gold.articles);

  it.each(seeds)('%s: no boilerplate survives in headline or content', (id, g) => {
    const cleaned = cleanArticle(readArticle(`${id}.txt`));
    const visible = `${cleaned.headline ?? ''}\n${contentOf(cleaned)}`;
    for (const s of g.boilerplate_absent) expect(visible, s).not.toContain(s);
  });

  it.each(seeds)('%s: headline and outlet as gold says', (id, g) => {
    const cleaned = cleanArticle(readArticle(`${id}.txt`));
    expect(cleaned.headline).toBe(g.title ?? null);
    expect(cleaned.outlet).toBe(g.outlet);
  });

  it.each(seeds)('%s: the article itself is kept (persons, places, dates of gold are in content)', (id, g) => {
    const content = contentOf(cleanArticle(readArticle(`${id}.txt`)));
    const expected = [...Object.values(g.persons).flat(), ...(g.places_some ?? []), ...g.date_mentions.map((d) => d.text)];
    // Gold forms are names, compared as the gold's note says: folded, punctuation and spacing collapsed
    // (001 writes "(الرئيس الروسي فلاديمير) بوتين").
    const comparable = (t: string) => matchKey(t).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    for (const s of expected) expect(comparable(content), s).toContain(comparable(s));
  });

  it.each(seeds)('%s: people of residue and appended articles are gone', (id, g) => {
    const cleaned = cleanArticle(readArticle(`${id}.txt`));
    for (const person of g.forbidden_persons) {
      expect(hasWord(contentOf(cleaned), person), person).toBe(false);
      expect(hasWord(cleaned.headline ?? '', person), person).toBe(false);
    }
  });

  it.each(seeds.filter(([, g]) => g.subheadings))('%s: gold subheadings are the heading blocks', (id, g) => {
    const cleaned = cleanArticle(readArticle(`${id}.txt`));
    expect(cleaned.blocks.filter((b) => b.heading).map((b) => b.text)).toEqual(g.subheadings);
  });
});

describe('seeds: what is cut, and as what', () => {
  it.each<[string, string[]]>([
    // seed 000: four covid widget shortcodes at the end
    ['000_65e48351ce8b35e2.txt', ['shortcode', 'shortcode', 'shortcode', 'shortcode']],
    // seed 001: two read-also pairs in the body, two source lines, tags, the appended 2025 article, the list
    ['001_3050791f78128683.txt', ['read-also', 'read-also', 'source', 'source', 'tags', 'appended-article', 'related-list']],
    // seed 002: source, tags, the appended article (with its subheading and ad marker), the list
    ['002_2274472028061bc0.txt', ['source', 'tags', 'appended-article', 'related-list']],
    // seed 003: the agency byline under the headline
    ['003_3945717365d2420a.txt', ['byline']],
    // seed 004: nothing to cut
    ['004_1f3ba952f4cdec09.txt', []],
  ])('%s → %j', (file, kinds) => {
    expect(cleanArticle(readArticle(file)).removed.map((r) => r.kind)).toEqual(kinds);
  });

  it('seed 001: each read-also marker takes its headline; the body after it stays', () => {
    const cleaned = cleanArticle(readArticle('001_3050791f78128683.txt'));
    const readAlso = cleaned.removed.filter((r) => r.kind === 'read-also').map((r) => r.text);
    expect(readAlso).toEqual([
      'اقرأ أيضاً\nأمين عام الناتو يتوقع حربا طويلة الأمد في أوكرانيا',
      'اقرأ أيضاً\nأبدى استعداده لمفاوضات سلام حول أوكرانيا.. بوتين: لا نريد صداما مباشرا مع الناتو',
    ]);
    expect(contentOf(cleaned)).toContain('ونشر زيلينسكي مشاهد من لقائه');
  });

  it('seed 001: the appended article is one block from the marker to the list, glued headlines included', () => {
    const raw = readArticle('001_3050791f78128683.txt');
    const appended = cleanArticle(raw).removed.find((r) => r.kind === 'appended-article')!;
    const lines = appended.text.split('\n');
    expect(lines[0]).toBe('إقرأ أيضاً:');
    expect(lines[1]).toBe('أوكرانيا: إصابة 21 شخصا في القصف الصاروخي الروسي على كييف');
    expect(lines.some((l) => l.includes('كييفالكرملين'))).toBe(true);
    expect(lines[lines.length - 1]).toMatch(/^ويُعد هذا الهجوم الصاروخي/);
    expect(lines).toHaveLength(7);
  });

  it('seed 002: the appended article keeps its own subheading and ad marker inside the block', () => {
    const appended = cleanArticle(readArticle('002_2274472028061bc0.txt')).removed.find((r) => r.kind === 'appended-article')!;
    const lines = appended.text.split('\n');
    expect(lines).toContain('معالجة جذور الأزمة');
    expect(lines).toContain('إعلان');
    expect(lines[lines.length - 1]).toMatch(/^وقال الكرملين إن الرئيس الروسي/);
  });

  it('seeds 001, 002: tags as written (Persian ی kept), the tag line kept verbatim in removed', () => {
    const c1 = cleanArticle(readArticle('001_3050791f78128683.txt'));
    expect(c1.tags).toEqual(['أوكرانيا', 'كييف', 'الناتو', 'أوروبا', 'دعم', 'عسكري', 'ستولتنبرغ', 'الأمین', 'العام']);
    expect(c1.removed.find((r) => r.kind === 'tags')?.text).toBe('كلمات دلالية: أوكرانيا كييف الناتو أوروبا دعم عسكري ستولتنبرغ الأمین العام');
    expect(cleanArticle(readArticle('002_2274472028061bc0.txt')).tags).toEqual(['ستولتنبرج', 'الناتو', 'روسيا', 'أوكرانيا']);
  });

  it('seeds 001, 002, 004: a long lead sentence on the first line stays a body paragraph', () => {
    for (const file of ['001_3050791f78128683.txt', '002_2274472028061bc0.txt', '004_1f3ba952f4cdec09.txt']) {
      const raw = readArticle(file);
      const cleaned = cleanArticle(raw);
      expect(cleaned.headline).toBeNull();
      expect(cleaned.blocks[0]?.text).toBe(nonBlankLines(raw)[0]);
    }
  });
});

describe('corpus (63 articles, 5 outlets)', () => {
  it.each(corpusEntries.map((m) => [m.file, m.title!] as const))('%s: the title line is the headline', (file, title) => {
    expect(cleanArticle(readArticle(file)).headline).toBe(title);
  });

  it.each<[string, string[]]>([
    // corpus 2018-03-27_bbc_…-235: two in-line runs of related-story links (3 lines, then 2 lines)
    ['2018-03-27_bbc_BB-internationalNews-235.txt', ['related-headlines', 'related-headlines']],
    // corpus 2018-04-12_bbc_…-326: a run of two links after the second paragraph
    ['2018-04-12_bbc_BB-internationalNews-326.txt', ['related-headlines']],
    // corpus 2018-07-12_bbc_…-787: a run of three links
    ['2018-07-12_bbc_BB-internationalNews-787.txt', ['related-headlines']],
    // corpus 2018-04-12_france24_…-699: the "للمزيد:" link
    ['2018-04-12_france24_FR-internationalNews-699.txt', ['more-link']],
    // corpus 2018-07-16_bbc_…-817 and 2018-07-17_bbc_…-822: rule line and app footer
    ['2018-07-16_bbc_BB-internationalNews-817.txt', ['separator', 'promo']],
    ['2018-07-17_bbc_BB-internationalNews-822.txt', ['separator', 'promo']],
  ])('%s → %j', (file, kinds) => {
    expect(cleanArticle(readArticle(file)).removed.map((r) => r.kind)).toEqual(kinds);
  });

  it('cuts nothing from the other 57 corpus articles', () => {
    const withResidue = new Set([
      '2018-03-27_bbc_BB-internationalNews-235.txt',
      '2018-04-12_bbc_BB-internationalNews-326.txt',
      '2018-07-12_bbc_BB-internationalNews-787.txt',
      '2018-04-12_france24_FR-internationalNews-699.txt',
      '2018-07-16_bbc_BB-internationalNews-817.txt',
      '2018-07-17_bbc_BB-internationalNews-822.txt',
    ]);
    const cut = corpusEntries
      .filter((m) => !withResidue.has(m.file))
      .flatMap((m) => cleanArticle(readArticle(m.file)).removed.map((r) => `${m.file}: ${r.kind}`));
    expect(cut).toEqual([]);
  });

  it('corpus 2018-03-27_bbc_…-235: the related links go, the "country: number" list stays', () => {
    const cleaned = cleanArticle(readArticle('2018-03-27_bbc_BB-internationalNews-235.txt'));
    expect(cleaned.removed[0]?.text.split('\n')).toEqual([
      'دبلوماسيون روس يغادرون بريطانيا مع استمرار أزمة الجاسوس سكريبال',
      'برلين وباريس وواشنطن: حادثة سكريبال اعتداء على سيادة بريطانيا',
      'إدانة روسية لتشبيه كأس العالم في عهد بوتين بأولمبياد برلين في عهد هتلر',
    ]);
    const blocks = cleaned.blocks.map((b) => b.text);
    for (const item of ['أوكرانيا: 13', 'ألبانيا: 2', 'مقدونيا: 1', 'النرويج: 1']) expect(blocks).toContain(item);
    expect(cleaned.blocks.find((b) => b.text === 'أوكرانيا: 13')?.heading).toBe(false);
  });

  it.each<[string, string, boolean]>([
    // corpus 2018-03-14_france24_…-427 line 9: France24 subheading
    ['2018-03-14_france24_FR-internationalNews-427.txt', 'دعم أوروبي لبريطانيا', true],
    // corpus 2018-10-14_skynews_…-3487 line 6: Sky News subheading
    ['2018-10-14_skynews_SK-internationalNews-3487.txt', 'خطوة دراماتيكية', true],
    // corpus 2018-07-17_france24_…-2345 line 11: a quoted subheading
    ['2018-07-17_france24_FR-internationalNews-2345.txt', '"الولايات المتحدة اتسمت بالحماقة"', true],
    // corpus 2018-07-16_bbc_…-817 line 21: a question subheading before its paragraph
    ['2018-07-16_bbc_BB-internationalNews-817.txt', 'ما هو المتوقع من القمة؟', true],
    // corpus 2018-07-16_bbc_…-817 line 15: two short questions in a row — only the second sits before a paragraph
    ['2018-07-16_bbc_BB-internationalNews-817.txt', 'ما هي القضايا المطروحة خلال القمة؟', false],
    // corpus 2018-03-27_bbc_…-235 line 18: a list item ending in a full stop
    ['2018-03-27_bbc_BB-internationalNews-235.txt', 'الولايات المتحدة: 60 ديبلوماسيا.', false],
  ])('%s: "%s" heading → %s', (file, text, heading) => {
    const block = cleanArticle(readArticle(file)).blocks.find((b) => b.text === text);
    expect(block?.heading).toBe(heading);
  });

  it('corpus Al Arabiya: hashtag words become tags; the sentence keeps its text', () => {
    // corpus 2018-03-26_alarabiya_…-634 line 3
    const cleaned = cleanArticle(readArticle('2018-03-26_alarabiya_AL-internationalNews-634.txt'));
    expect(cleaned.tags).toContain('طرد دبلوماسيين روس');
    expect(contentOf(cleaned)).toContain('#طرد_دبلوماسيين_روس');
  });

  it('never cuts a line that ends with a full stop, except the app footer', () => {
    const cutSentences = corpusEntries.flatMap((m) =>
      cleanArticle(readArticle(m.file))
        .removed.filter((r) => r.kind !== 'promo')
        .flatMap((r) => r.text.split('\n'))
        .filter((l) => /[^.]\.$/.test(l)),
    );
    expect(cutSentences).toEqual([]);
  });
});

/** Made-up articles built from seed lines, to pin each context rule on its own. */
const LEAD = 'أعلن الأمين العام لحلف شمال الأطلسي (ناتو) ينس ستولتنبرغ، مساعدة عسكرية إضافية لأوكرانيا خلال زيارة إلى كييف.';
const BODY = 'من جهته، قال الرئيس الأوكراني إنه بحث مع الأمين العام للحلف الأطلسي تعزيز الدفاعات الجوية لبلاده قبل الشتاء.';
const CONTINUATION = 'ونشر زيلينسكي مشاهد من لقائه مع وزير الدفاع البريطاني غرانت شابس في القصر الرئاسي بكييف.';
const FOREIGN_HEADLINE = 'ترامب: أيام مقبلة مهمة للغاية لمحادثات السلام بين روسيا وأوكرانيا';
const FOREIGN_LEAD = 'قال الرئيس الأميركي دونالد ترامب إن الأيام القليلة المقبلة ستكون مهمة للغاية لمحادثات السلام بين روسيا وأوكرانيا.';
const FOREIGN_BODY = 'وأضاف ترامب بعد لقائه رئيس وزراء النرويج يوناس غار ستور بالبيت الأبيض، أنّ لديه موعدا نهائيا في ذهنه.';
const article = (...lines: string[]) => lines.join('\n\n');
const kinds = (raw: string) => cleanArticle(raw).removed.map((r) => r.kind);

describe('context rules on made-up articles built from seed lines', () => {
  it.each<[string, string, string[]]>([
    // spelling variant of seed 001 lines 13–19: no hamza, no tanween, a colon; the host article continues
    ['read-also mid-body, continuation after', article(LEAD, BODY, 'اقرا ايضا:', 'أمين عام الناتو يتوقع حربا طويلة الأمد في أوكرانيا', CONTINUATION), ['read-also']],
    // made-up from seeds 001 and 002: an ad marker right under the read-also headline is its own residue
    ['read-also, then an ad marker', article(LEAD, 'اقرأ أيضاً', FOREIGN_HEADLINE, 'إعلان', CONTINUATION), ['read-also', 'ad']],
    // made-up from seed 001 line 15: two related headlines under one marker
    ['read-also with two headlines', article(LEAD, 'اقرأ أيضاً', 'أمين عام الناتو يتوقع حربا طويلة الأمد في أوكرانيا', FOREIGN_HEADLINE, CONTINUATION), ['read-also']],
    // seed 002 shape (lines 13–23): marker after the source and tag lines → appended article to the end
    ['marker after the footer', article(LEAD, BODY, 'المصدر: البوابة نيوز', 'إقرأ أيضاً:', FOREIGN_HEADLINE, FOREIGN_LEAD, FOREIGN_BODY), ['source', 'appended-article']],
    // seed 002 shape, but the foreign paragraph opens with و: after the footer it is foreign all the same
    ['marker after the footer, paragraph not a lead', article(LEAD, 'المصدر: البوابة نيوز', 'إقرأ أيضاً:', FOREIGN_HEADLINE, FOREIGN_BODY), ['source', 'appended-article']],
    // the same without the footer: a و-paragraph continues the host article, only the marker and headline go
    ['marker mid-body, paragraph not a lead', article(LEAD, 'إقرأ أيضاً:', FOREIGN_HEADLINE, FOREIGN_BODY), ['read-also']],
    // seed 002 without its footer: no source line anywhere, and the paragraph after the headline is a new lead
    ['marker, headline, new lead, no footer', article(LEAD, BODY, 'إقرأ أيضاً:', FOREIGN_HEADLINE, FOREIGN_LEAD, FOREIGN_BODY), ['appended-article']],
    // seed 001 shape: a new lead after the marker, but the host's own source line follows → host continues
    ['marker, headline, lead, then the host footer', article(LEAD, 'اقرأ أيضاً', FOREIGN_HEADLINE, FOREIGN_LEAD, 'المصدر | الخليج الجديد'), ['read-also', 'source']],
    // seed 002 shape: the appended article stops at the related list
    ['appended article, then a list', article(LEAD, 'كلمات دلالية: الناتو', 'إقرأ أيضاً:', FOREIGN_HEADLINE, FOREIGN_LEAD, 'مقالات ذات صلة', '• ترامب: القرم ستبقى مع روسيا'), ['tags', 'appended-article', 'related-list']],
    // seed 002 line 35 moved into a host article: a lone ad label between paragraphs, blank lines around it
    ['ad label between paragraphs', article(LEAD, 'إعلان', BODY), ['ad']],
    // made-up (2026-12-06), after the page furniture of Arab news sites: a video's label where the player was, a
    // credit in parentheses, a follow line naming an app, "click here" after a purpose; the host's text all stays
    ['media label, credit, follow-us and click-here lines', article(LEAD, 'فيديو', '(الصورة: رويترز)', BODY, 'تابعونا على تطبيق نبض', 'للمزيد من الأخبار اضغط هنا'), ['embed', 'image-credit', 'share', 'promo']],
    // spelling variants of seed 002 line 35: dashed, without hamza, two ad slots in a row, at the very end
    ['ad labels in their frames', `${LEAD}\n- إعلان -\n  اعلان  \n${BODY}\n\n[إعلان]`, ['ad', 'ad', 'ad']],
    // spelling variant of seed 001 line 15: headline on the marker line; the next paragraph is the host's
    ['inline read-also headline', article(LEAD, 'اقرأ أيضا: أمين عام الناتو يتوقع حربا طويلة الأمد', CONTINUATION), ['read-also']],
  ])('%s', (_name, raw, expected) => {
    expect(kinds(raw)).toEqual(expected);
  });

  it('made-up from seed 002: the appended article takes everything to the end, ad marker included', () => {
    const raw = article(LEAD, 'المصدر: البوابة نيوز', 'إقرأ أيضاً:', FOREIGN_HEADLINE, FOREIGN_LEAD, 'إعلان', FOREIGN_BODY);
    const cleaned = cleanArticle(raw);
    expect(cleaned.blocks.map((b) => b.text)).toEqual([LEAD]);
    expect(cleaned.removed[1]?.text.split('\n')).toEqual(['إقرأ أيضاً:', FOREIGN_HEADLINE, FOREIGN_LEAD, 'إعلان', FOREIGN_BODY]);
  });

  it('made-up from seed 001: a bullet list after the footer is a related list even without a header', () => {
    expect(kinds(article(LEAD, 'المصدر: الخليج الجديد', '  • بولندا تدعو الاتحاد الأوروبي إلى زيادة الإنفاق الدفاعي', '  • ترامب: القرم ستبقى مع روسيا'))).toEqual(['source', 'related-list']);
  });

  it.each<[string, string, string[]]>([
    // made-up, a site's breadcrumb above the title (as many Arab news pages print it)
    ['breadcrumb', ['الرئيسية > أخبار > العالم', FOREIGN_HEADLINE, '', LEAD, '', BODY].join('\n'), ['site']],
    // made-up, the page's date line above the title
    ['date line', ['الأحد 05 مارس 2023 - 12:30 م', FOREIGN_HEADLINE, '', LEAD].join('\n'), ['timestamp']],
    // made-up, after real pages' tops (Egyptian, Moroccan, Levantine sites): the section's name over the title
    ['section label', ['سياسة', '', FOREIGN_HEADLINE, '', LEAD].join('\n'), ['site']],
    // made-up: the page's day (today's) with its weekday, the masthead (posts and holders), the menu, then the title
    ['page top', ['الجمعة 22 نوفمبر 2024', 'رئيس التحرير', 'سعيد عبد الله', 'أخبار', 'رياضة', 'فن', '', FOREIGN_HEADLINE, '', LEAD].join('\n'), ['site']],
    // made-up after an Egyptian party paper's page (local set H): a post the pattern does not know heads the masthead
    ['a party\'s post over the masthead', ['رئيس حزب الأفق', 'د. سعيد عبد الله', 'رئيس التحرير', 'د. كريم حسن', '', FOREIGN_HEADLINE, '', LEAD].join('\n'), ['site']],
    // made-up: a control's or a style's English name, the site's other headlines as bullets
    ['no Arabic letter, bullets', ['logo-print', '• الذهب يرتفع لأعلى مستوى في شهر', '• الناتو يؤكد دعمه لأوكرانيا', FOREIGN_HEADLINE, '', LEAD].join('\n'), ['site', 'related-headlines']],
  ])('made-up: the headline is found under the page\'s furniture (%s)', (_name, raw, expected) => {
    const cleaned = cleanArticle(raw);
    expect(cleaned.headline).toBe(FOREIGN_HEADLINE);
    expect(cleaned.removed.map((r) => r.kind)).toEqual(expected);
    expect(cleaned.blocks[0]?.text).toBe(LEAD);
  });

  it('made-up: "مواضيع قد تهمك" heads a related list', () => {
    expect(kinds(article(LEAD, BODY, 'مواضيع قد تهمك', FOREIGN_HEADLINE, 'الذهب يرتفع لأعلى مستوى في شهر'))).toEqual(['related-list']);
  });

  it('made-up, after real pages: a style rule anywhere, and short lines without an Arabic letter under the last paragraph, are the site\'s', () => {
    const raw = article(LEAD, '.widget{margin-top: 20px; max-width:250px}', BODY, 'No Image', 'Tweets by example', '4647');
    const cleaned = cleanArticle(raw);
    expect(cleaned.removed).toEqual([
      { kind: 'site', text: '.widget{margin-top: 20px; max-width:250px}' },
      { kind: 'site', text: 'No Image\nTweets by example\n4647' },
    ]);
    expect(cleaned.blocks.map((b) => b.text)).toEqual([LEAD, BODY]);
  });

  it('made-up, after real pages: the site\'s menu run into one line, and style rules run into one line, are the site\'s', () => {
    const menu = 'أخبار الأردن اقتصاديات خليجيات دوليات مغاربيات برلمانيات وفيات جامعات رياضة مقالات';
    const styles = '.container .row:has(.last) { flex-direction: column; } .section-title { margin: 0 }';
    expect(kinds(article(LEAD, menu, BODY, styles))).toEqual(['site', 'site']);
    // made-up after a Jordanian outlet's menu (local set F, 2022): the site's own items among the sections, fewer than
    // MENU_SHARE of the words, but not one function word in 15 or more
    const longMenu = 'أخبار الأردن اقتصاديات مغاربيات خليجيات دوليات برلمانيات جامعات وفيات رياضة وظائف للأردنيين أحزاب مقالات أسرار ومجالس مقالات مختارة تبليغات قضائية الموقف شهادة مناسبات مستثمرون جاهات واعراس';
    expect(kinds(article(LEAD, longMenu, BODY))).toEqual(['site']);
    // review 2026-12-06 (made-up): a sentence listing sections joined by و is prose
    expect(kinds(article(LEAD, 'أخبار الاقتصاد والرياضة والثقافة والصحة والتعليم والسياحة والبيئة والمجتمع تتصدر اهتمامات القراء هذا العام بحسب استطلاع جديد', BODY))).toEqual([]);
    // A sentence that names sections has its verbs and function words (here 7 names of 16 words); code is no style rule.
    expect(kinds(article(LEAD, 'وتنشر الصحيفة كل أسبوع أخبار السياسة والاقتصاد والرياضة والثقافة والفنون والصحة في ملحق خاص يوزع مجانا', BODY))).toEqual([]);
    expect(kinds(article(LEAD, "const options = { lang: 'ar', normalize: true };", BODY))).toEqual([]);
  });

  it('review (made-up): inside the text, a line without an Arabic letter is the article\'s own (a score, a product\'s name)', () => {
    expect(kinds(article(LEAD, 'Liverpool 2-1 Chelsea', BODY, 'iPhone 15 Pro Max', CONTINUATION))).toEqual([]);
  });

  it.each<[string, string, string | null]>([
    // review (made-up): a short headline alone on top is no section label (neither a section's name nor a menu's item)
    ['short headline, deck', `وداعاً مارادونا\n\nرحل أسطورة كرة القدم الأرجنتينية عن ستين عاما بعد أزمة قلبية\n\n${LEAD}`, 'وداعاً مارادونا'],
    // review (made-up): a byline under a short headline is never taken for the headline
    ['short headline, byline', `رحيل الأبنودي\nبقلم: محمد أحمد علي حسن\n${LEAD}`, 'رحيل الأبنودي'],
    // made-up, after real pages: a section's name, or three labels of a menu, over the headline
    ['section name', `ثقافة وفنون\n\n${FOREIGN_HEADLINE}\n\n${LEAD}`, FOREIGN_HEADLINE],
    ['menu', `أخبار\nرياضة\nفن\n\n${FOREIGN_HEADLINE}\n\n${LEAD}`, FOREIGN_HEADLINE],
  ])('headline under labels: %s', (_name, raw, headline) => {
    expect(cleanArticle(raw).headline).toBe(headline);
  });

  it('review (made-up): a masthead\'s post inside the text is the article\'s (a story on an editor\'s appointment)', () => {
    expect(kinds(article(LEAD, 'رئيس التحرير', 'سعيد عبد الله', BODY))).toEqual([]);
  });

  it('made-up, after a handball squad announced by position: lines of items between dashes are the article\'s own list, not links', () => {
    const raw = article(LEAD, 'حراسة المرمى: سامر ناصيف – وائل شكري – عبد الرحمن فهمي', 'الظهير الأيمن: أيمن رفعت – مراد حسني – طارق سليم – هادي نوفل', BODY);
    expect(kinds(raw)).toEqual([]);
  });

  it('made-up: bullets inside the body, before any footer, are the article\'s own list', () => {
    const raw = article(LEAD, '• زيادة الإنفاق الدفاعي', '• تعزيز الدفاعات الجوية', CONTINUATION);
    expect(kinds(raw)).toEqual([]);
  });

  /** Five other stories' headlines run together, as a ticker prints them (made-up, after local set H). */
  const TICKER = 'موجة برد قاسية تضرب البلاد ترافقها أمطار وثلوج مقتل شخص في حادث سير على الطريق الدولي الوزير: ندعم الخارجية في مواجهة أي تدخل خارجي النيران تلتهم مدرسة للنازحين في الشمال (صور) ارتفاع أسعار الذهب في الأسواق المحلية';
  it.each<[string, string, string | null]>([
    // seed 000 lines 1–3: short title, blank line, lead
    ['title, blank, lead', `أمين عام الناتو يزور أوكرانيا للمرة الأولى منذ بدء الحرب\n\n${LEAD}`, 'أمين عام الناتو يزور أوكرانيا للمرة الأولى منذ بدء الحرب'],
    // seed 003 lines 1–3: title, byline, lead without blank lines
    ['title, byline, lead', `الناتو يؤكد دعمه لأوكرانيا\nوكالة المغرب الكبير للأنباء\n${LEAD}`, 'الناتو يؤكد دعمه لأوكرانيا'],
    // seed 004 line 1 (shortened): a lead sentence ending in a full stop is body
    ['lead sentence first', `قال الأمين العام لحلف الناتو ينس ستولتنبرغ إن الدعم سيستمر.\n\n${BODY}`, null],
    // made-up: two short lines without a blank between them are not "title then body"
    ['two short lines', 'أوكرانيا تغادر مجددا الاجتماع\nالناتو يؤكد دعمه لأوكرانيا', null],
    // seed 003 lines 1–3 with an ad slot (seed 002 line 35) between title and lead, no blank lines: still the title
    ['title, ad label, lead', `الناتو يؤكد دعمه لأوكرانيا\nإعلان\n${LEAD}`, 'الناتو يؤكد دعمه لأوكرانيا'],
    // made-up from seed 001 line 15: a residue line on top is never the headline
    ['marker first', `اقرأ أيضاً\n\n${LEAD}`, null],
    // made-up: a title of two words is still the title when no longer line follows it before the text
    ['short title', `عنوان المقال\n\n${LEAD}`, 'عنوان المقال'],
    // made-up in the shapes of real pages outside the repository (2016-2025): over the title, a breadcrumb that ends
    // with it, the page's title with the site's name after it, section labels run together (a taa marbuta inside a
    // word), a label printed twice on its line, one word naming the story's kind, a day written out alone
    ['breadcrumb', `الرئيسية > الأخبار > الناتو يؤكد دعمه لأوكرانيا\nالناتو يؤكد دعمه لأوكرانيا\n\n${LEAD}`, 'الناتو يؤكد دعمه لأوكرانيا'],
    ['site name after the page title', `الناتو يؤكد دعمه لأوكرانيا – موقع قناة الأفق\n\nالناتو يؤكد دعمه لأوكرانيا في قمة فيلنيوس\n\n${LEAD}`, 'الناتو يؤكد دعمه لأوكرانيا في قمة فيلنيوس'],
    ['labels run together', `أخبار محليةرياضة\nالناتو يؤكد دعمه لأوكرانيا في قمة فيلنيوس\n\n${LEAD}`, 'الناتو يؤكد دعمه لأوكرانيا في قمة فيلنيوس'],
    ['a label twice on its line', `ملف الحرب ملف الحرب\nالناتو يؤكد دعمه لأوكرانيا في قمة فيلنيوس\n\n${LEAD}`, 'الناتو يؤكد دعمه لأوكرانيا في قمة فيلنيوس'],
    ['one word over the title', `إنفوغراف\nالناتو يؤكد دعمه لأوكرانيا في قمة فيلنيوس\n\n${LEAD}`, 'الناتو يؤكد دعمه لأوكرانيا في قمة فيلنيوس'],
    // review (made-up): a headline with a place and an outlet-like word in it, or with » as quotation marks, is the title
    ['a headline with an outlet-like word', `مصر - قناة السويس تسجل إيرادات قياسية هذا العام\n\n${LEAD}`, 'مصر - قناة السويس تسجل إيرادات قياسية هذا العام'],
    ['a headline with a bar', `عاجل | وكالة الطاقة الذرية تحذر من خطر نووي\n\n${LEAD}`, 'عاجل | وكالة الطاقة الذرية تحذر من خطر نووي'],
    ['quotation marks', `« الأحرار » يرد على « الاستقلال » في البرلمان\n\n${LEAD}`, '« الأحرار » يرد على « الاستقلال » في البرلمان'],
    ['a day alone on top', `11 أكتوبر 2016\nالناتو يؤكد دعمه لأوكرانيا في قمة فيلنيوس\n\n${LEAD}`, 'الناتو يؤكد دعمه لأوكرانيا في قمة فيلنيوس'],
    // made-up after an Egyptian outlet's page (local set F, 2019): the page's title with the site's name (a name no
    // list knows) over the site's furniture, then the headline alone
    ['the tab\'s title over furniture', `الناتو يؤكد دعمه لأوكرانيا في قمة فيلنيوس - بوابة الأفق\nالأكثر قراءة\nقد يعجبك أيضا\nهل تؤيد زيادة الإنفاق الدفاعي؟\n\nالناتو يؤكد دعمه لأوكرانيا في قمة فيلنيوس\n\n${LEAD}`, 'الناتو يؤكد دعمه لأوكرانيا في قمة فيلنيوس'],
    // made-up: a headline whose clause after the dash is more than a name stays whole, whatever is printed lower down
    ['a dash before a clause', `الناتو يؤكد دعمه لأوكرانيا - والكرملين يحذر من عواقب التصعيد في المنطقة\n\n${LEAD}\n\nالناتو يؤكد دعمه لأوكرانيا\n\n${BODY}`, 'الناتو يؤكد دعمه لأوكرانيا - والكرملين يحذر من عواقب التصعيد في المنطقة'],
    // made-up after a Lebanese outlet's page (local set F, 2025): a place's label between the title and its day
    ['a label, then the day', `بالصور: مجلس النواب يستعد لجلسة الخميس\nلبنان\n7 كانون الثاني, 2025\n\n${LEAD}`, 'بالصور: مجلس النواب يستعد لجلسة الخميس'],
    // made-up after an Iraqi outlet's page (local set H, 2024): a news ticker's headlines run into one line under its
    // label, over the title
    ['a ticker over the title', `آخر الأخبار\n${TICKER}\n\nمجلس النواب يباشر بإجراءات انتخاب رئيسه\n\n${LEAD}`, 'مجلس النواب يباشر بإجراءات انتخاب رئيسه'],
    // made-up: a breaking story's title under "عاجل" is the title, not a ticker
    // made-up after an Egyptian daily's page (local set J, 2023): a picture's two-word caption printed twice over the title
    ['a caption twice over the title', `اجتماع ناسا\nاجتماع ناسا\n\n\nناسا تكشف عن 5 أسرار مذهلة في اجتماع عام\n\n${LEAD}`, 'ناسا تكشف عن 5 أسرار مذهلة في اجتماع عام'],
    // review (made-up): a short title printed twice with its deck right under it is the title
    ['a short title twice over its deck', `الأهلي بطلاً\nالأهلي بطلاً\nحسم الأهلي لقب الدوري المصري الممتاز للمرة الثالثة والأربعين في تاريخه\n\n${LEAD}`, 'الأهلي بطلاً'],
    // made-up: a short title printed twice, the text right under it, is still the title
    ['a short title twice', `رحيل الأبنودي\nرحيل الأبنودي\n\n${LEAD}`, 'رحيل الأبنودي'],
    ['a breaking title', `عاجل\nزلزال بقوة ست درجات يضرب جنوب تركيا ويخلف أضرارا في عدة مدن\n\n${LEAD}`, 'زلزال بقوة ست درجات يضرب جنوب تركيا ويخلف أضرارا في عدة مدن'],
  ])('headline: %s', (_name, raw, headline) => {
    expect(cleanArticle(raw).headline).toBe(headline);
  });

  it('review (made-up): a title with «- فيديو» is no tab title; nor is one whose bare copy comes under a deck or a paragraph without its full stop (a caption, a related link): every line stays', () => {
    const video = ['لحظة انهيار مبنى سكني في حي الفردوس بحلب - فيديو', 'الخميس 12 سبتمبر 2024', '', 'انهار مبنى سكني من خمسة طوابق في حي الفردوس بمدينة حلب صباح اليوم دون أن تسجل إصابات بين السكان', 'وقالت فرق الدفاع المدني إن السكان أخلوا المبنى قبل انهياره بدقائق بعد سماع تصدعات في جدرانه', 'لحظة انهيار مبنى سكني في حي الفردوس بحلب', BODY].join('\n');
    expect(cleanArticle(video).headline).toBe('لحظة انهيار مبنى سكني في حي الفردوس بحلب - فيديو');
    expect(kinds(video)).not.toContain('site');
    const deck = ['محمد صلاح يقود ليفربول لفوز كبير على مانشستر يونايتد - الجزيرة نت', 'النجم المصري يسجل هدفين ويصنع ثالثا في ليلة تاريخية', 'محمد صلاح يقود ليفربول لفوز كبير على مانشستر يونايتد', '', LEAD].join('\n');
    expect(contentOf(cleanArticle(deck))).toContain('النجم المصري يسجل هدفين ويصنع ثالثا في ليلة تاريخية');
  });

  it('made-up after an Emirati page (local set F, 2026): short lines alone under the source line are the tags without their heading; a line of text there stays', () => {
    const cleaned = cleanArticle([LEAD, BODY, 'المصدر: د ب أ', 'العراق', 'محمد شياع السوداني', 'تشكيل حكومة'].join('\n'));
    expect(cleaned.removed.map((r) => r.kind)).toEqual(['source', 'tags']);
    expect(cleaned.tags).toEqual(expect.arrayContaining(['العراق', 'تشكيل حكومة']));
    expect(kinds([LEAD, BODY, 'المصدر: د ب أ', 'العراق', 'وقال مسؤول إن الاجتماع سيعقد غدا.'].join('\n'))).toEqual(['source']);
    expect(kinds([LEAD, BODY, 'المصدر: د ب أ', 'العراق'].join('\n'))).toEqual(['source']);
  });

  it('review (made-up): a short deck between the title and its day stays the article\'s; a credit goes', () => {
    const deck = cleanArticle(['رحيل الفنان الكبير بعد صراع مع المرض', 'رحلة صاحب الضحكة الهادئة', '12 مارس 2024', '', LEAD].join('\n'));
    expect(contentOf(deck)).toContain('رحلة صاحب الضحكة الهادئة');
    expect(deck.headline).toBe('رحيل الفنان الكبير بعد صراع مع المرض');
  });

  it('made-up, after real pages outside the repository: a place dateline right above the lead, or above the second paragraph under a summary, is the page\'s credit; lower in the text it stays', () => {
    const cleaned = cleanArticle(`عنوان قصير للخبر\n\nالخرطوم: الراكوبة\n${LEAD}\n\n${BODY}`);
    expect(cleaned.removed).toEqual([{ kind: 'byline', text: 'الخرطوم: الراكوبة' }]);
    expect(kinds(`عنوان قصير للخبر\n\n${LEAD}\n\nعمان - الغد\n${BODY}`)).toEqual(['byline']);
    expect(kinds(`عنوان قصير للخبر\n\n${LEAD}\n\n${BODY}\n\nالخرطوم: الراكوبة\n${CONTINUATION}`)).toEqual([]);
  });

  it('made-up, after real pages outside the repository: a short line printed twice in a row (a caption under its picture\'s text, a tag and its link) is the page\'s, both copies; a paragraph printed twice stays', () => {
    const cleaned = cleanArticle(`عنوان قصير للخبر\n\nالأسير سامي عبد الله\nالأسير سامي عبد الله\n\n${LEAD}\n\n${BODY}`);
    expect(cleaned.removed).toEqual([{ kind: 'site', text: 'الأسير سامي عبد الله\nالأسير سامي عبد الله' }]);
    expect(kinds(`عنوان قصير للخبر\n\n${LEAD}\n${LEAD}\n\n${BODY}`)).toEqual([]);
    // review (made-up): under a line that introduces a quotation, a line said twice is the article's (a chant, a
    // refrain); between paragraphs otherwise, a caption under its picture's text is the page's
    expect(kinds(`عنوان قصير للخبر\n\n${LEAD}\nوهتف المتظاهرون:\nحرية سلام وعدالة\nحرية سلام وعدالة\n${BODY}`)).toEqual([]);
    expect(kinds(`عنوان قصير للخبر\n\n${LEAD}\nجانب من الاجتماع في بروكسل\nجانب من الاجتماع في بروكسل\n${BODY}`)).toEqual(['site']);
    // review (made-up): a one-word title with a blank line under it, then its deck, stays the title
    expect(cleanArticle(`وداعاً\n\nرحل الفنان الكبير بعد مسيرة طويلة مع المسرح\n\n${LEAD}`).headline).toBe('وداعاً');
    // review (made-up): a title printed twice with no blank line between is the title, its copy the page's
    const twice = cleanArticle(`الناتو يؤكد دعمه لأوكرانيا\nالناتو يؤكد دعمه لأوكرانيا\n${LEAD}`);
    expect([twice.headline, twice.blocks.map((b) => b.text)]).toEqual(['الناتو يؤكد دعمه لأوكرانيا', [LEAD]]);
  });

  it('made-up, after real pages outside the repository: a subheading over a last paragraph cut short, or a sentence broken over lines, is no run of related links', () => {
    const cut = 'وشهدت المباراة حضورا جماهيريا كبيرا في المدرجات رغم الأمطار الغزيرة التي هطلت على المدينة طوال فترة ما بعد الظهر';
    expect(kinds(`عنوان قصير للخبر\n\n${LEAD}\n\n${BODY}\nحضور جماهيري كبير\n${cut}`)).toEqual([]);
    expect(kinds(`عنوان قصير للخبر\n\n${LEAD}\nو أضاف الوزير أن الحكومة ستواصل دعم المشروعات الصغيرة في و\nالمناطق الريفية خاصة للشباب والنساء في كل المحافظات\n${BODY}`)).toEqual([]);
    // review (made-up): related links whose titles end in a time word (اليوم، غدا) are still a run
    // review (made-up): a line ending in بعد or خلال goes on on the next line
    expect(kinds(`عنوان قصير للخبر\n\n${LEAD}\nوأكد الوزير أن الحكومة ستعلن الخطة الجديدة بعد\nانتهاء المشاورات مع الكتل البرلمانية كافة خلال\nالأسبوع المقبل على أبعد تقدير.\n${BODY}`)).toEqual([]);
    const links = ['أسعار الذهب تسجل مستويات قياسية جديدة اليوم', 'البورصة المصرية تربح للمرة الثالثة على التوالي'];
    expect(kinds(`عنوان قصير للخبر\n\n${LEAD}\n${links.join('\n')}\n${BODY}`)).toEqual(['related-headlines']);
  });

  it('made-up from seed 003: an agency line lower in the body is not a byline', () => {
    const raw = `الناتو يؤكد دعمه لأوكرانيا\n${LEAD}\nوكالة المغرب الكبير للأنباء\n${BODY}`;
    const cleaned = cleanArticle(raw);
    expect(cleaned.outlet).toBeNull();
    expect(cleaned.removed).toEqual([]);
  });

  it('made-up from seed 001: the first source line names the outlet; a byline wins when it comes first', () => {
    expect(cleanArticle(article(LEAD, 'المصدر | الخليج الجديد', 'المصدر: البوابة نيوز')).outlet).toBe('الخليج الجديد');
    expect(cleanArticle(`عنوان قصير للخبر\nوكالة المغرب الكبير للأنباء\n${LEAD}\nالمصدر: الخليج الجديد`).outlet).toBe('وكالة المغرب الكبير للأنباء');
  });

  it('made-up: an author byline is cut and named, but is not the outlet', () => {
    const cleaned = cleanArticle(`عنوان قصير للخبر\nبقلم: فرح دخل الله\n${LEAD}`);
    expect(cleaned.author).toBe('فرح دخل الله');
    expect(cleaned.outlet).toBeNull();
    expect(kinds(`عنوان قصير للخبر\nبقلم: فرح دخل الله\n${LEAD}`)).toEqual(['byline']);
  });

  it('made-up, after Arab news sites\' templates: date lines, the print label and the copyright line are cut; headline and byline are still found', () => {
    const raw = `عنوان قصير للخبر\nآخر تحديث: 12:30 - 5 مارس 2023\nكتب: فرح دخل الله\n${LEAD}\nالأحد 05 مارس 2023 - 12:30 م\nطباعة\nجميع الحقوق محفوظة © 2024`;
    const cleaned = cleanArticle(raw);
    expect(cleaned.headline).toBe('عنوان قصير للخبر');
    expect(cleaned.author).toBe('فرح دخل الله');
    expect(cleaned.removed.map((r) => [r.kind, r.text])).toEqual([
      ['timestamp', 'آخر تحديث: 12:30 - 5 مارس 2023'],
      ['byline', 'كتب: فرح دخل الله'],
      ['timestamp', 'الأحد 05 مارس 2023 - 12:30 م'],
      ['site', 'طباعة'],
      ['site', 'جميع الحقوق محفوظة © 2024'],
    ]);
    expect(cleaned.blocks.map((b) => b.text)).toEqual([LEAD]);
  });

  it('made-up, after real pages: the headline printed again under itself is the page\'s, not the text', () => {
    const cleaned = cleanArticle([FOREIGN_HEADLINE, '', FOREIGN_HEADLINE, LEAD, BODY].join('\n'));
    expect(cleaned.headline).toBe(FOREIGN_HEADLINE);
    expect(cleaned.removed).toEqual([{ kind: 'site', text: FOREIGN_HEADLINE }]);
    expect(cleaned.blocks.map((b) => b.text)).toEqual([LEAD, BODY]);
  });

  it('made-up, after Egyptian news pages: a masthead under the text is cut, posts and holders in one entry', () => {
    const cleaned = cleanArticle(article(LEAD, BODY, 'رئيس مجلس الإدارة', 'سعيد عبد الله', 'رئيس التحرير', 'د. فرح دخل الله'));
    expect(cleaned.blocks.map((b) => b.text)).toEqual([LEAD, BODY]);
    expect(cleaned.removed).toEqual([{ kind: 'site', text: 'رئيس مجلس الإدارة\nسعيد عبد الله\nرئيس التحرير\nد. فرح دخل الله' }]);
    // A post without a short name under it is no masthead.
    expect(kinds(article(LEAD, 'رئيس التحرير', BODY))).toEqual([]);
  });

  it.each<[string, string[], string | null]>([
    // made-up: the page's own day on top (today's), the article's date under the headline: the article's is the one
    ['today on top', ['الجمعة 22 نوفمبر 2024', FOREIGN_HEADLINE, 'الإثنين 25/أكتوبر/2021 - 08:22 م', LEAD], 'الإثنين 25/أكتوبر/2021 - 08:22 م'],
    // made-up: two date lines above the text: the one nearest the text
    ['two date lines', ['الأحد 05 مارس 2023 - 12:30 م', FOREIGN_HEADLINE, 'نشر في: 12/03/2018 - 10:30', LEAD], 'نشر في: 12/03/2018 - 10:30'],
    // made-up: a date line between a tag under the headline and the text is still above the text
    ['under a tag', [FOREIGN_HEADLINE, 'الرئيس', 'الأحد 05 مارس 2023 - 12:30 م', LEAD, BODY], 'الأحد 05 مارس 2023 - 12:30 م'],
    // made-up: a date line under the first paragraph is no page date (a comment's, a related story's)
    ['under the text', [FOREIGN_HEADLINE, LEAD, 'الأحد 05 مارس 2023 - 12:30 م', BODY], null],
  ])('the page\'s date line is the one nearest above the text (%s)', (_name, lines, dateLine) => {
    expect(cleanArticle(lines.join('\n')).dateLine).toBe(dateLine);
  });

  it('made-up (review): hashtags between the headline and the byline are still the article\'s tags', () => {
    const cleaned = cleanArticle(`عنوان قصير للخبر\n#أوكرانيا #روسيا\nكتب: فرح دخل الله\n${LEAD}`);
    expect(cleaned.author).toBe('فرح دخل الله');
    expect(cleaned.tags).toEqual(['أوكرانيا', 'روسيا']);
    expect(cleaned.removed.map((r) => r.kind)).toEqual(['hashtags', 'byline']);
  });

  it('made-up: a tag label alone takes the next line as its tags', () => {
    const cleaned = cleanArticle(article(LEAD, 'الوسوم:', 'الناتو، دعم عسكري، روسيا'));
    expect(cleaned.tags).toEqual(['الناتو', 'دعم عسكري', 'روسيا']);
    expect(cleaned.removed).toEqual([{ kind: 'tags', text: 'الوسوم:\nالناتو، دعم عسكري، روسيا' }]);
  });
});

// Speed is measured by `npm run bench`, not asserted here; this checks a pathological file loses nothing.
describe('pathological input', () => {
  it('places every line of 10,000 alternating markers and list headers', () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => ['اقرأ أيضاً', 'عنوان قصير هنا', 'مقالات مشابهة', LEAD][i % 4]!);
    const cleaned = cleanArticle(lines.join('\n'));
    expect(sorted(placedLines(cleaned))).toEqual(sorted(lines));
  });
});

describe('line ends', () => {
  // Issue 12 (a tester's file): a headline, an ad label between two paragraphs, each line ended by one of the
  // three line ends. A lone CR (old Mac files) made the whole file one paragraph with the ad label inside it.
  const lines = ['عنوان المقال', '', LEAD, 'إعلان', 'وأضاف أن الاتفاق قريب من التوقيع بعد أسابيع من المفاوضات.'];
  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['lone CR', '\r'],
    ['mixed', null],
  ])('%s ends a line as LF does', (_name, end) => {
    const raw = end === null ? lines.map((l, i) => l + ['\r', '\n', '\r\n'][i % 3]).join('') : lines.join(end) + end;
    expect(cleanArticle(raw)).toEqual(cleanArticle(lines.join('\n')));
    expect(cleanArticle(raw).removed).toEqual([{ kind: 'ad', text: 'إعلان' }]);
  });
});

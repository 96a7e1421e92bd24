import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../build-bundle.ts';
import { cleanArticle } from '../clean.ts';
import { matchKey } from '../normalize.ts';
import { opensAsContinuation, trailingTeaserStart, type BodyLine } from './trailing-teasers.ts';

const ARTICLES = new URL('../../../content/articles/', import.meta.url);
const readArticle = (file: string) => readFileSync(new URL(file, ARTICLES), 'utf8');

/**
 * Made-up leads of five unrelated stories (sport, economy, weather, culture, another country's politics), written
 * in the style of the one-paragraph leads a "more news" strip leaves behind. The last one names a person, so that
 * leaving it in the text would attribute him to the article.
 */
const TEASERS = [
  'تأهل المنتخب المغربي إلى الدور نصف النهائي من بطولة كأس الأمم الأفريقية لكرة القدم، بعد فوزه على نظيره المالي بهدفين مقابل هدف في المباراة التي أقيمت مساء السبت على ملعب القاهرة الدولي.',
  'تراجعت أسعار النفط في التعاملات الآسيوية صباح اليوم الإثنين مع تزايد المخاوف من تباطؤ الطلب العالمي، وانخفض خام برنت بنسبة 1.2 في المئة ليسجل أدنى مستوى له منذ ثلاثة أسابيع.',
  'توقعت هيئة الأرصاد الجوية أن تشهد معظم المناطق أجواء شديدة الحرارة خلال الأيام المقبلة، مع نشاط للرياح المثيرة للأتربة والغبار على المناطق الشرقية، ودعت السائقين إلى توخي الحذر على الطرق السريعة.',
  'افتتح معرض الكتاب الدولي دورته الخمسين بمشاركة أكثر من ألف دار نشر من أربعين بلدا، ويستضيف المعرض هذا العام ندوات عن الرواية العربية المعاصرة وأمسيات شعرية وورشا لكتابة قصص الأطفال.',
  'صوّت البرلمان البرازيلي لصالح مشروع قانون لإصلاح نظام التقاعد بعد جلسة نقاش استمرت أكثر من اثنتي عشرة ساعة وسط احتجاجات نقابية أمام مقره في العاصمة برازيليا، وقال رئيس المجلس رودريغو مايا إن التصويت تاريخي.',
];
/** corpus 2018-03-26_bbc_…-231 (BBC, the expulsion of Russian diplomats), as scraped, then a blank line and the leads. */
const HOST = '2018-03-26_bbc_BB-internationalNews-231.txt';
const withTeasers = (raw: string, leads = TEASERS) => `${raw.trimEnd()}\n\n${leads.join('\n')}\n`;

const LEAD_VERBS = new Set(['قال', 'أعلن'].map(matchKey));
const paragraphs = (...texts: string[]): BodyLine[] => texts.map((text) => ({ text, paragraph: true }));

describe('opensAsContinuation', () => {
  it.each<[string, boolean]>([
    // corpus 2018-03-26_bbc_…-231 line 5: a fused conjunction ties the paragraph to the one before
    ['واتفق زعماء الاتحاد الأوروبي، الأسبوع الماضي، على أنه من المرجح أن تكون موسكو ضالعة', true],
    // corpus 2018-03-26_bbc_…-231 line 4: a function word (كما "also") first
    ['كما أعلنت كل من ألمانيا وفرنسا وأوكرانيا أنها ستطرد دبلوماسيين روسا', true],
    // corpus 2018-03-26_bbc_…-231 line 8: a quotation continues the statement before it
    ['"هذا الهجوم على حليفتنا " بريطانيا" عرض أرواح أعداد لا تحصى من الأبرياء للخطر', true],
    // corpus 2018-07-16_skynews_…-2669 line 6: "من جانبه" ("for his part")
    ['من جانبه، أكد بوتن أن بلاده لم تتدخل مطلقا في الانتخابات الرئاسية الأميركية', true],
    // corpus 2018-03-26_bbc_…-231 line 3: the article's own lead opens on its verb
    ['أمر الرئيس الأمريكي دونالد ترامب بطرد 60 دبلوماسيًا روسيًا على خلفية تسميم الجاسوس', false],
    // corpus 2018-07-16_skynews_…-2669 line 3: قال is a stopword, but as a lead verb it opens a story
    ['قال الرئيس الأميركي دونالد ترامب في مؤتمر صحفي مشترك مع نظيره الروسي', false],
    // made-up teaser lead (sport), opening on its verb
    [TEASERS[0]!, false],
  ])('%s → %s', (text, expected) => {
    expect(opensAsContinuation(text, LEAD_VERBS)).toBe(expected);
  });
});

describe('trailingTeaserStart', () => {
  const body = cleanArticle(readArticle(HOST)).blocks.map((b) => b.text);
  const headline = cleanArticle(readArticle(HOST)).headline;

  it.each<[string, BodyLine[], number]>([
    // corpus …-231 and the five made-up leads: the run starts right after the article
    ['five leads after the article', paragraphs(...body, ...TEASERS), body.length],
    // two leads are a run
    ['two leads', paragraphs(...body, TEASERS[1]!, TEASERS[2]!), body.length],
    // one lead alone is not evidence enough (an article may end on background)
    ['one lead', paragraphs(...body, TEASERS[1]!), body.length + 1],
    // the article's own continuation after the leads: nothing trails, nothing is cut
    ['leads, then the article again', paragraphs(...body.slice(0, 3), ...TEASERS, ...body.slice(3)), body.length + 5],
    // the first two paragraphs always stay, whatever they say
    ['only two paragraphs', paragraphs(TEASERS[0]!, TEASERS[1]!), 2],
    // a headline-shaped line (subheading) at the end breaks the run
    ['subheading last', [...paragraphs(...body, ...TEASERS), { text: 'دعم أوروبي لبريطانيا', paragraph: false }], body.length + 6],
  ])('%s', (_name, lines, expected) => {
    expect(trailingTeaserStart(headline, lines, LEAD_VERBS)).toBe(expected);
  });

  it('two leads about one subject are one story, not two others (each coheres with the next)', () => {
    // made-up: the economy lead and its own follow-up sentence, opening on a verb
    const followUp = 'تراجعت أسعار خام برنت والنفط الأمريكي في التعاملات الآسيوية مع تزايد المخاوف من تباطؤ الطلب العالمي على الخام.';
    expect(trailingTeaserStart(headline, paragraphs(...body, TEASERS[1]!, followUp), LEAD_VERBS)).toBe(body.length + 2);
  });
});

describe('cleaning a page that runs on into other stories\' leads', () => {
  it(`${HOST} + five leads: the leads go to removed[] as teasers, one each; the article is kept whole`, () => {
    const raw = readArticle(HOST);
    const before = cleanArticle(raw);
    const after = cleanArticle(withTeasers(raw));
    expect(after.headline).toBe(before.headline);
    expect(after.blocks).toEqual(before.blocks);
    expect(after.removed).toEqual([...before.removed, ...TEASERS.map((text) => ({ kind: 'teaser', text }))]);
  });

  it('nobody named in the leads is attributed to the article (entities come from the cleaned text)', () => {
    const bundle = buildBundle([{ file: HOST, text: withTeasers(readArticle(HOST)) }]);
    const names = bundle._riwaya.entities.map((e) => e.name);
    expect(names).not.toContain('رودريغو مايا');
    expect(bundle.items[0]!.content_text).not.toContain('رودريغو');
    // The same leads in the middle of the article are not cut, and then he is named: the check above can fail.
    const lines = readArticle(HOST).trimEnd().split('\n');
    const inside = [...lines.slice(0, 4), ...TEASERS, ...lines.slice(4)].join('\n');
    const uncut = buildBundle([{ file: HOST, text: inside }]);
    expect(uncut._riwaya.entities.map((e) => e.name)).toContain('رودريغو مايا');
  });

  it.each([
    // corpus 2018-07-11_bbc_…-784: ends on four paragraphs of EU–US trade figures, background to "a war of words"
    '2018-07-11_bbc_BB-internationalNews-784.txt',
    // seed 004: ends on two lead-shaped paragraphs (no conjunction) about NATO's ties with Ukraine
    '004_1f3ba952f4cdec09.txt',
    // corpus 2018-07-16_skynews_…-2669: its last paragraphs drift from Trump's words to Putin's
    '2018-07-16_skynews_SK-internationalNews-2669.txt',
  ])('%s: the article\'s own last paragraphs, drifting in subject, are all kept', (file) => {
    const raw = readArticle(file);
    const cleaned = cleanArticle(raw);
    expect(cleaned.removed.filter((r) => r.kind === 'teaser')).toEqual([]);
    const lastLines = raw.trimEnd().split('\n').slice(-2).map((l) => l.trim());
    for (const line of lastLines) expect(cleaned.blocks.map((b) => b.text)).toContain(line);
  });
});

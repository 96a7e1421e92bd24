import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractEntities, type EntityDocument } from './entities.ts';
import { matchKey } from './normalize.ts';
import { vowelSkeleton } from './entities/skeleton.ts';
import { loadNerModel } from './ner/model-file.ts';

const SEEDS = new URL('../../content/articles/', import.meta.url);
const readArticle = (file: string): string => readFileSync(new URL(file, SEEDS), 'utf8');

/**
 * The article paragraphs of a seed, without its scraper residue (tests only; the real cleaner is clean.ts):
 * stops at the appended-article / source / tag / similar-articles markers, drops "اقرأ أيضاً" and the
 * unrelated headline after it, and drops widget shortcodes.
 */
function articleText(file: string): string {
  const out: string[] = [];
  let skipHeadline = false;
  for (const line of readArticle(file).split('\n')) {
    const l = line.trim();
    if (/^(إقرأ أيضا|المصدر|كلمات دلالية|مقالات مشابهة|\[covid19)/.test(l)) break;
    if (/^اقرأ أيضا/.test(l)) {
      skipHeadline = true;
      continue;
    }
    if (skipHeadline && l) {
      skipHeadline = false;
      continue;
    }
    out.push(line);
  }
  return out.join('\n');
}

const SEED_FILES = ['000_65e48351ce8b35e2', '001_3050791f78128683', '002_2274472028061bc0', '003_3945717365d2420a', '004_1f3ba952f4cdec09'];
const seedDocs = (): EntityDocument[] => SEED_FILES.map((id) => ({ id, text: articleText(`${id}.txt`) }));

/** Mentions of one document as [written text, entity id]. */
function mentionsOf(docs: EntityDocument[], id: string): Array<[string, string]> {
  const { mentions } = extractEntities(docs);
  const doc = docs.find((d) => d.id === id) as EntityDocument;
  return (mentions.get(id) ?? []).map((m) => [doc.text.slice(m.start, m.end), m.entity]);
}

const one = (text: string): Array<[string, string]> => mentionsOf([{ id: 'doc', text }], 'doc');
const personOf = (mentions: Array<[string, string]>, written: string): string | undefined =>
  mentions.find(([w, e]) => w === written && e.startsWith('person:'))?.[1];

describe('persons from titles and the first-name lexicon', () => {
  it.each([
    // seed 000: title "الرئيس" + nisba before the name
    ['وانضمت فنلندا إلى حلف الناتو هذا الشهر، في ضربة قوية للرئيس الروسي فلاديمير بوتين وإعادة تنظيم', 'فلاديمير بوتين'],
    // seed 001: dual construct "لوزيري" with a clitic lam, then a ministry and a nisba
    ['وتزامنت زيارة ستولتنبرغ مع زيارة لوزيري الدفاع البريطاني غرانت شابس، والفرنسي سيباستيان لوكورنو، إلى كييف', 'غرانت شابس'],
    // seed 001: a first name from the lexicon after a conjunction-carrying nisba
    ['وتزامنت زيارة ستولتنبرغ مع زيارة لوزيري الدفاع البريطاني غرانت شابس، والفرنسي سيباستيان لوكورنو، إلى كييف', 'سيباستيان لوكورنو'],
    // seed 001: feminine title with an organization between title and name
    ['وكانت رئيسة البرلمان الأوروبي روبرتا ميتسولا، عبرت الأربعاء، عن أملها', 'روبرتا ميتسولا'],
    // seed 003: "المتحدث باسم" + organization + Arabic compound name ending in الله
    ['وقال المتحدث باسم الناتو فرح دخل الله، إن “نشر هذه القدرة لن يغير مسار الصراع', 'فرح دخل الله'],
    // seed 003: title + nisba + a first name the lexicon does not need to know
    ['وفي حديثه من اليونان حيث التقى رئيس الوزراء اليوناني كيرياكوس ميتسوتاكيس، أصر الأمين العام', 'كيرياكوس ميتسوتاكيس'],
    // seed 003: title, nisba, organization and a comma before the appositive name
    ['قيمت رئيسة البعثة الأوكرانية لدى حلف شمال الأطلسي، ناتاليا جاليبارينكو، بشكل إيجابي', 'ناتاليا جاليبارينكو'],
    // corpus 2018-03-12_alarabiya_AL-internationalNews-447: feminine title + nisba + comma
    ['اعتبرت رئيسة الوزراء البريطانية، تيريزا ماي، الاثنين، تسميم العميل الروسي السابق', 'تيريزا ماي'],
    // corpus 2018-03-27_skynews_SK-internationalNews-608: the ينز spelling of Jens after "الأمين العام للحلف،"
    ['وقال الأمين العام للحلف، ينز ستولتنبرغ، في مؤتمر صحفي، إن القرار يعني', 'ينز ستولتنبرغ'],
    // corpus 2018-03-15_alarabiya_AL-internationalNews-480: a hashtag on the surname does not cut the name (was ينس
    // and ستولتنبرغ, two mentions)
    ['وأكد الأمين العام ينس #ستولتنبرغ قبل استقباله مستشار الأمن القومي البريطاني', 'ينس #ستولتنبرغ'],
  ])('%s → %s', (text, name) => {
    expect(personOf(one(text), name)).toBeDefined();
  });

  it('a hashtag\'s # and _ are left out of the name the entity is listed under', () => {
    // corpus 2018-07-10_alarabiya_AL-internationalNews-1881 writes "#دونالد_توسك"
    const { entities } = extractEntities([{ id: 'doc', text: 'واستقبل رئيس المجلس الأوروبي #دونالد_توسك الوفد، وقال الرئيس ينس #ستولتنبرغ إن الحلف موحد.' }]);
    const names = entities.filter((e) => e.type === 'person').flatMap((e) => e.aliases);
    expect(names).toContain('ينس ستولتنبرغ');
    expect(names.some((n) => /[#_]/.test(n))).toBe(false);
  });

  it.each([
    // seed 003: "زعيم" followed by an organization and a masdar with a clitic: no person
    ['ولهذا السبب طالب زعيم المنظمة العسكرية بتعزيز الدعم لأوكرانيا من حلفاء الناتو.'],
    // seed 001: a title followed by a pronoun, not a name
    ['من جهته، قال الرئيس الأوكراني إنه بحث مع الأمين العام للحلف الأطلسي تعزيز الدفاعات الجوية لبلاده.'],
    // seed 003: "رئيس" + an indefinite noun phrase
    ['أكدت السلطات الأوكرانية مشاركة رئيس استخبارات الدفاع الأوكرانية وقائد القوات الجوية بالنيابة.'],
    // seed 000: "سانت مايكل" is a square; a lexicon first name alone with no known bearer is not a person
    ['ونشرت وسائل إعلام محلية لقطات وهو يشيد بالجنود في ساحة سانت مايكل في كييف.'],
    // review: a word written أل… may be a name (ألتمان), but not a short verb (ألقى، ألغى) after a title
    ['وكان الرئيس ألقى كلمة أمام البرلمان.'],
    ['وقال إن الوزير ألغى زيارته إلى باريس.'],
  ])('no person in: %s', (text) => {
    expect(one(text).filter(([, e]) => e.startsWith('person:'))).toEqual([]);
  });
});

describe('surname propagation with proclitics', () => {
  const text = articleText('000_65e48351ce8b35e2.txt');
  const mentions = one(text);
  const stoltenberg = personOf(mentions, 'ينس ستولتنبرغ');
  it.each([
    // seed 000: "لقطات لستولتنبرغ": the mention excludes the clitic lam
    ['لستولتنبرغ', 'ستولتنبرغ'],
    // seed 000: "وسيحضر ستولتنبرغ": bare surname
    ['وسيحضر ستولتنبرغ', 'ستولتنبرغ'],
    // seed 000: "لإثناء بوتين": bare Putin after a full mention earlier
    ['لإثناء بوتين', 'بوتين'],
  ])('%s is a mention of %s', (context, written) => {
    const at = text.indexOf(context) + context.indexOf(written);
    expect(stoltenberg).toBeDefined();
    const { mentions: m } = extractEntities([{ id: 'doc', text }]);
    const hit = (m.get('doc') ?? []).find((x) => x.start === at);
    expect(hit && text.slice(hit.start, hit.end)).toBe(written);
  });

  it('a surname that is also a common noun is not propagated where it is a word', () => {
    // seed 003 names Farah Dakhlallah; corpus 2018-03-26 text uses "فرح" (joy) nowhere, so the
    // Arabic word pair is taken from seed 003 itself: the first name alone must not become a mention.
    const mentions3 = one(`${articleText('003_3945717365d2420a.txt')}\nوعم الفرح في الشوارع، وكان فرح الناس كبيرا.`);
    expect(mentions3.filter(([w]) => w === 'فرح')).toEqual([]);
  });

  it('a month name after a number is not the surname ماي', () => {
    // corpus 2018-03-12_alarabiya_AL-internationalNews-447 (Theresa May) + a Maghrebi date "12 ماي" (May)
    const text447 = articleText('2018-03-12_alarabiya_AL-internationalNews-447.txt');
    const mentions447 = one(`${text447}\nووقع الحادث في 12 ماي الماضي.`);
    const may = personOf(mentions447, 'تيريزا ماي');
    expect(may).toBeDefined();
    const tail = text447.length + 1;
    const { mentions: m } = extractEntities([{ id: 'doc', text: `${text447}\nووقع الحادث في 12 ماي الماضي.` }]);
    expect((m.get('doc') ?? []).filter((x) => x.start >= tail)).toEqual([]);
  });
});

describe('a name that ends in an everyday word', () => {
  // The NER training file (../shared/ner: real 2006–07 newswire), each of its 3,961 sentences a document of one
  // collection. A given name and the word after it make a name ("تشارلز نفسه", "الرضا يعتبر", "حمد قوله": "himself",
  // "considers", "his saying"); without everydaySurnames its last word then stood for that person in every sentence
  // using it (46, 26 and 19 lone person mentions). In the bench's wide archive (scripts/wide-corpus.ts, 100,000 articles)
  // "ياس عندما" was so found in 20,935 articles.
  const model = loadNerModel(JSON.parse(readFileSync(new URL('../../models/ner-ar.json', import.meta.url), 'utf8')));
  const docs = readFileSync(new URL('../../../shared/ner/anercorp-train.tsv', import.meta.url), 'utf8')
    .split(/\n\s*\n/)
    .map((block, k) => ({ id: `s${k}`, text: block.split('\n').map((line) => line.split('\t')[0]).join(' ') }));
  const { entities, mentions } = extractEntities(docs, { model });
  const persons = new Set(entities.filter((e) => e.type === 'person').map((e) => e.id));
  const personMentions = (written: string) =>
    docs.flatMap((d) => (mentions.get(d.id) ?? []).filter((m) => persons.has(m.entity) && d.text.slice(m.start, m.end) === written)).length;

  it.each(['نفسه', 'يعتبر', 'قوله'])('%s alone is nobody', (word) => {
    expect(personMentions(word)).toBe(0);
  });

  it('a surname the newswire uses as a name still stands for its person alone: المالكي', () => {
    expect(personMentions('المالكي')).toBeGreaterThan(0);
  });
});

describe('transliteration variants', () => {
  const corpus = (files: string[]): EntityDocument[] => files.map((f) => ({ id: f, text: articleText(`${f}.txt`) }));
  const idOf = (docs: EntityDocument[], doc: string, written: string) => personOf(mentionsOf(docs, doc), written);

  it.each([
    // seed 004: one outlet spells the name two ways in one article
    [['004_1f3ba952f4cdec09'], '004_1f3ba952f4cdec09', 'ستولتنبرج', '004_1f3ba952f4cdec09', 'ينس ستولتنبرغ'],
    // corpus 2018-03-27_bbc_BB-internationalNews-235 (يانس شتولتنبيرغ) vs 2018-03-27_skynews_SK-internationalNews-608 (ينز ستولتنبرغ)
    [['2018-03-27_bbc_BB-internationalNews-235', '2018-03-27_skynews_SK-internationalNews-608'], '2018-03-27_bbc_BB-internationalNews-235', 'يانس شتولتنبيرغ', '2018-03-27_skynews_SK-internationalNews-608', 'ينز ستولتنبرغ'],
    // corpus 2018-03-18_skynews_SK-internationalNews-431 (فلاديمير بوتن) vs seed 000 (فلاديمير بوتين)
    [['2018-03-18_skynews_SK-internationalNews-431', '000_65e48351ce8b35e2'], '2018-03-18_skynews_SK-internationalNews-431', 'فلاديمير بوتن', '000_65e48351ce8b35e2', 'فلاديمير بوتين'],
  ])('same person: %#', (files, docA, a, docB, b) => {
    const docs = corpus(files);
    const idA = idOf(docs, docA, a);
    expect(idA).toBeDefined();
    expect(idA).toBe(idOf(docs, docB, b));
  });

  it.each([
    // corpus 2018-03-15_skynews_SK-internationalNews-372: Sergei Skripal and his daughter Yulia share a surname
    [['2018-03-15_skynews_SK-internationalNews-372', '2018-03-12_alarabiya_AL-internationalNews-447'], 'سيرغي سكريبال', 'يوليا سكريبال'],
    // corpus 2018-07-11_bbc_BB-internationalNews-784: two Donalds (Trump, Tusk) share a first name
    [['2018-07-11_bbc_BB-internationalNews-784'], 'دونالد ترامب', 'دونالد تاسك'],
    // corpus 2018-07-11_bbc_BB-internationalNews-784 + seed 000: ترامب and بوتين share no skeleton with each other
    [['2018-07-11_bbc_BB-internationalNews-784', '000_65e48351ce8b35e2'], 'دونالد ترامب', 'فلاديمير بوتين'],
  ])('distinct people: %# %s ≠ %s', (files, a, b) => {
    const all = extractEntities(corpus(files));
    const withA = all.entities.find((e) => e.aliases.includes(a));
    const withB = all.entities.find((e) => e.aliases.includes(b));
    expect(withA).toBeDefined();
    expect(withB).toBeDefined();
    expect(withA?.id).not.toBe(withB?.id);
  });

  it('a common word with the skeleton of a surname is not a mention (بدون / بايدن)', () => {
    // seed 000 names جو بايدن; "بدون" (without) folds to the same consonants but is never tagged
    const text = `${articleText('000_65e48351ce8b35e2.txt')}\nوتقدم الدول الدعم بدون تردد.`;
    expect(one(text).filter(([w]) => w === 'بدون')).toEqual([]);
  });
});

describe('places and organizations', () => {
  it.each([
    // seed 000: a country with a clitic: "بألمانيا" → ألمانيا
    ['في قاعدة رامشتاين الجوية بألمانيا الجمعة.', 'ألمانيا', 'place:DE'],
    // seed 000: a capital from the city gazetteer
    ['في العاصمة الليتوانية فيلنيوس يومي 11 و12 يوليو', 'فيلنيوس', 'place:vilnius'],
    // seed 000: a capital from the city gazetteer (CLDR's exemplar cities)
    ['زار ستولتنبرغ كييف قبل الحرب، إلا أن هذه هي زيارته الأولى', 'كييف', 'place:kyiv'],
    // seed 000: a multi-word ICU name
    ['وتقدم الولايات المتحدة والعديد من الأعضاء الآخرين الأسلحة', 'الولايات المتحدة', 'place:US'],
    // corpus 2018-07-11_bbc_BB-internationalNews-784: an alternate name ICU does not give
    ['وقال على موقع تويتر: "عزيزتي أمريكا، يتعين عليك', 'أمريكا', 'place:US'],
    // seed 000: NATO by its full name
    ['أعلن مسؤول في حلف شمال الأطلسي ( الناتو)، اليوم الخميس', 'حلف شمال الأطلسي', 'org:nato'],
    // seed 001: NATO without the article, in brackets
    ['أعلن الأمين العام لحلف شمال الأطلسي (ناتو) ينس ستولتنبرغ', 'ناتو', 'org:nato'],
    // seed 001: "الحلف الأطلسي" is NATO too
    ['وقال ستولتنبرغ إن الحلف الأطلسي سيواصل دعم أوكرانيا', 'الحلف الأطلسي', 'org:nato'],
    // seed 002: حلف الناتو
    ['أن إحدى المهام الرئيسية لحلف الناتو هي منع تصعيد الصراع', 'حلف الناتو', 'org:nato'],
    // seed 003: الكرملين
    ['محاولة جديدة من جانب الكرملين “لإرهاب السكان المدنيين”.', 'الكرملين', 'org:kremlin'],
    // made-up after Kuwaiti news: an organization's definite words stop at a rank or a title (its official's)
    ['وقام وكيل وزارة الداخلية الفريق سامي النهام اليوم بجولة تفقدية.', 'وزارة الداخلية', 'org:وزاره-الداخليه'],
    // review (made-up): an organization's definite words go on over a title's word that is part of its name
    ['وقال مكتب النائب العام إن التحقيق مستمر.', 'مكتب النائب العام', 'org:مكتب-النائب-العام'],
    // corpus 2018-04-12 OPCW stories: the organization by its full name
    ['وأكدت منظمة حظر الأسلحة الكيميائية نتائج التحليل البريطاني', 'منظمة حظر الأسلحة الكيميائية', 'org:opcw'],
    // made-up: a city after an organization's head is part of its name, not a place of its own
    ['أعلنت جامعة القاهرة عن نتائج الامتحانات.', 'جامعة القاهرة', 'org:جامعه-القاهره'],
    // made-up: the same city elsewhere is the place
    ['وصل الوزير إلى القاهرة أمس.', 'القاهرة', 'place:cairo'],
  ])('%s → %s', (text, written, id) => {
    expect(one(text)).toContainEqual([written, id]);
  });

  // A city the gazetteer does not know is the recogniser's: a word it calls a location counts as a place when the
  // collection says so twice, or once right after a noun naming a place's kind (مدينة، بلدة، العاصمة …).
  const model = loadNerModel(JSON.parse(readFileSync(new URL('../../models/ner-ar.json', import.meta.url), 'utf8')));
  it.each([
    // seed 003: Dnipro, named once, after "مدينة"
    ['عندما استخدمت روسيا صاروخا باليستيا متوسطا ضد مدينة دنيبرو.', 'دنيبرو', 'place:دنبرو'],
    // made-up after Palestinian politics reports: a city its verb goes to, inside an organization span of the
    // recogniser, stays the city's place (review 2026-12-04: giving it to the organization lost Cairo; the same goes
    // for a club named after its city, ريال مدريد)
    ['ووصل وفد حماس القاهرة لبحث التهدئة.', 'القاهرة', 'place:cairo'],
    // news table row 56 (test-data/ner-news-persons.json, G20 summit 2024): the recogniser calls the city after "في" a
    // person; in its training file a span right after في is a person 3 times in 646
    ['استضاف الرئيس البرازيلي قمة مجموعة العشرين في ريو دي جانيرو حيث أطلق التحالف.', 'ريو دي جانيرو', 'place:رو-دي-جنرو'],
  ])('with the recogniser: %s → %s', (text, written, id) => {
    const { mentions } = extractEntities([{ id: 'doc', text }], { model });
    expect((mentions.get('doc') ?? []).map((m) => [text.slice(m.start, m.end), m.entity])).toContainEqual([written, id]);
  });
  it.each([
    // made-up after Tunisian and Algerian presidency reports, 2024: the recogniser stops after "بعبد المجيد"; عبد with
    // a definite word is one given name, so the name goes on to the family name
    ['وأجرى الرئيس التونسي قيس سعيد اتصالا هاتفيا بعبد المجيد تبون لبحث العلاقات الثنائية.', 'عبد المجيد تبون'],
    // made-up after a condolence report: the recogniser's span is whole already, and stays so
    ['وقدم وزير الخارجية تعازيه لعبد الرحمن الحسيني وعائلته.', 'عبد الرحمن الحسيني'],
    // made-up after a book-fair report (an Egyptian outlet, 2018, local set F): the first half of a compound given name
    // written with و loses it however short it is (عز); a given name that begins with و as written keeps it (وحيد)
    ['افتتحت وزيرة الثقافة المعرض مع السفير الجزائري، وعز الدين ميهوبي وزير الثقافة الجزائري.', 'عز الدين ميهوبي'],
    ['وحضر الندوة الكاتب وحيد الدين خان وعدد من الباحثين.', 'وحيد الدين خان'],
    // made-up (review): a two-word name before a city its verb goes to is a person, not a club
    ['ووصل يان كوبيتش بغداد أمس في زيارة.', 'يان كوبيتش'],
    // made-up after a match report (as below): the name ends before the count
    ['وسجل محمد صلاح هدفين لليفربول أمام مانشستر يونايتد.', 'محمد صلاح'],
    // made-up after Russian foreign ministry reports: the recogniser's span runs on over "بموسكو", which the gazetteer
    // took; the name before it was lost with it
    ['والتقى الوزير بنظيره سيرغي لافروف بموسكو، وبحثا الأزمة.', 'سيرغي لافروف'],
    // Rows below: patterns the whole extractor got wrong on eval:ner's development part (the last tenth of the ANERcorp
    // training file) where the recogniser alone was right; sentences made up after them.
    // كوفي is no ك + وفي (a preposition never precedes a conjunction) and no ك + the given name وفي
    ['وقال كوفي أنان إن الوضع في دارفور خطير.', 'كوفي أنان'],
    // a lineage of four names and three particles is one name (MODEL_PERSON_MAX_WORDS does not count the particles)
    ['واستقبل الشيخ حمدان بن محمد بن راشد آل مكتوم ولي عهد دبي الوفد.', 'حمدان بن محمد بن راشد آل مكتوم'],
    // a name written أل… has no article: ألتمان goes on after the given name سام
    ['أعلن سام ألتمان، الرئيس التنفيذي للشركة، إطلاق نموذج جديد.', 'سام ألتمان'],
    // فايسل is no ف + the given name إيسل
    ['وطالب بذلك الكاتب إيلي فايسل من الحكومة.', 'إيلي فايسل'],
    // made-up after a books page, 2023: an occupation introduces the name as a title does (lexicon.ts ROLE_NOUNS), and
    // after it a given name of the recogniser's lexicon opens a name the recogniser did not see
    ['صدرت للروائية الجزائرية أحلام مستغانمي طبعة جديدة من روايتها.', 'أحلام مستغانمي'],
    // made-up after Jordanian foreign ministry reports: a family name with the article after a reporting verb, in a text
    // that names the person in full (the recogniser tags it alone only sometimes)
    ['التقى وزير الخارجية الأردني أيمن الصفدي نظيره المصري في عمان. وقال الصفدي إن المحادثات كانت مثمرة.', 'الصفدي'],
    // the same after a title, among its definite words
    ['التقى وزير الخارجية الأردني أيمن الصفدي نظيره المصري في عمان. وأكد الوزير الصفدي أن المحادثات كانت مثمرة.', 'الصفدي'],
    // review: a role noun is a cue, not a delimiter: many are family names too
    ['وقال أحمد القاضي إن الحكم قاس.', 'أحمد القاضي'],
    // review: كوفي with a conjunction is still no ك + وفي
    ['والتقى بان كي مون وكوفي أنان في نيويورك.', 'كوفي أنان'],
    // made-up after Moroccan and Mauritanian cabinet news (2017-2024): ولد and بنت ("son of", "daughter of") are lineage
    // particles as بن is; after one, a title word is the father's name (الشيخ) and a definite family name follows it;
    // a nisba-shaped word before the particle is a given name (العربي, Larbi); آيت (Berber "Ait") is a particle too
    ['وأعلن الرئيس محمد ولد الشيخ الغزواني تشكيل الحكومة الجديدة.', 'محمد ولد الشيخ الغزواني'],
    ['وخلف الوزير الجديد العربي بن الشيخ في منصبه.', 'العربي بن الشيخ'],
    ['وقال المدرب هشام آيت منا إن فريقه استحق الفوز.', 'هشام آيت منا'],
    // made-up after Arab sports and culture news (2015-2024), where the recogniser sees no one: after a role, a given
    // name of its lexicon and a definite family name (a name the rules could not end on a word with ال before)
    ['وقالت العداءة المغربية نوال المتوكل إن السباق كان صعبا.', 'نوال المتوكل'],
    ['وتولى رئاسة المهرجان خلفا للناقدة ماجدة واصف التي قادته أربع سنوات.', 'ماجدة واصف'],
    // made-up after Yemeni news: the recogniser's span begins at the father's given name; the given name before it
    // (in a text that writes ى, علي is the name, not على) belongs to the name
    ['وقال الرئيس اليمني السابق علي عبدالله صالح إن الحوار مستمر على الطاولة.', 'علي عبدالله صالح'],
    // review (made-up): not the end of another person the recogniser found (two persons side by side)
    ['واستقبل حسني مبارك محمود عباس في القاهرة.', 'محمود عباس'],
    // the same where the text also writes عليها (على's, not a sign that علي is an ordinary word)
    ['وقالت الوكالة التي يسيطر عليها الحوثيون إن الرئيس السابق علي عبدالله صالح وافق على الاتفاق.', 'علي عبدالله صالح'],
    // made-up after transfer news (Gulf clubs, 2020-2024): the names of a list beside the ones the recogniser found,
    // each a given name and a family name between commas
    ['وأعلن النادي على موقعه التعاقد مع ستة لاعبين هم: سامر الحلبي، جواد العطار، علي بلقاسم، أسامة العمري، عبدالمجيد الشمري، علي الحسن.', 'جواد العطار'],
    ['وأعلن النادي على موقعه التعاقد مع ستة لاعبين هم: سامر الحلبي، جواد العطار، علي بلقاسم، أسامة العمري، عبدالمجيد الشمري، علي الحسن.', 'علي بلقاسم'],
    // made-up after Sudanese government news (local set H, 2026): دكتورة without the article is a title before the name,
    // which then goes on over a family name ending in ـا
    ['وقدمت الوزير المكلف لوزارة المالية دكتورة نوال بشير بانقا، مشروع الموازنة.', 'نوال بشير بانقا'],
    // made-up after Omani news (local set H, 2025): a given name the lexicon lacks before بنت and the father's name,
    // where the recogniser opened the span
    ['وحضر الحفل معالي الدكتورة مديحة بنت أحمد الشيبانية وزيرة التربية والتعليم.', 'مديحة بنت أحمد الشيبانية'],
    // made-up after a Lebanese cabinet meeting's list (local set H, 2025): each minister after the ministry's name
    ['حضرها الوزراء: المالية ياسين جابر، الثقافة غسان سلامة، الدفاع ميشال منسى، المهجرين وشؤون تكنولوجيا المعلومات كمال شحادة، الداخلية أحمد الحجار.', 'كمال شحادة'],
    // made-up after Sudanese news: a name the recogniser ends at the father's given name goes on over the family name
    // that ends the phrase; عوض (also "instead of") is a family name at a name's end
    ['وشارك في اللقاء وزير الدفاع الفريق أول يوسف عثمان مفضل.', 'يوسف عثمان مفضل'],
    ['ومدير الشرطة الفريق أول حسن محمد عوض.', 'حسن محمد عوض'],
    // review (made-up): a family name that begins with بال is no preposition with the article
    ['وصرح عبد الرحمن بالقاسم للصحفيين بأن الاتفاق قريب.', 'عبد الرحمن بالقاسم'],
    // made-up after Palestinian prisoners' news: a role's noun in the dual (الأسيرتين، الأسيران) introduces two names;
    // the second, joined by و, ends at the verb (تخوضان، فيخوضان) the recogniser ran it on over
    ['وقال إن الأسيرتين هناء جرادات وفاطمة شاهين تخوضان إضرابا مفتوحا.', 'هناء جرادات'],
    ['وقال إن الأسيرتين هناء جرادات وفاطمة شاهين تخوضان إضرابا مفتوحا.', 'فاطمة شاهين'],
    ['أما الأسيران عمر السناجل واسماعيل حلبية فيخوضان إضرابا.', 'اسماعيل حلبية'],
    // made-up after Gulf agencies' royal news (2005-2023, real pages outside the repository): after آل ("the family
    // of") comes the family's name, even one that is a title's word (آل الشيخ); المعظم / المفدى after a ruler's name
    // are epithets, not its words
    ['وأمّ المصلين الشيخ عبدالعزيز بن عبدالله آل الشيخ مفتي عام المملكة.', 'عبدالعزيز بن عبدالله آل الشيخ'],
    ['ووصل السلطان قابوس بن سعيد المعظم إلى الدوحة في زيارة رسمية.', 'قابوس بن سعيد'],
    ['واستقبل الملك حمد بن عيسى آل خليفة المفدى ضيفه في قصر الصخير.', 'حمد بن عيسى آل خليفة'],
    // made-up after a Qatari agency's report on the World Cup's opening (real page outside the repository): a ruler's
    // ordinal, then his lineage, which the recogniser tags apart
    ['وحضر الافتتاح جلالة الملك عبدالله الثاني ابن الحسين ملك المملكة الأردنية الهاشمية.', 'عبدالله الثاني ابن الحسين'],
    // made-up after Egyptian film-festival news (real pages outside the repository): a family name of two words ending
    // in الله, where the name's phrase ends, belongs to the name the recogniser ended one word early
    ['وبقي الناقد يوسف شريف رزق الله (75 عاما) مديرا فنيا للمهرجان.', 'يوسف شريف رزق الله'],
    // review (made-up): foreign family names end in ـوا as a verb's past plural does; they stay whole
    ['وتصدى الحارس البلجيكي تيبو كورتوا لركلة الجزاء.', 'تيبو كورتوا'],
    ['وقالت وزيرة الخارجية اليابانية يوكو كاميكاوا إن بلادها تدعم الهدنة.', 'يوكو كاميكاوا'],
    // made-up (review of the pronoun rule): بهية is no ب + هي + ه, and آية (folded ايه) no أي + ه
    ['وقالت النائبة بهية الحريري إن المجلس سيجتمع.', 'بهية الحريري'],
    ['وفازت اللاعبة آية مجدي بالميدالية الذهبية.', 'آية مجدي'],
    // corpus 2018-10-14_skynews_SK-internationalNews-3487: a name the recogniser's given names do not open, whose words
    // it learned nothing against, stays a name
    ['إذ اتهمت مبعوثة واشنطن لدى الحلف، كاي بايلي هاتشينسون، موسكو بانتهاك معاهدة النووية المتوسطة عام 1987.', 'بايلي هاتشينسون'],
    // made-up (outside the corpus, after match reports): كريم is a given name ANERcorp has only as a word ("generous"),
    // but no other given name goes with بنزيمة here, so the name stays whole (EntityCollection.surnameAfterWord)
    ['وسجل كريم بنزيمة هدفين في المباراة.', 'كريم بنزيمة'],
  ])('with the recogniser: %s has the person %s', (text, written) => {
    expect(personsIn(text)).toContain(written);
  });
  it.each([
    // corpus 2018-07-11_skynews_SK-internationalNews-2584: the recogniser's span is "ستولتنبرغ ببروكسيل"; بروكسيل is
    // the gazetteer's بروكسل spelled with one more long vowel (same skeleton), after the preposition ب
    ['وقال ترامب في مأدبة فطور مع ينس ستولتنبرغ ببروكسيل، إن ألمانيا تحصل على حماية أميركية.', ['ستولتنبرغ ببروكسيل', 'ببروكسيل']],
    // made-up after UN envoy reports on Libya, 2023: the recogniser's span is "داعياً عبد الحميد" (a word with tanwin
    // is no name); "عبد" was the first name of عبد الله باتيلي standing alone, and a compound given name alone is no
    // person (the family name الدبيبة is definite, and a definite word after it may as well be a noun: review)
    ['أكد المبعوث الأممي عبد الله باتيلي أن الانسداد يهدد البلاد، داعياً عبد الحميد الدبيبة وخليفة حفتر إلى الحوار.', ['عبد', 'عبد الحميد', 'داعياً عبد الحميد']],
    // made-up (review): a noun with the article after a compound given name is no family name
    ['التقى عبد المجيد الوفد الأمريكي في العاصمة.', ['عبد المجيد الوفد']],
    // made-up: a calendar noun with the article is no family name after a compound given name
    ['وقال عبد العزيز الأسبوع الماضي إن الاتفاق قريب.', ['عبد العزيز الأسبوع']],
    // made-up after a match report: the recogniser's span runs on over the count (هدفين), a counting noun
    ['وسجل محمد صلاح هدفين لليفربول أمام مانشستر يونايتد.', ['محمد صلاح هدفين']],
    // made-up after a Champions League report: the recogniser's person span ends with the city the gazetteer took, no
    // preposition between: a club named after its city
    ['وخسر دينامو كييف أمام باريس سان جيرمان في دوري الأبطال.', ['دينامو', 'دينامو كييف']],
    // made-up after a Syrian squad list (real page outside the repository): a function word with a pronoun attached
    // (وغيرهم "and others", نفسه "himself") ends a name; آية (folded ايه, no أي + ه) and بهية (no ب + هي + ه) do not
    ['وغاب عن المباراة كل من: سامر الحلبي وإياز عثمان وغيرهم بسبب الإصابة.', ['عثمان وغيرهم', 'إياز عثمان وغيرهم']],
    ['وقال خالد نفسه إن القرار نهائي.', ['خالد نفسه']],
    // made-up: after a lineage whose father's name is written with the article, a definite word is the verb's object
    ['واستقبل الملك محمد السادس بن الحسن الوفد في القصر الملكي.', ['محمد السادس بن الحسن الوفد']],
    // made-up: a formula for God after a name is not its family name (its first word ends in a pronoun)
    ['وكان الشيخ أحمد ياسين حفظه الله، يقول إن المقاومة حق.', ['أحمد ياسين حفظه الله']],
    // review (made-up): a king named by his given name, then the person he greets: two persons (a rule that joined a
    // titled given name to the next span was withdrawn for this)
    ['صافح الملك عبدالله علي أحمد الكعبي في القصر.', ['عبدالله علي أحمد الكعبي']],
    // made-up after Yemeni and Sudanese news (real pages outside the repository): a name does not run on over a title's
    // noun in the accusative (سفيرا "as ambassador") or a word with tanwin (رئيسًا)
    ['وعين المجلس عز الدين فرحان سفيرا لدى المملكة.', ['عز الدين فرحان سفيرا', 'فرحان سفيرا']],
    ['وانتخب الأعضاء عبد اللطيف الأمين الحسن رئيسًا للمجلس.', ['الحسن رئيسًا', 'عبد اللطيف الأمين الحسن رئيسًا']],
    // made-up after eval:ner's development part: a title with و (والرئيس) is no family name
    ['والتقى الوزير الملك عبدالله والرئيس بشار الأسد في دمشق.', ['عبدالله والرئيس']],
    // review: ب + وزير is a title after a preposition (only a conjunction with a listed word is refused after one)
    ['وقال سمير بوزير الخارجية إن الأمر جيد.', ['سمير بوزير']],
    // corpus 2018-03-17_france24_FR-internationalNews-477: "سام" (poisonous; also the given name Sam) does not run on
    // over "بإحدى", a preposition before a hamza seat, where the recogniser's span is split
    ['اللذين تعرضا لهجوم بغاز سام بإحدى مدن جنوب إنكلترا في الخامس من مارس.', ['سام بإحدى']],
    // made-up: without the person named in full in the text, a definite word after a reporting verb is no person
    ['وقال السوداني أحمد إن الوضع صعب في الخرطوم.', ['السوداني']],
    // review: after الطفل a given name alone is usual (no role cue), and the word after it no family name
    ['وقال الطفل عمر لوالده إنه خائف.', ['عمر لوالده']],
    // made-up after eval:ner's development part: أحد ("one of", also a given name) after a title opens its complement
    ['وعين الرئيس زعيم أحد الأجنحة المتمردة رئيسا للسلطة الانتقالية.', ['أحد الأجنحة']],
    // made-up after Gulf news: صاحب (a given name) before an honorific is "His Highness", no family name after it
    ['واستقبل الأمير صاحب السمو ولي العهد في القصر.', ['صاحب السمو']],
    // made-up after eval:ner's development part: an honorific or a definite noun the given-name lexicon also lists
    // (سعادة، الحكم "the referee") before a name is not the person's given name
    ['وحضر الحفل سعادة سعيد محمد الكندي وزير الإعلام.', ['سعادة سعيد محمد الكندي']],
    ['وقال الحكم الحسين محمد إن المباراة انتهت.', ['الحكم الحسين محمد']],
    // made-up after sports news: an item beside a name that opens with a role's noun (نجم "star", also a given name)
    // is an apposition, not another name
    ['وسجل فراس الحلبي، نجم الهلال، الهدف الأول على ملعبه.', ['نجم الهلال']],
    // made-up: a word after a name that does not end the phrase (a noun or verb with its complement) is not its family name
    ['وأكد أحمد إبراهيم حضور الاجتماع.', ['أحمد إبراهيم حضور']],
    // review (made-up): a verb's object after a titled name (a definite word that does not end the phrase), after a
    // lineage whose father is a family name, or a noun's ending without a title before the name, is not the name's
    ['وزار الملك سلمان المدينة المنورة.', ['سلمان المدينة']],
    ['واستقبل الرئيس محمد ولد الغزواني السفراء الجدد.', ['محمد ولد الغزواني السفراء']],
    ['وسجل محمد صلاح ثنائية.', ['محمد صلاح ثنائية']],
    // review (made-up): الفريق before a word that is also a given name is "the team" (no rank introduces a name)
    ['وقال المدرب إن الفريق سعيد بالتأهل إلى النهائي.', ['سعيد بالتأهل', 'سعيد']],
    // made-up after Egyptian culture news: an outlet's name (its last word نيوز or برس) is no person
    ['وفق ما نشر موقع سكاي نيوز فقد قالت إدارة المهرجان إن الحفل تأجل.', ['سكاي نيوز']],
    // made-up after Egyptian local news: a word with a preposition and the article (للتعليم) is never a name's
    ['وتفقد المحافظ مدرسة علي عبد العال للتعليم الأساسي في القرية.', ['عبد العال للتعليم']],
    // review (made-up): a noun after a preposition (لصالح "in favour of") is no given name before a person's, nor a verb
    // written with و (وجه "directed") a list's next name
    ['وصوت البرلمان لصالح محمد مرسي.', ['صالح محمد مرسي']],
    ['وقال الرئيس الجزائري عبد المجيد تبون، وجه تعليمات صارمة للحكومة.', ['وجه تعليمات صارمة للحكومة', 'وجه تعليمات صارمة']],
    // corpus 2018-03-14_skynews_SK-internationalNews-343: the recogniser's span «بأسلوب روتيني» ("in a routine manner");
    // a lone article never writes الأسلوب or الروتيني, but ANERcorp has روتيني only outside names (acceptModelName)
    ['وقال السفير البريطاني، جوليان بريثويت، للمجلس في جنيف: "المجلس والجمعية العامة للأمم المتحدة شجبا انتهاكات روسيا للقانون الدولي بأسلوب روتيني يثير القلق.', ['أسلوب روتيني', 'بأسلوب روتيني']],
    // eval:ner's development part (shared/ner/anercorp-train.tsv, its last tenth), sentences 121 and 198: a car maker
    // and a model (نيسان is also the month April), a name and the question word هل after it
    ['وتضم مركبة نيسان أورفان العديد من المواصفات المتطورة لحفظ سلامة السائق والركاب من خلال تقنية نيسان لسلامة التحكم .', ['نيسان أورفان']],
    ['ولم يوضح حالوتس هل سيتم استخدام الرصاص الحي او المطاطي .', ['حالوتس هل']],
    // made-up after Omani and Syrian news (local set H, 2017–2025): an honorific after حرم ("the wife of His Majesty"),
    // a role's noun in the plural ("activists explained")
    ['تفضلت السيدة الجليلة حرم جلالة السلطان فشملت برعايتها افتتاح المستشفى.', ['حرم جلالة', 'حرم جلالة السلطان']],
    ['بدورهم أوضح ناشطون، أن الكهرباء عادت إلى مدن وبلدات الريف.', ['ناشطون']],
    // made-up after an Algerian league report (local set H, 2024): a club named by its head word (شباب "youth")
    ['ورفع مولودية الجزائر رصيده إلى 65 نقطة متقدما بـ12 نقطة عن ملاحقه المباشر شباب بلوزداد، الذي تقدم بفارق الأهداف.', ['شباب بلوزداد']],
  ])('with the recogniser: %s has no person %j', (text, written) => {
    const persons = personsIn(text);
    for (const w of written) expect(persons).not.toContain(w);
  });
  it('corpus 2018-07-17_france24_FR-internationalNews-2345: a verb before its subject (وجه "directed", also a given name of the lexicon) is not the person\'s given name', () => {
    const text = readFileSync(new URL('../../content/articles/2018-07-17_france24_FR-internationalNews-2345.txt', import.meta.url), 'utf8');
    expect(text).toContain('وجه دونالد ترامب');
    expect(personsIn(text)).not.toContain('وجه دونالد ترامب');
  });
  it('review (made-up): a list item naming a place after a preposition, or a thing named after a person, is no minister\'s name', () => {
    const text = 'وشارك فيه ياسين جابر، غسان سلامة، ووفد من مدينة جميلة الساحلية، إلى جانب خبراء.';
    expect(personsIn(text)).toContain('غسان سلامة');
    expect(personsIn(text)).not.toContain('جميلة الساحلية');
    const things = personsIn('حضرها: ياسين جابر، غسان سلامة، مستشفى رفيق الحريري، مدرسة جميلة بوحيرد، مسلسل نور الشريف.');
    expect(things).toContain('غسان سلامة');
    expect(things.filter((p) => ['رفيق الحريري', 'جميلة بوحيرد', 'نور الشريف'].includes(p))).toEqual([]);
  });

  it('review (made-up): سعادة is an honorific and a Lebanese family name', () => {
    expect(personsIn('وقال النائب يوسف سعادة إن الجلسة تأجلت.')).toContain('يوسف سعادة');
  });
  // Two persons' names side by side, a و missing (EntityCollection.twoNames): the recogniser's second pass makes one
  // span «ترامب فلاديمير بوتين», its first pass opens a person at فلاديمير; ترامب is the surname of دونالد ترامب.
  const trumpPutin = readFileSync(new URL('../../content/articles/2018-07-11_france24_FR-internationalNews-2262.txt', import.meta.url), 'utf8');
  it.each([
    // corpus 2018-07-11_france24_FR-internationalNews-2262 as it is: the article names فلاديمير بوتين in full elsewhere,
    // so the span is his name, and ترامب before it is دونالد ترامب
    ['the article', trumpPutin, 'فلاديمير بوتين', 'فلاديمير بوتين', 'دونالد ترامب'],
    // guard, the same article edited by hand (its other «فلاديمير بوتين» written «بوتين»): the collection has no full
    // name فلاديمير بوتين, so the span is left as the recogniser made it
    ['the article without Putin named in full', trumpPutin.replace(/فلاديمير بوتين(?!")/, 'بوتين'), 'ترامب فلاديمير بوتين', 'ترامب فلاديمير بوتين', null],
  ])('with the recogniser, %s: «يلتقي الرئيس ترامب فلاديمير بوتين» has the person %s', (_, text, mention, person, trump) => {
    expect(text).toContain('يلتقي الرئيس ترامب فلاديمير بوتين');
    const { mentions, entities } = extractEntities([{ id: 'doc', text }], { model });
    const names = new Map(entities.filter((e) => e.type === 'person').map((e) => [e.id, e.name]));
    const at = text.indexOf('ترامب فلاديمير بوتين');
    const inSentence = (mentions.get('doc') ?? []).filter((m) => names.has(m.entity) && m.start >= at && m.end <= at + 'ترامب فلاديمير بوتين'.length);
    expect(inSentence.map((m) => [text.slice(m.start, m.end), names.get(m.entity)])).toEqual(
      trump === null ? [[mention, person]] : [['ترامب', trump], [mention, person]],
    );
  });
  it('corpus 2018-03-18_skynews_SK-internationalNews-431: a verb before its subject (شكر "thanked", a given name only of the recogniser\'s lexicon, outside names in ANERcorp) is not the given name of the person named فلاديمير بوتن', () => {
    const text = readFileSync(new URL('../../content/articles/2018-03-18_skynews_SK-internationalNews-431.txt', import.meta.url), 'utf8');
    expect(text).toContain('وشكر بوتن الذي انتخب');
    const { mentions, entities } = extractEntities([{ id: 'doc', text }], { model });
    const persons = new Set(entities.filter((e) => e.type === 'person').map((e) => e.id));
    const personOf = new Map((mentions.get('doc') ?? []).filter((m) => persons.has(m.entity)).map((m) => [text.slice(m.start, m.end), m.entity]));
    expect(personOf.has('شكر بوتن')).toBe(false);
    expect(personOf.get('بوتن')).toBe(personOf.get('فلاديمير بوتن'));
    expect(personOf.get('بوتن')).toBeDefined();
  });
  it('made-up after a Qatari agency\'s report (real page outside the repository): one given and one family name with two fathers are two persons; the same lineage again is the same one', () => {
    const docs = [
      { id: 'a', text: 'وكان في الاستقبال سمو الشيخ جاسم بن حمد آل ثاني الممثل الشخصي للأمير وعدد من الوزراء.' },
      { id: 'b', text: 'وحضر اللقاء سعادة السفير الشيخ جاسم بن عبدالرحمن بن محمد آل ثاني سفير دولة قطر لدى سلطنة عمان.' },
      { id: 'c', text: 'وشارك في الحفل الشيخ جاسم بن حمد آل ثاني إلى جانب عدد من المسؤولين.' },
    ];
    const personOf = firstPersonOf(docs);
    expect(personOf('a')).toBeDefined();
    expect(personOf('b')).toBeDefined();
    expect(personOf('a')).not.toBe(personOf('b'));
    expect(personOf('c')).toBe(personOf('a'));
  });
  it('made-up after an Omani agency\'s report (real page outside the repository): a given name and a lineage alone is the one person named in full with them; with two such persons it is neither', () => {
    const docs = [
      { id: 'a', text: 'ووصل جلالة السلطان هيثم بن طارق بن تيمور آل سعيد إلى الدوحة في زيارة رسمية.' },
      { id: 'b', text: 'وقال السلطان هيثم بن طارق في كلمته إن العلاقات بين البلدين متينة.' },
      { id: 'c', text: 'وحضر الاجتماع الأمير فهد بن سلطان بن عبدالعزيز آل سعود وعدد من المسؤولين.' },
      { id: 'd', text: 'كما حضر الشيخ فهد بن سلطان آل نهيان الحفل.' },
      { id: 'e', text: 'وألقى الأمير فهد بن سلطان كلمة بالمناسبة.' },
    ];
    const personOf = firstPersonOf(docs);
    expect(personOf('a')).toBeDefined();
    expect(personOf('b')).toBe(personOf('a'));
    expect(personOf('e')).not.toBe(personOf('c'));
    expect(personOf('e')).not.toBe(personOf('d'));
  });
  it('review (made-up): the same father spelled in one or two words, or with a hamza\'s seat or without it, is one father', () => {
    const docs = [
      { id: 'a', text: 'وكان في الاستقبال الشيخ محمد بن عبدالرحمن آل ثاني رئيس مجلس الوزراء.' },
      { id: 'b', text: 'وأكد الشيخ محمد بن عبد الرحمن آل ثاني رئيس مجلس الوزراء أن المحادثات مستمرة.' },
      { id: 'c', text: 'واستقبل الشيخ محمد بن زايد آل نهيان رئيس الدولة الوفد.' },
      { id: 'd', text: 'وهنأ الشيخ محمد بن زائد آل نهيان رئيس الدولة الفائزين.' },
    ];
    const personOf = firstPersonOf(docs);
    expect(personOf('a')).toBeDefined();
    expect(personOf('b')).toBe(personOf('a'));
    expect(personOf('c')).toBeDefined();
    expect(personOf('d')).toBe(personOf('c'));
  });
  /** Per document id, the entity id of its first person mention, over a collection of documents. */
  function firstPersonOf(docs: { id: string; text: string }[]): (id: string) => string | undefined {
    const { mentions, entities } = extractEntities(docs, { model });
    const persons = new Set(entities.filter((e) => e.type === 'person').map((e) => e.id));
    return (id) => (mentions.get(id) ?? []).find((m) => persons.has(m.entity))?.entity;
  }
  /** The person mentions of one text, as the text they cover. */
  function personsIn(text: string): string[] {
    const { mentions, entities } = extractEntities([{ id: 'doc', text }], { model });
    const persons = new Set(entities.filter((e) => e.type === 'person').map((e) => e.id));
    return (mentions.get('doc') ?? []).filter((m) => persons.has(m.entity)).map((m) => text.slice(m.start, m.end));
  }
  // A name right after a noun such as مطار، جامع، متحف، جائزة (or after a title after it) names the thing, not a person
  // in the news (lexicon.ts NAMED_AFTER_HEADS). Rows made up after Gulf and Maghreb news, 2023-2025.
  it.each([
    ['وهبطت الطائرة في مطار الملكة علياء الدولي بعد ظهر الخميس.'],
    ['وأقيمت الصلاة في جامع الشيخ زايد الكبير في أبوظبي.'],
    ['ويعرض متحف محمد السادس للفن الحديث أعمالا جديدة.'],
    ['وفاز الروائي بجائزة الشيخ زايد للكتاب هذا العام.'],
    // made-up after obituaries: عمر is "age" here (AMBIGUOUS_FIRST_NAMES)
    ['وتوفي الشاعر عن عمر ناهز 90 عاما بعد صراع مع المرض.'],
  ])('with the recogniser: %s names no person', (text) => {
    const { entities } = extractEntities([{ id: 'doc', text }], { model });
    expect(entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual([]);
  });
  it.each([
    // the same names acting in the news; "عن طريق" ("through") is no such noun
    ['وقال الملك محمد السادس في خطابه إن المملكة ماضية في الإصلاح.', 'محمد السادس'],
    // made-up (review): a noun with the pronoun ـه folds like the noun with ة (مكتبه "his office" ≠ مكتبة "library")
    ['واستقبل في مكتبه الرئيس محمود عباس وفدا أمريكيا.', 'محمود عباس'],
    ['وقال مؤسسه جاك دورسي إن المنصة ستتغير.', 'جاك دورسي'],
    ['وتسلمت الرسالة عن طريق الوزير أحمد عطاف أمس.', 'أحمد عطاف'],
  ])('with the recogniser: %s has the person %s', (text, written) => {
    const { entities } = extractEntities([{ id: 'doc', text }], { model });
    expect(entities.filter((e) => e.type === 'person').map((e) => e.name)).toContain(written);
  });
  // The recogniser's places and organizations are named by their words' skeletons (skeleton.ts): one outlet's spelling
  // and another's are one entity. Made-up after the corpus's reports from Salisbury (four spellings across outlets).
  it('with the recogniser: two spellings of a city are one place', () => {
    const docs = [
      { id: 'a', text: 'ووقع الهجوم في مدينة سالزبري البريطانية يوم الأحد.' },
      { id: 'b', text: 'وعثرت الشرطة على الضحيتين في مدينة سالزبوري جنوبي إنجلترا.' },
    ];
    const { mentions } = extractEntities(docs, { model });
    const idOf = (doc: { id: string; text: string }, written: string) => mentions.get(doc.id)?.find((m) => doc.text.slice(m.start, m.end) === written)?.entity;
    expect(idOf(docs[0]!, 'سالزبري')).toMatch(/^place:/);
    expect(idOf(docs[1]!, 'سالزبوري')).toBe(idOf(docs[0]!, 'سالزبري'));
  });
  // Two place spans of the recogniser side by side are one place (model-candidates.ts continuesPlace), except where the
  // run reaches a place the gazetteer knows, or a word at the junction is one the recogniser learned outside places.
  it.each([
    // corpus 2018-03-17_france24_FR-internationalNews-477: the recogniser tags «سان» | «بطرسبورغ»
    ['كما أعلنت الخارجية الروسية سحب تصريح بفتح قنصلية عامة في سان بطرسبورغ، ووقف نشاطات المركز الثقافي البريطاني لديها.', ['سان بطرسبورغ'], ['سان', 'بطرسبورغ']],
    // corpus 2018-03-29_cnn_CN-internationalNews-197: «سانت» | «بطرسبرغ»
    ['كما أمرت بإغلاق قنصلية الولايات المتحدة الأمريكية في مدينة سانت بطرسبرغ الروسية، ردا على قرار واشنطن بطرد دبلوماسيين روس.', ['سانت بطرسبرغ'], ['سانت']],
    // corpus 2018-03-29_bbc_BB-internationalNews-252: «سالزبري» | «جنوبي» | «انجلترا», a city, "south of" and a country
    // the gazetteer knows: not one place
    ['وعثر على سكريبال وابنته يوليا مغشيا عليهما على مقعد وسط مدينة سالزبري جنوبي انجلترا يوم 4 مارس/آذار.', ['سالزبري', 'انجلترا'], ['سالزبري جنوبي']],
    // corpus 2018-06-07_skynews_SK-internationalNews-2018: «بولاية» | «فرجينيا»; ANERcorp has ولاية 13 times outside a place, once in one
    ['كما قام الوزراء بالتصديق على توظيف أكثر من 1200 موظف لقيادات جديدة مقرها في نورفولك بولاية فرجينيا - وفي أولم بألمانيا.', [], ['بولاية فرجينيا', 'ولاية فرجينيا']],
  ])('with the recogniser: %s has the places %j and not %j', (text, present, absent) => {
    const { mentions } = extractEntities([{ id: 'doc', text }], { model });
    const places = (mentions.get('doc') ?? []).filter((m) => m.entity.startsWith('place:')).map((m) => text.slice(m.start, m.end));
    for (const p of present) expect(places).toContain(p);
    for (const p of absent) expect(places).not.toContain(p);
  });

  // Review: the persons' letter classes (ج ق غ ك one letter) would make جازان and قازان one place; places drop vowels only.
  it.each([
    ['سالزبري', 'سولزبيري', true],
    ['بروكسل', 'بروكسيل', true],
    ['جازان', 'قازان', false],
    ['كابول', 'جبيل', false],
  ])('place key: %s and %s are one place: %s', (a, b, same) => {
    expect(vowelSkeleton(matchKey(a)) === vowelSkeleton(matchKey(b))).toBe(same);
  });

  it.each([
    // made-up (review): ولاية is also a term of office, not a place noun
    ['وانتهت ولاية أوباما الثانية.', 'أوباما'],
  ])('with the recogniser: %s has no place %s', (text, written) => {
    const { mentions } = extractEntities([{ id: 'doc', text }], { model });
    expect((mentions.get('doc') ?? []).filter((m) => m.entity.startsWith('place:')).map((m) => text.slice(m.start, m.end))).not.toContain(written);
  });

  it.each([
    // seed 000: nisba adjectives are not place mentions ("الرئيس الروسي", "الجنود الأوكرانيين")
    ['في ضربة قوية للرئيس الروسي فلاديمير بوتين', 'place:RU'],
    // seed 001: "القوات الأوكرانية"
    ['وتابع أن القوات الأوكرانية تحقق مكاسب ميدانية بشكل تدريجي', 'place:UA'],
    // seed 004: "كيف" is "how", not a spelling of Kyiv
    ['من غير الواضح كيف ستبدو حدود أوكرانيا.', 'place:kyiv'],
  ])('%s has no %s', (text, id) => {
    expect(one(text).map(([, e]) => e)).not.toContain(id);
  });

  it('an organization pattern takes a bounded run of definite words', () => {
    // corpus 2018-03-12 alarabiya: "#الخارجية_الروسية" aside, Sky/BBC write "وزارة الخارجية الروسية"
    expect(one('وقالت وزارة الخارجية الروسية في بيان إن')).toContainEqual(['وزارة الخارجية الروسية', 'org:russian-foreign-ministry']);
    expect(one('وأعلنت وزارة الدفاع البريطانية أمس')).toContainEqual(['وزارة الدفاع البريطانية', 'org:وزاره-الدفاع-البريطانيه']);
    // seed 000: an indefinite "منظمة عسكرية" is a description, not a named organization
    expect(one('وباعتبارها منظمة عسكرية مكونة من 31 دولة')).toEqual([]);
  });
});

describe('seeds against gold', () => {
  const gold = JSON.parse(readFileSync(new URL('../../test-data/seeds-gold.json', import.meta.url), 'utf8')) as {
    articles: Record<string, { persons: Record<string, string[]> }>;
    cross_document: Record<string, string[]>;
  };
  const docs = seedDocs();
  const result = extractEntities(docs);
  const byId = new Map(result.entities.map((e) => [e.id, e]));
  const norm = (s: string) => matchKey(s).replace(/\s+/g, ' ').trim();
  const stripClitic = (s: string) => (/^[وفبلك]/.test(s) ? s.slice(1) : s);

  /** The gold "matching" rule: equal surface (a one-letter proclitic may drop), or the same last word of a multi-word form. */
  function matchesGold(forms: string[], surfaces: string[]): boolean {
    return surfaces.some((raw) => {
      const s = norm(raw);
      return forms.some((f) => {
        const g = norm(f);
        const last = g.split(' ').pop() as string;
        return s === g || stripClitic(s) === g || (g.includes(' ') && last.length >= 3 && s.split(' ').pop() === last);
      });
    });
  }

  it('persons F1 ≥ 0.95 over the five seeds', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const doc of docs) {
      const expected = Object.values(gold.articles[doc.id]?.persons ?? {});
      const found = [...new Set((result.mentions.get(doc.id) ?? []).filter((m) => m.entity.startsWith('person:')).map((m) => m.entity))].map((id) => {
        const e = byId.get(id);
        const written = (result.mentions.get(doc.id) ?? []).filter((m) => m.entity === id).map((m) => doc.text.slice(m.start, m.end));
        return [...written, e?.name ?? '', ...(e?.aliases ?? [])];
      });
      for (const forms of expected) if (found.some((surfaces) => matchesGold(forms, surfaces))) tp++; else fn++;
      for (const surfaces of found) if (!expected.some((forms) => matchesGold(forms, surfaces))) fp++;
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    expect((2 * precision * recall) / (precision + recall)).toBeGreaterThanOrEqual(0.95);
  });

  it.each(Object.entries(gold.cross_document))('%s carries one id in all its seeds', (person, items) => {
    const forms = Object.values(gold.articles).flatMap((a) => a.persons[person] ?? []);
    const ids = items.map((item) => {
      const doc = docs.find((d) => d.id === item) as EntityDocument;
      return (result.mentions.get(item) ?? []).find((m) => m.entity.startsWith('person:') && matchesGold(forms, [doc.text.slice(m.start, m.end)]))?.entity;
    });
    expect(ids[0]).toBeDefined();
    expect(new Set(ids).size).toBe(1);
  });

  it('the Stoltenberg paragraphs of seeds 000, 001, 002 and 004 name one entity with a full display name', () => {
    const ids = ['000_65e48351ce8b35e2', '001_3050791f78128683', '002_2274472028061bc0', '004_1f3ba952f4cdec09'].map(
      (id) => (result.mentions.get(id) ?? []).find((m) => byId.get(m.entity)?.aliases.includes('ستولتنبرغ'))?.entity,
    );
    expect(new Set(ids).size).toBe(1);
    const e = byId.get(ids[0] as string);
    expect(e?.name).toBe('ينس ستولتنبرغ');
    expect(e?.aliases).toEqual(expect.arrayContaining(['ستولتنبرغ', 'ستولتنبرج', 'ينس ستولتنبرج']));
  });
});

describe('properties', () => {
  const docs = seedDocs();
  const arbDocs = fc.uniqueArray(fc.constantFrom(...docs), { minLength: 1, maxLength: docs.length, selector: (d) => d.id });

  it('offsets stay inside the text and mentions are sorted and disjoint', () => {
    const arabicish = fc.array(fc.constantFrom('ينس ', 'ستولتنبرغ', 'ول', 'الرئيس ', 'الروسي ', '، ', '(', 'بوتين', 'لـ ', '\n', 'كييف', 'َ', 'ـ', ' '), { maxLength: 60 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(arabicish, { minLength: 1, maxLength: 4 }), (texts) => {
        const input = texts.map((text, i) => ({ id: `d${i}`, text }));
        const { mentions, entities } = extractEntities(input);
        const ids = new Set(entities.map((e) => e.id));
        for (const { id, text } of input) {
          let last = 0;
          for (const m of mentions.get(id) ?? []) {
            expect(m.start).toBeGreaterThanOrEqual(last);
            expect(m.end).toBeGreaterThan(m.start);
            expect(m.end).toBeLessThanOrEqual(text.length);
            expect(ids.has(m.entity)).toBe(true);
            last = m.end;
          }
        }
      }),
    );
  });

  it('entity ids and mentions do not depend on document order, and runs are deterministic', () => {
    fc.assert(
      fc.property(arbDocs, fc.func(fc.integer()), (subset, rank) => {
        const shuffled = [...subset].sort((a, b) => rank(a.id) - rank(b.id) || (a.id < b.id ? -1 : 1));
        const a = extractEntities(subset);
        const b = extractEntities(shuffled);
        expect(b.entities).toEqual(a.entities);
        for (const d of subset) expect(b.mentions.get(d.id)).toEqual(a.mentions.get(d.id));
        expect(extractEntities(subset)).toEqual(a);
      }),
      { numRuns: 15 },
    );
  });

  it('ids are valid URL components after encoding', () => {
    const { entities } = extractEntities(docs);
    for (const e of entities) expect(decodeURIComponent(encodeURIComponent(e.id))).toBe(e.id);
  });
});

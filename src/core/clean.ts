/**
 * Cleaning: splits a raw scraped file into headline, body blocks and residue.
 *
 * The file is read as a sequence of non-blank lines (trimmed). Every line ends up in exactly one place: the
 * headline, a body block (verbatim), or a `removed` entry with a kind code — nothing is dropped silently. Lines are
 * first recognised one by one (cleaning/line-patterns.ts), then the context decides what a run of lines is:
 * a "اقرأ أيضاً" marker with its related headlines, a whole foreign article appended after the marker, a
 * related-article list, an in-line run of related-story links. Linear in the number of lines: every look-ahead uses
 * tables computed once per article (next list header, prefix counts).
 */
import type { Removed } from './bundle-schema.ts';
import { isStopword } from './arabic/stopwords.ts';
import { matchKey } from './normalize.ts';
import { wordCount } from './word-count.ts';
import type { RemovedKind } from './removed-kinds.ts';
import { isGluedHeadlines } from './cleaning/glued-headlines.ts';
import { trailingTeaserStart } from './cleaning/trailing-teasers.ts';
import {
  byline,
  hashtagsOf,
  isAdMarker,
  isBullet,
  isDayLine,
  hasOutletPart,
  isLabelledPublication,
  isHashtagLine,
  headlineWords,
  isAgencyLine,
  isEmbedSignature,
  isImageCaption,
  isImageCredit,
  isMediaLabel,
  isInvisible,
  isMastheadPost,
  isMoreLink,
  isPlaceDateline,
  isPromoLine,
  isRelatedListHeader,
  isSeparatorLine,
  isShareLine,
  isShortcode,
  isSiteFurniture,
  isTickerLabel,
  isTimestampLine,
  isUpdateTimestamp,
  isUrlLine,
  isWidgetReading,
  readAlsoMarker,
  SENTENCE_PUNCTUATION,
  sourceName,
  splitTags,
  startsWithScraperDateTag,
  tagLine,
  type ReadAlsoMarker,
} from './cleaning/line-patterns.ts';

export interface Block {
  /** A verbatim line of the raw file (trimmed). */
  text: string;
  /** A subheading inside the body (kept in the text, marked in `_riwaya.headings`). */
  heading: boolean;
}

export { REMOVED_KINDS, type RemovedKind } from './removed-kinds.ts';

export interface CleanedArticle {
  /** The headline line, verbatim, when the file has one. */
  headline: string | null;
  /** The outlet named by a source line or byline, when there is one. */
  outlet: string | null;
  /** The author named by a byline ("بقلم …"), when there is one. */
  author: string | null;
  blocks: Block[];
  /** Tags from tag lines (as written), then hashtag words of the body ("_" read as a space); no duplicates. */
  tags: string[];
  removed: Removed[];
  /**
   * The page's date line nearest above the text (its first paragraph) that is not an update's ("آخر تحديث: …"),
   * removed as 'timestamp': where pages print when they published. One further up may be the page's own day (today's);
   * one further down is a comment's or a related story's.
   */
  dateLine: string | null;
}

interface Line {
  text: string;
  /** matchKey of the whole line when it is short, of its first LONG_LINE_KEY_CHARS characters otherwise. */
  key: string;
  /** The key covers the whole line (whole-line recognisers run only then). */
  keyIsWhole: boolean;
  /** A blank line separates this line from the one before. */
  blankBefore: boolean;
  /** Word count when the line has a headline's shape (short, no final full stop); 0 otherwise. */
  headlineWords: number;
  headlineShaped: boolean;
  readAlso: ReadAlsoMarker | null;
  listHeader: boolean;
  source: string | null;
  tags: ReturnType<typeof tagLine>;
}

/**
 * Every recogniser either looks only at short lines (labels, ads, share lines, bylines, list headers) or is anchored
 * at the start of the line (اقرأ أيضاً, المصدر, كلمات دلالية, للمزيد). So a short line gets its whole matching key
 * and a long paragraph only the key of its first characters: folding whole paragraphs would be most of the
 * cleaner's time, and the paragraphs are most of the text.
 */
const WHOLE_KEY_MAX_CHARS = 100;
const LONG_LINE_KEY_CHARS = 40;

function readLines(raw: string): Line[] {
  const lines: Line[] = [];
  let blankBefore = false;
  // CR, CRLF and LF each end a line (old Mac files end lines in a lone CR; read as one line, a whole article was
  // one paragraph with its residue inside). Without a CR the string form of split is much faster than a pattern.
  for (const rawLine of raw.includes('\r') ? raw.split(/\r\n|\r|\n/) : raw.split('\n')) {
    const text = rawLine.trim();
    if (text.length === 0) {
      blankBefore = true;
      continue;
    }
    const keyIsWhole = text.length <= WHOLE_KEY_MAX_CHARS;
    const key = matchKey(keyIsWhole ? text : text.slice(0, LONG_LINE_KEY_CHARS));
    const words = headlineWords(text);
    lines.push({
      text,
      key,
      keyIsWhole,
      blankBefore,
      headlineWords: words,
      headlineShaped: words > 0,
      readAlso: readAlsoMarker(key),
      listHeader: keyIsWhole && isRelatedListHeader(key),
      source: sourceName(text, key),
      tags: tagLine(text, key),
    });
    blankBefore = false;
  }
  return lines;
}

/** Residue recognisable from the line alone, in order of precedence. */
function standaloneKind(line: Line): RemovedKind | null {
  if (isShortcode(line.text)) return 'shortcode';
  if (isUrlLine(line.text)) return 'url';
  if (isSeparatorLine(line.text)) return 'separator';
  if (line.keyIsWhole) {
    if (isInvisible(line.key)) return 'invisible';
    if (isAdMarker(line.key)) return 'ad';
    if (isMediaLabel(line.key)) return 'embed';
    if (isShareLine(line.key)) return 'share';
    if (isTimestampLine(line.key)) return 'timestamp';
    if (isSiteFurniture(line.key)) return 'site';
  }
  if (isPromoLine(line.text, line.key)) return 'promo';
  if (isImageCredit(line.text, line.key)) return 'image-credit';
  if (isImageCaption(line.text, line.key)) return 'image-caption';
  if (isAgencyLine(line.text)) return 'source';
  if (isEmbedSignature(line.text)) return 'embed';
  if (isMoreLink(line.key)) return 'more-link';
  if (isHashtagLine(line.text)) return 'hashtags';
  if (isGluedHeadlines(line.text)) return 'glued-headlines';
  if (isWidgetReading(line.text)) return 'site';
  // A style sheet's rules leaked as text (".widget{margin-top: 20px}"), or the site's menu run into one line.
  if (isStyleRules(line.text) || isFlatMenu(line)) return 'site';
  return null;
}
/** A selector (a class, an id or an element) and a block whose first entry is a property: "name: value". */
const STYLE_RULE = /^[.#]?[a-z][\w-]*(?:[\s>+~:.#()\w-]*)\{\s*[a-z-]+\s*:\s*[^{}]*\}/i;
/** One or more style rules and no Arabic, no quote and no "=" (code in an article has them). */
const isStyleRules = (text: string): boolean => text.length <= MAX_STYLE_LINE && STYLE_RULE.test(text.trim()) && !/[\u0600-\u06ff'"=]/.test(text);
const MAX_STYLE_LINE = 2000;

/**
 * The site's menu run into one line: six sections' names or more, and they are at least MENU_SHARE of its words
 * ("أخبار الأردن اقتصاديات خليجيات دوليات …"). A sentence has verbs and function words between its nouns.
 */
function isFlatMenu(line: Line): boolean {
  // A long line is read whole only without any sentence's punctuation (a menu has none; a paragraph has).
  if (!line.keyIsWhole && (line.text.length > MAX_FLAT_MENU_CHARS || SENTENCE_MARKS.test(line.text))) return false;
  const words = (line.keyIsWhole ? line.key : matchKey(line.text)).trim().split(/\s+/);
  if (words.length < MIN_FLAT_MENU_WORDS) return false;
  const sections = words.filter(isSectionWord).length;
  if (sections >= MIN_FLAT_MENU_WORDS && sections >= MENU_SHARE * words.length) return true;
  // A longer run of the menu's items, the site's own among the sections ("وظائف للأردنيين أحزاب أسرار ومجالس …"): not one
  // function word in it, where a sentence of that length has several (arabic/stopwords.ts).
  return words.length >= MIN_BARE_MENU_WORDS && sections >= MIN_FLAT_MENU_WORDS && !words.some(isStopword);
}
const MIN_BARE_MENU_WORDS = 15;
const MIN_FLAT_MENU_WORDS = 6;
const MAX_FLAT_MENU_CHARS = 600;
const SENTENCE_MARKS = /[.،,:؛;؟?!«»"“”]/;
const MENU_SHARE = 0.6;

/**
 * A short line without an Arabic letter (presentation forms count as letters): above the headline or under the last
 * paragraph, a widget's or a control's English ("No Image", "Tweets by …") or a counter (4647). Inside the text such a
 * line may be the article's own ("Liverpool 2-1 Chelsea", a product's name), and stays.
 */
function isForeignLine(line: Line): boolean {
  return line.keyIsWhole && !ARABIC_SCRIPT.test(line.text) && line.text.split(/\s+/).length <= MAX_FOREIGN_LINE_WORDS;
}
const MAX_FOREIGN_LINE_WORDS = 12;
const MIN_TEXT_BLOCKS = 3;
const ARABIC_SCRIPT = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/;

/** Lines that open or close a zone of their own; a run of related headlines never swallows them. */
function isStructural(line: Line): boolean {
  return line.readAlso !== null || line.listHeader || line.source !== null || line.tags !== null;
}

/** The article's own footer: the source line and the tag line close the article (what follows is the site's). */
function isFooter(line: Line): boolean {
  return line.source !== null || line.tags !== null;
}

/** A paragraph: a line that does not have the shape of a headline. */
function isParagraph(line: Line): boolean {
  return !line.headlineShaped;
}

/**
 * Perfect-tense reporting verbs that open a news lead ("أعلن …", "قال …", "أكدت …"), without the و / ف that joins a
 * continuation paragraph to the one before. Folded spelling (ى → ي).
 */
const LEAD_VERBS = new Set(
  [
    'أعلن', 'أعلنت', 'قال', 'قالت', 'أكد', 'أكدت', 'كشف', 'كشفت', 'أفاد', 'أفادت', 'ذكر', 'ذكرت', 'نفى', 'نفت', 'حذر',
    'حذرت', 'دعا', 'دعت', 'اتهم', 'اتهمت', 'أشار', 'أشارت', 'شدد', 'شددت', 'طالب', 'طالبت', 'وصل', 'وصلت', 'بدأ',
    'بدأت', 'أطلق', 'أطلقت', 'شن', 'شنت', 'أصدر', 'أصدرت', 'قرر', 'قررت', 'وافق', 'وافقت', 'رفض', 'رفضت', 'تعهد',
    'تعهدت', 'أعرب', 'أعربت', 'هدد', 'هددت', 'لقي', 'أسفر', 'أسفرت', 'ارتفع', 'ارتفعت', 'أصيب', 'أصيبت', 'أجرى', 'أجرت',
    'التقى', 'التقت', 'استقبل', 'استقبلت', 'توقع', 'توقعت', 'اعتبر', 'اعتبرت', 'انتقد', 'انتقدت', 'رحب', 'رحبت', 'أدان',
    'أدانت', 'نشر', 'نشرت', 'تستعد', 'يستعد', 'يواصل', 'تواصل', 'يزور', 'تزور',
  ].map(matchKey),
);
/** A dateline in the first words of a lead: اليوم / أمس / مساء … + weekday ("today, Thursday"). */
const DATELINE = new RegExp(
  matchKey('(?:اليوم|أمس|مساء|صباح|فجر|ليلة)\\s+(?:ال)?(?:سبت|أحد|اثنين|ثلاثاء|أربعاء|خميس|جمعة)'),
);
const DATELINE_WINDOW_CHARS = 100;

/** Does this paragraph open a new article (lead), rather than continue the one before it? */
function isLeadParagraph(line: Line): boolean {
  const opening = matchKey(line.text.slice(0, DATELINE_WINDOW_CHARS));
  const first = opening.split(/\s+/)[0]?.replace(/[،,:]+$/, '') ?? '';
  return LEAD_VERBS.has(first) || DATELINE.test(opening);
}

/** Per-article look-up tables, so that every look-ahead is O(1). */
interface Tables {
  /** nextListHeader[i]: index of the first related-list header at or after i (lines.length if none). */
  nextListHeader: Int32Array;
  /** footerBefore[i]: number of footer lines before i. */
  footerBefore: Int32Array;
  /** paragraphsBefore[i]: number of paragraph lines before i. */
  paragraphsBefore: Int32Array;
}

function buildTables(lines: Line[]): Tables {
  const n = lines.length;
  const nextListHeader = new Int32Array(n + 1);
  nextListHeader[n] = n;
  for (let i = n - 1; i >= 0; i--) nextListHeader[i] = lines[i]!.listHeader ? i : nextListHeader[i + 1]!;
  const footerBefore = new Int32Array(n + 1);
  const paragraphsBefore = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    footerBefore[i + 1] = footerBefore[i]! + (isFooter(lines[i]!) ? 1 : 0);
    paragraphsBefore[i + 1] = paragraphsBefore[i]! + (isParagraph(lines[i]!) ? 1 : 0);
  }
  return { nextListHeader, footerBefore, paragraphsBefore };
}

type Role = { kind: 'headline' } | { kind: 'body' } | { kind: RemovedKind; group: number };

/**
 * The first line that is not residue, nor a label of the page's top (pageTopKind), is the headline (its index, or
 * null) when it has a headline's shape and what follows it is a blank line, a byline or a paragraph (corpus files are
 * "title, blank line, body"; seed 003 is "title, byline, body"). A long lead sentence ending in a full stop is body.
 */
function headlineAt(lines: Line[]): number | null {
  // The page's furniture above the title (a breadcrumb, a date line, a share line, the site's menu) does not hide it;
  // a short first line is taken for the title only when no longer one follows under it (عنوان المقال, then the text).
  let top = 0;
  while (top < lines.length && standaloneKind(lines[top]!) !== null) top++;
  if (top < lines.length) {
    const alone = titleWithoutSiteName(lines, top);
    if (alone !== null) return alone;
  }
  return headlineUnder(lines, true) ?? headlineUnder(lines, false);
}

/** How far below the page's title (with the site's name) the headline alone is looked for. */
const TITLE_AGAIN_WITHIN = 15;
const SITE_NAME_AFTER = /^\s*[|–—-]\s*(\S.*)$/;

/**
 * The page's title as the browser's tab shows it, the headline with the site's name after a dash or a bar ("… 7
 * سيدات تترأسن برلمانات بلادهن - بوابة الشروق"), over the page's furniture and then the headline alone: the line
 * alone is the headline. Only the same words to the separator, a short name after it (not a media label, "- فيديو",
 * nor a part's number), and only across the page's furniture: residue recognisable on its own, the site's labels
 * and a poll's question; a line of the article's kind (a deck, a paragraph without its full stop) stops the search,
 * since a caption or a related link printing the title again comes after the text.
 */
function titleWithoutSiteName(lines: Line[], at: number): number | null {
  const top = lines[at]!.text.trim();
  for (let j = at + 1; j < lines.length && j <= at + TITLE_AGAIN_WITHIN; j++) {
    const line = lines[j]!;
    const alone = line.text.trim();
    if (line.headlineWords >= MIN_HEADLINE_UNDER_LABELS && top.startsWith(alone)) {
      const name = SITE_NAME_AFTER.exec(top.slice(alone.length))?.[1];
      const siteName = name !== undefined && wordCount(name) <= MAX_SITE_NAME_WORDS && !SENTENCE_PUNCTUATION.test(name) && !DIGIT.test(name) && !isMediaLabel(matchKey(name));
      return siteName ? j : null;
    }
    if (!isPageFurniture(lines, j)) return null;
  }
  return null;
}

/** Line j is the page's furniture on top: residue recognisable on its own, a short label, or a poll's question. */
function isPageFurniture(lines: Line[], j: number): boolean {
  const line = lines[j]!;
  if (standaloneKind(line) !== null || isStructural(line)) return true;
  return line.headlineWords > 0 && (line.headlineWords <= MAX_FURNITURE_LABEL_WORDS || QUESTION_END.test(line.text));
}
const MAX_FURNITURE_LABEL_WORDS = 3;
const QUESTION_END = /[؟?]\s*$/;
const MAX_SITE_NAME_WORDS = 4;

function headlineUnder(lines: Line[], skipLabels: boolean): number | null {
  let at = 0;
  let labels = false;
  for (;;) {
    // A day written out alone is never the title, above it or not.
    if (at < lines.length && (standaloneKind(lines[at]!) !== null || (lines[at]!.keyIsWhole && isDayLine(lines[at]!.key)) || isTickerAt(lines, at))) at++;
    else if (skipLabels && at < lines.length && pageTopKind(lines, at) !== null) {
      labels = true;
      at++;
    } else break;
  }
  const first = lines[at];
  if (!first || !first.headlineShaped || isStructural(first)) return null;
  // Under the page's own labels, only a line that reads as a headline (a short line may be one more label), and never
  // a byline ("بقلم: …").
  if (labels && (first.headlineWords < MIN_HEADLINE_UNDER_LABELS || byline(first.text, first.key) !== null)) return null;
  // Residue recognisable on its own (an ad slot's "إعلان", a share line) between the title and the text is the
  // page's furniture, not the text: judge the title by the first line after it that is not residue.
  let next = at + 1;
  while (next < lines.length && standaloneKind(lines[next]!) !== null) next++;
  // A label (a section, a place) or a credit between the title and its day ("لبنان", then "7 كانون الثاني, 2025";
  // "- ديلي صباح ووكالات, إسطنبول", then "- Dec 14, 2019").
  if (isBetweenTitleAndDay(lines, next)) next++;
  const second = lines[next];
  if (!second) return at;
  // Under the title: a blank line, the text, a byline, the day it was written ("11 أكتوبر 2016"), or the title again.
  return lines[at + 1]!.blankBefore || second.blankBefore || isParagraph(second) || byline(second.text, second.key) !== null || (second.keyIsWhole && isDayLine(second.key)) || (second.keyIsWhole && second.key === first.key) ? at : null;
}

/**
 * Line `at` runs a news ticker's headlines together under its label: longer than a headline (a breaking story's title
 * under "عاجل" is the page's own), no sentence's end, and a blank line after it.
 */
function isTickerAt(lines: Line[], at: number): boolean {
  const label = lines[at - 1];
  const line = lines[at]!;
  if (label === undefined || !label.keyIsWhole || !isTickerLabel(label.key) || line.blankBefore || lines[at + 1]?.blankBefore !== true) return false;
  return wordCount(line.text) >= MIN_TICKER_WORDS && !SENTENCE_END.test(line.text);
}
/** Fewest words of a ticker's line: more than the longest headlines run to. */
const MIN_TICKER_WORDS = 25;
const SENTENCE_END = /[.!؟?]\s*$/;

/** Most words of a tag (a place, a person's name, a subject). */
const MAX_TAG_WORDS = 4;
const MIN_TRAILING_TAGS = 2;

/**
 * The run of lines after the last source line, when every one is a short label of the text's kind (no digit, no
 * sentence's punctuation, not residue of another kind) and there are at least two: the page's tags.
 */
function trailingTagsAfterSource(lines: Line[], roles: Role[]): { from: number; to: number } | null {
  let source = -1;
  roles.forEach((role, j) => {
    if (role.kind === 'source') source = j;
  });
  if (source < 0) return null;
  let count = 0;
  for (let j = source + 1; j < lines.length; j++) {
    const line = lines[j]!;
    if (line.text.trim() === '') continue;
    if (roles[j]!.kind !== 'body' || line.headlineWords === 0 || line.headlineWords > MAX_TAG_WORDS || DIGIT.test(line.text) || SENTENCE_PUNCTUATION.test(line.text)) return null;
    count++;
  }
  return count >= MIN_TRAILING_TAGS ? { from: source + 1, to: lines.length } : null;
}

/** Most words of a credit between the title and its day (an outlet and its place, an author). */
const MAX_CREDIT_WORDS = 6;

/** Line `at` is a label or a credit, right under the line before it, with the page's day or date line right under it. */
function isBetweenTitleAndDay(lines: Line[], at: number): boolean {
  const line = lines[at];
  const after = lines[at + 1];
  if (line === undefined || after === undefined || line.blankBefore || after.blankBefore || isStructural(line)) return false;
  if (line.headlineWords === 0 || line.headlineWords > MAX_CREDIT_WORDS || DIGIT.test(line.text)) return false;
  return after.keyIsWhole && (isDayLine(after.key) || standaloneKind(after) === 'timestamp');
}

/**
 * The names news sites give their sections, in the singular and plural forms they print (a general list of news
 * sections, not of any site), each also with the article: a line made of them alone (joined by و or not) is a
 * section's label.
 */
const SECTION_WORDS = new Set(
  `سياسة سياسي سياسية اقتصاد اقتصادي اقتصادية رياضة رياضي رياضية ثقافة ثقافي ثقافية فن فنون فني فنية محليات محلي محلية
  عربي عربية دولي دولية عالم العالم عالمي عالمية أخبار الأخبار خبر منوعات منوع صحة صحي تكنولوجيا تقنية علوم مجتمع
  حوادث محافظات برلمان برلمانيات تقارير تقرير مقالات آراء رأي شؤون قضايا ملفات مال أعمال سياحة تعليم بيئة أدب
  عربيات دوليات خليجيات مغاربيات اقتصاديات رياضيات وفيات جامعات جرائم`
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => [matchKey(w), matchKey(w.startsWith('ال') ? w : `ال${w}`)]),
);
/** A section's name, also joined by و ("وفنون"). */
const isSectionWord = (word: string): boolean => SECTION_WORDS.has(word) || (word.startsWith('و') && SECTION_WORDS.has(word.slice(1)));
const isSectionName = (key: string): boolean => key.trim().split(/\s+/).every(isSectionWord);

/** Most words of a label of the site (a section's name, a menu's item) above the headline. */
const MAX_LABEL_WORDS = 2;
/** Fewest words of a headline found under such labels. */
const MIN_HEADLINE_UNDER_LABELS = 4;
const DIGIT = /[0-9٠-٩]/;

/**
 * What a line above the headline is, when it is none of the residue standaloneKind knows: the page's own top (kind
 * 'site') — a section's or menu item's label of one or two words, the masthead's posts and their holders, the day with
 * its weekday (the page's today, not the article's date) — or the site's other headlines as bullets
 * ('related-headlines'). headlineAt accepts them only when a headline follows.
 */
function pageTopKind(lines: Line[], at: number): RemovedKind | null {
  const line = lines[at]!;
  if (isStructural(line)) return null;
  if (isBullet(line.text) && line.headlineShaped) return 'related-headlines';
  if (isForeignLine(line) || isMastheadAt(lines, at) || (line.keyIsWhole && (isTimestampLine(line.key, true) || isDayLine(line.key)))) return 'site';
  // A breadcrumb ("الصفحة الأساسية > الأخبار > …"), the page's title with the site's name after it, section labels run
  // together (a taa marbuta inside a word: "العاب جماعيةيد"), a label printed twice on its line ("قائد الطوفان قائد
  // الطوفان").
  if (BREADCRUMB_TRAIL.test(line.text) || hasOutletPart(line.text) || (line.headlineWords <= MAX_GLUED_LABEL_WORDS && GLUED_AFTER_TAA.test(line.text)) || isPrintedTwice(line.key)) return 'site';
  if (!isLabel(line)) return null;
  // A label printed twice in a row with a blank line under the pair ("اجتماع ناسا", a picture's caption and its alt
  // text): the page's, both copies. A short title printed twice with its deck right under it ("الأهلي بطلاً") is the
  // title, and one with the text under it is still found (headlineAt's second reading).
  const same = (other: Line | undefined) => other !== undefined && other.keyIsWhole && line.keyIsWhole && other.key === line.key;
  if ((same(lines[at + 1]) && lines[at + 2]?.blankBefore === true) || (same(lines[at - 1]) && lines[at + 1]?.blankBefore === true)) return 'site';
  // One word right over a headline: the story's kind or section ("فيديوغراف", "عاجل"), not a title of one word.
  const under = lines[at + 1];
  // With a blank line between, the word may be the title and the line under it its deck ("وداعاً", then a sentence).
  if (line.headlineWords === 1 && under !== undefined && !under.blankBefore && under.headlineWords >= MIN_HEADLINE_UNDER_LABELS) return 'site';
  // A section's name ("سياسة", "ثقافة وفنون"), or one item of the menu: a run of three labels or more. A short line
  // alone that is neither may be a short headline ("وداعاً مارادونا").
  if (isSectionName(line.key)) return 'site';
  // Three labels in a row around this one: at most two before it, and on until three (a whole run's length would make
  // every label of a long one look at all the others: quadratic on a file of short lines).
  let from = at;
  while (from > 0 && at - from < MIN_MENU_LABELS - 1 && isLabel(lines[from - 1]!)) from--;
  let to = at + 1;
  while (to < lines.length && to - from < MIN_MENU_LABELS && isLabel(lines[to]!)) to++;
  return to - from >= MIN_MENU_LABELS ? 'site' : null;
}

/**
 * A trail of two steps or more, of any length, over the title (it may end with the title itself); a short breadcrumb
 * from the home page anywhere is line-patterns.ts isSiteFurniture's. Not », which Maghreb pages use as a quotation mark
 * ("« الأحرار » يرد على « الاستقلال »").
 */
const BREADCRUMB_TRAIL = /\s[>›]\s.*\s[>›]\s/;
const GLUED_AFTER_TAA = /ة[\u0621-\u064a]/;
const MAX_GLUED_LABEL_WORDS = 3;

/** A line whose words are one run of words twice ("قائد الطوفان قائد الطوفان"). */
function isPrintedTwice(key: string): boolean {
  const words = key.trim().split(/\s+/);
  if (words.length < 2 || words.length % 2 !== 0) return false;
  const half = words.length / 2;
  for (let w = 0; w < half; w++) if (words[w] !== words[w + half]) return false;
  return true;
}

const isLabel = (line: Line): boolean => line.headlineWords > 0 && line.headlineWords <= MAX_LABEL_WORDS && !DIGIT.test(line.text) && !isStructural(line);
const MIN_MENU_LABELS = 3;

/** Most words of a name under a masthead post. */
const MAX_MASTHEAD_NAME_WORDS = 4;

/** Line `at` is a masthead post with its holder's name on the next line, or that name. */
function isMastheadAt(lines: Line[], at: number): boolean {
  const isPost = (k: number) => {
    const post = lines[k];
    const name = lines[k + 1];
    return (
      post !== undefined && name !== undefined && post.keyIsWhole && isMastheadPost(post.key) &&
      name.headlineWords > 0 && name.headlineWords <= MAX_MASTHEAD_NAME_WORDS && !isStructural(name)
    );
  };
  // A post the pattern does not know ("رئيس حزب الوفد", the paper's party) heads the masthead when a known post and
  // its holder follow it.
  const isFirstPost = (k: number) => k >= 0 && k + 2 < lines.length && lines[k]!.keyIsWhole && MASTHEAD_HEAD.test(lines[k]!.key) && isPost(k + 2);
  return isPost(at) || (at > 0 && isPost(at - 1)) || isFirstPost(at) || isFirstPost(at - 1);
}
/** A post's line: its head (رئيس، مدير …) and at most three words. */
const MASTHEAD_HEAD = new RegExp(`^${matchKey('(?:رئيس|رئيسة|نائب رئيس|مدير|مديرة)')}(?:\\s\\S+){1,3}$`);

/** A headline under a "اقرأ أيضاً" marker: headline-shaped, and not residue or a zone of its own. */
function isRelatedHeadline(line: Line): boolean {
  return line.headlineShaped && !isStructural(line) && standaloneKind(line) === null;
}

/** What the context makes of a "اقرأ أيضاً" marker at `at`: the index after its zone, and the zone's kind. */
function readAlsoZone(lines: Line[], at: number, tables: Tables, footerSeen: boolean): { end: number; kind: RemovedKind } {
  const marker = lines[at]!;
  if (marker.readAlso?.inlineHeadline) return { end: at + 1, kind: 'read-also' };
  const zoneEnd = tables.nextListHeader[at + 1]!;
  let afterHeadlines = at + 1;
  while (afterHeadlines < zoneEnd && isRelatedHeadline(lines[afterHeadlines]!)) afterHeadlines++;
  const paragraphs = tables.paragraphsBefore[zoneEnd]! - tables.paragraphsBefore[afterHeadlines]!;
  const firstParagraph = lines[afterHeadlines];
  // An appended article: paragraphs follow the marker (after its headline) and run to the list or the end. It is
  // foreign for sure when the article's own footer (source, tags) came before the marker; before the footer, only
  // when no footer follows (so the host article did not continue) and the paragraph reads as a new lead.
  const appended =
    paragraphs > 0 &&
    firstParagraph !== undefined &&
    (footerSeen ||
      (afterHeadlines > at + 1 &&
        tables.footerBefore[zoneEnd]! === tables.footerBefore[afterHeadlines]! &&
        isLeadParagraph(firstParagraph)));
  if (appended) return { end: zoneEnd, kind: 'appended-article' };
  return { end: afterHeadlines, kind: 'read-also' };
}

/** The items of a related-article list from `from` on: bullets or headline-shaped lines, up to the first paragraph. */
function relatedListEnd(lines: Line[], from: number): number {
  let end = from;
  while (end < lines.length) {
    const line = lines[end]!;
    if (isStructural(line) || !(isBullet(line.text) || line.headlineShaped)) break;
    end++;
  }
  return end;
}

const MIN_LINK_WORDS = 4;
const MIN_LONGEST_LINK_WORDS = 7;
/** A link's title is a headline; a longer line without a full stop is a paragraph cut short or broken over lines. */
const MAX_LINK_WORDS = 14;
const MIN_LINK_RUN = 2;

/**
 * BBC Arabic pages put links to related stories between paragraphs; the corpus keeps their titles as lines of
 * their own. They come in runs of two or three headline-shaped lines in the middle of prose. A single short line
 * between paragraphs is more often a subheading, and short "Country: 2" lines are a list, so a run needs two or
 * more lines of 4+ words with one of 7+.
 */
function isLinkCandidate(line: Line): boolean {
  return line.headlineWords >= MIN_LINK_WORDS && line.headlineWords <= MAX_LINK_WORDS && !isBullet(line.text) && !isStructural(line) && !isListOfItems(line.text) && !isBrokenSentence(line.text);
}

/**
 * A line of a sentence broken over several lines: it opens with a lone و ("و اضاف : …") or ends in a function word
 * ("… ملؤها السعادة و"). A headline does neither.
 */
function isBrokenSentence(text: string): boolean {
  const words = text.split(/\s+/);
  const last = matchKey(words[words.length - 1] as string);
  return words[0] === 'و' || SENTENCE_GOES_ON.has(last) || (/^[وف]/.test(last) && SENTENCE_GOES_ON.has(last.slice(1)));
}
/** Words after which a sentence goes on: prepositions, conjunctions, relatives (not اليوم، غدا، فقط: a title may end so). */
const SENTENCE_GOES_ON = new Set(
  'و في من على إلى الى عن أن إن ب ل ك مع ثم أو بين حتى لدى عند منذ بعد قبل خلال حول نحو عبر أمام ما كان الذي التي الذين لكن بل قد لم لن'.split(' ').map(matchKey),
);
/**
 * A line of items: a label of a few words and its colon, if any, then three or more short parts between spaced dashes
 * or commas ("حراسة المرمى: فلان – فلان – فلان", a squad or a cast by role): the article's own list, never a link. A
 * headline with a colon and clauses between commas has longer parts.
 */
function isListOfItems(text: string): boolean {
  const colon = text.indexOf(':');
  if (colon >= 0 && text.slice(0, colon).trim().split(/\s+/).length > MAX_ITEM_LABEL_WORDS) return false;
  const parts = text.slice(colon + 1).split(/\s[–—-]\s|[،,]/).map((p) => p.trim()).filter(Boolean);
  return parts.length >= 3 && parts.every((p) => p.split(/\s+/).length <= MAX_ITEM_WORDS);
}
const MAX_ITEM_LABEL_WORDS = 3;
const MAX_ITEM_WORDS = 4;

/** A paragraph of the text, not of a few words: those above the text are the author's line ("صحافي أردني. مراسل … في قطر."). */
const isLead = (line: Line): boolean => isParagraph(line) && wordCount(line.text) >= MIN_LEAD_WORDS;
const MIN_LEAD_WORDS = 10;

/**
 * The one day written out alone ("11 أكتوبر 2016", "الإثنين، 8 سبتمبر 2025") under the headline and above the lead (a
 * paragraph of ten words or more: an author's line of a few words may come first), in a year of the web (a "5 يونيو
 * 1967" under a feature's title is its subject's day); with two such lines (a timeline's days), none.
 */
function dayLineOnTop(lines: Line[], roles: Role[], titleAt: number | null): number | null {
  if (titleAt === null) return null;
  let found: number | null = null;
  for (let j = titleAt + 1; j < lines.length && !(roles[j]!.kind === 'body' && isLead(lines[j]!)); j++) {
    if (roles[j]!.kind !== 'body' || !lines[j]!.keyIsWhole || !isDayLine(lines[j]!.key)) continue;
    if (found !== null) return null;
    found = j;
  }
  return found !== null && webYear(lines[found]!.text) ? found : null;
}

/** A year from FIRST_WEB_YEAR on, in either set of figures. */
function webYear(text: string): boolean {
  for (const m of text.matchAll(/[0-9٠-٩]{4}/g)) {
    const year = Number(m[0].replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660)));
    if (year >= FIRST_WEB_YEAR && year <= LAST_YEAR) return true;
  }
  return false;
}
const FIRST_WEB_YEAR = 1995;
const LAST_YEAR = 2100;

/** A publication's date line (not an update's) above line `at`, or above the lead. */
function dateLineAbove(lines: Line[], roles: Role[], at: number): boolean {
  for (let j = 0; j < lines.length && (j < at || !(roles[j]!.kind === 'body' && isLead(lines[j]!))); j++) {
    if (j !== at && roles[j]!.kind === 'timestamp' && !isUpdateTimestamp(lines[j]!.key)) return true;
  }
  return false;
}

/** A dateline stands above the lead or, under a summary line the page printed first, above the second paragraph. */
const DATELINE_PARAGRAPHS = 2;

/**
 * The lines that are a place dateline (line-patterns.ts isPlaceDateline: "الخرطوم: التغيير", "عمان - الغد")
 * right above one of the text's first DATELINE_PARAGRAPHS paragraphs, a date line between them allowed: the page's
 * credit, not the text. Lower in the text such a short line may be a subheading.
 */
function placeDatelines(lines: Line[], roles: Role[]): number[] {
  const found: number[] = [];
  let paragraphs = 0;
  for (let j = 0; j < lines.length && paragraphs < DATELINE_PARAGRAPHS; j++) {
    if (roles[j]!.kind !== 'body') continue;
    if (isParagraph(lines[j]!)) paragraphs++;
    else if (isPlaceDateline(lines[j]!.text)) {
      let next = j + 1;
      while (next < lines.length && roles[next]!.kind === 'timestamp') next++;
      if (next < lines.length && roles[next]!.kind === 'body' && isParagraph(lines[next]!)) found.push(j);
    }
  }
  return found;
}

/** A label, a caption or a name: a short line; a repeated paragraph is left to the reader. */
const MAX_DOUBLED_WORDS = 8;

/**
 * Lines printed twice in a row, short and without a full stop: an image's alternative text and its caption, a tag and
 * its link, an author's name over his picture and under it ("الأسير عباس السيد" twice, "فريق" twice). The page's,
 * both copies, unless a quotation is introduced above them. The first line of each such pair.
 */
function doubledLabels(lines: Line[], roles: Role[]): number[] {
  const found: number[] = [];
  for (let j = 0; j + 1 < lines.length; j++) {
    const line = lines[j]!;
    const next = lines[j + 1]!;
    if (roles[j]!.kind !== 'body' || roles[j + 1]!.kind !== 'body' || !line.keyIsWhole || line.key !== next.key) continue;
    // Under a line that introduces a quotation ("وهتف المتظاهرون:"), a chant or a poem's refrain: the article's.
    if (j > 0 && /[:：]$/.test(lines[j - 1]!.text)) continue;
    if (line.headlineShaped && line.headlineWords <= MAX_DOUBLED_WORDS) {
      found.push(j);
      j++;
    }
  }
  return found;
}

function markRelatedHeadlineRuns(lines: Line[], roles: Role[], nextGroup: () => number): void {
  let i = 0;
  while (i < lines.length) {
    if (roles[i]!.kind !== 'body' || !isLinkCandidate(lines[i]!)) {
      i++;
      continue;
    }
    let end = i;
    let longest = 0;
    while (end < lines.length && roles[end]!.kind === 'body' && isLinkCandidate(lines[end]!)) {
      longest = Math.max(longest, lines[end]!.headlineWords);
      end++;
    }
    const before = lines[i - 1];
    const inProse = before !== undefined && roles[i - 1]!.kind === 'body' && isParagraph(before);
    if (inProse && end - i >= MIN_LINK_RUN && longest >= MIN_LONGEST_LINK_WORDS) {
      const group = nextGroup();
      for (let j = i; j < end; j++) roles[j] = { kind: 'related-headlines', group };
    }
    i = end;
  }
}

/**
 * Leads of other stories run on after the article without a heading (cleaning/trailing-teasers.ts): each goes to
 * removed[] on its own, as one story each. Lines already cut (an ad label, a rule line) between them are skipped.
 */
function markTrailingTeasers(lines: Line[], roles: Role[], nextGroup: () => number): void {
  const bodyAt: number[] = [];
  roles.forEach((role, j) => {
    if (role.kind === 'body') bodyAt.push(j);
  });
  const headlineAt = roles.findIndex((role) => role.kind === 'headline');
  const start = trailingTeaserStart(
    headlineAt < 0 ? null : lines[headlineAt]!.text,
    bodyAt.map((j) => ({ text: lines[j]!.text, paragraph: isParagraph(lines[j]!) })),
    LEAD_VERBS,
  );
  for (let b = start; b < bodyAt.length; b++) roles[bodyAt[b]!] = { kind: 'teaser', group: nextGroup() };
}

const MAX_HEADING_WORDS = 12;

/**
 * A subheading: a short headline-shaped line between two body paragraphs, without the colon of a "Speaker: claim"
 * headline or a "Country: 4" list item, not a bullet.
 */
function isSubheading(lines: Line[], roles: Role[], i: number): boolean {
  const line = lines[i]!;
  if (!line.headlineShaped || line.headlineWords > MAX_HEADING_WORDS || line.text.includes(':') || isBullet(line.text)) return false;
  const before = lines[i - 1];
  const after = lines[i + 1];
  return (
    before !== undefined && after !== undefined &&
    roles[i - 1]!.kind === 'body' && roles[i + 1]!.kind === 'body' &&
    isParagraph(before) && isParagraph(after)
  );
}

function addUnique(list: string[], seen: Set<string>, values: readonly string[]): void {
  for (const value of values) {
    if (seen.has(value)) continue;
    seen.add(value);
    list.push(value);
  }
}

export function cleanArticle(raw: string): CleanedArticle {
  const lines = readLines(raw);
  const tables = buildTables(lines);
  const roles: Role[] = lines.map(() => ({ kind: 'body' }));
  let groups = 0;
  const nextGroup = () => groups++;
  const mark = (from: number, to: number, kind: RemovedKind) => {
    const group = nextGroup();
    for (let j = from; j < to; j++) roles[j] = { kind, group };
  };
  /** Marks line `at` as `kind`, in one removed entry with the line before when that one is of the kind too. */
  const extend = (at: number, kind: RemovedKind) => {
    const before = at > 0 ? roles[at - 1]! : null;
    if (before !== null && before.kind === kind && 'group' in before) roles[at] = { kind, group: before.group };
    else mark(at, at + 1, kind);
  };

  let outlet: string | null = null;
  let author: string | null = null;
  const tags: string[] = [];
  const seenTags = new Set<string>();
  /** A line of residue recognisable on its own (standaloneKind): marked, and its hashtags kept as tags. */
  const markStandalone = (at: number, kind: RemovedKind) => {
    mark(at, at + 1, kind);
    if (kind === 'hashtags') addUnique(tags, seenTags, hashtagsOf(lines[at]!.text));
  };

  let i = 0;
  const titleAt = headlineAt(lines);
  if (titleAt !== null) {
    for (; i < titleAt; i++) {
      const kind = standaloneKind(lines[i]!);
      // The page's top (its labels, masthead, menu, other headlines) in one entry per run of one kind.
      // A line nothing else names, over a headline found lower down (titleWithoutSiteName), is the site's too.
      if (kind === null) extend(i, pageTopKind(lines, i) ?? (isTickerAt(lines, i) ? 'related-headlines' : 'site'));
      else markStandalone(i, kind);
    }
    roles[titleAt] = { kind: 'headline' };
    i = titleAt + 1;
  }
  // The byline is the first line that is not residue recognisable on its own (a date line, a share line: the page's
  // furniture between the headline and the credit).
  const furniture: RemovedKind[] = [];
  for (;;) {
    const next = lines[i + furniture.length];
    const kind = next ? standaloneKind(next) : null;
    if (kind === null) break;
    furniture.push(kind);
  }
  const at = i + furniture.length;
  const top = lines[at];
  if (top && lines.length > at + 1 && !isStructural(top)) {
    const credit = byline(top.text, top.key);
    if (credit) {
      outlet = credit.outlet;
      author = credit.author;
      for (const kind of furniture) markStandalone(i++, kind);
      mark(at, at + 1, 'byline');
      i = at + 1;
    }
  }

  let footerSeen = false;
  const titleKey = titleAt === null ? null : lines[titleAt]!.key;
  while (i < lines.length) {
    const line = lines[i]!;
    const kind = standaloneKind(line);
    if (kind) {
      markStandalone(i, kind);
      i++;
    } else if (line.keyIsWhole && line.key === titleKey) {
      // The headline printed again (over the picture, in the page's own list): the page's, not the text.
      mark(i, i + 1, 'site');
      i++;
    } else if (line.readAlso) {
      const zone = readAlsoZone(lines, i, tables, footerSeen);
      mark(i, zone.end, zone.kind);
      i = zone.end;
    } else if (line.listHeader) {
      const end = relatedListEnd(lines, i + 1);
      mark(i, end, 'related-list');
      i = end;
    } else if (line.source !== null) {
      outlet ??= line.source;
      footerSeen = true;
      mark(i, i + 1, 'source');
      i++;
    } else if (line.tags) {
      footerSeen = true;
      let end = i + 1;
      addUnique(tags, seenTags, line.tags.tags);
      const next = lines[end];
      if (line.tags.labelOnly && next && next.headlineShaped && !isStructural(next)) {
        addUnique(tags, seenTags, splitTags(next.text));
        end++;
      }
      mark(i, end, 'tags');
      i = end;
    } else if (footerSeen && isBullet(line.text) && line.headlineShaped) {
      // After the article's own footer, a bullet list is the site's list of other stories, even without a header.
      const end = relatedListEnd(lines, i);
      mark(i, end, 'related-list');
      i = end;
    } else {
      i++;
    }
  }

  // Under the last paragraph, the page's bottom: its masthead (posts and holders) and its short lines without an
  // Arabic letter. Inside the text a masthead's post may be the article's subject ("رئيس التحرير" of a story on him).
  let lastParagraph = -1;
  roles.forEach((role, j) => {
    if (role.kind === 'body' && isParagraph(lines[j]!)) lastParagraph = j;
  });
  for (let j = lastParagraph + 1; lastParagraph >= 0 && j < lines.length; j++) {
    if (roles[j]!.kind !== 'body') continue;
    if (isForeignLine(lines[j]!) || (isMastheadAt(lines, j) && (isMastheadPost(lines[j]!.key) || roles[j - 1]!.kind === 'site'))) extend(j, 'site');
  }

  markRelatedHeadlineRuns(lines, roles, nextGroup);
  markTrailingTeasers(lines, roles, nextGroup);
  // Under the source line that ends the article, short lines alone to the page's end are its tags without their
  // heading ("المصدر: د ب أ", then "العراق", "تشكيل حكومة").
  const tagRun = trailingTagsAfterSource(lines, roles);
  if (tagRun !== null) {
    mark(tagRun.from, tagRun.to, 'tags');
    for (let j = tagRun.from; j < tagRun.to; j++) if (lines[j]!.text.trim() !== '') addUnique(tags, seenTags, [lines[j]!.text.trim()]);
  }
  for (const j of placeDatelines(lines, roles)) mark(j, j + 1, 'byline');
  // The day under the headline is the article's date only where the page prints no date line above the text.
  const day = dayLineOnTop(lines, roles, titleAt);
  const dayIsDate = day !== null && !dateLineAbove(lines, roles, day);
  if (dayIsDate) mark(day, day + 1, 'timestamp');
  // The label or credit headlineUnder let stand between the title and its day: the page's (a section, a place) or
  // the story's credit (a byline's shape); a short deck stays the article's.
  if (titleAt !== null && isBetweenTitleAndDay(lines, titleAt + 1) && roles[titleAt + 1]!.kind === 'body' && roles[titleAt + 2]!.kind === 'timestamp') {
    const between = lines[titleAt + 1]!;
    if (isLabel(between)) mark(titleAt + 1, titleAt + 2, 'site');
    else if (byline(between.text.replace(/^\s*[-–—]\s*/, ''), between.key) !== null) mark(titleAt + 1, titleAt + 2, 'byline');
  }
  for (const j of doubledLabels(lines, roles)) mark(j, j + 2, 'site');

  let headline: string | null = null;
  let dateLine: string | null = null;
  /** A paragraph of the text has come: date lines below it are a comment's or a related story's. */
  let textStarted = false;
  /**
   * The first date line with a publication's label ("نشر في …") above the lead or right under the last paragraph:
   * sites print it there too. Further down it is a comment's or a related story's.
   */
  let labelledDateLine: string | null = null;
  let leadSeen = false;
  const blocks: Block[] = [];
  const removed: Removed[] = [];
  let openGroup = -1;
  lines.forEach((line, j) => {
    const role = roles[j]!;
    // The date line nearest above the text: a page may print its own day (today's) above the headline too.
    if (role.kind === 'timestamp' && !textStarted && !isUpdateTimestamp(line.key)) dateLine = line.text;
    if (role.kind === 'timestamp' && labelledDateLine === null && (!leadSeen || j === lastParagraph + 1) && line.keyIsWhole && isLabelledPublication(line.key)) labelledDateLine = line.text;
    if (role.kind === 'headline') headline = line.text;
    else if (role.kind === 'body') {
      // A text of short lines only (a poem, a list) starts with its third.
      // Labels of one or two words (a tag, a section) start nothing.
      textStarted ||= isParagraph(line) || (blocks.length >= MIN_TEXT_BLOCKS - 1 && line.headlineWords > MAX_LABEL_WORDS);
      leadSeen ||= isLead(line);
      blocks.push({ text: line.text, heading: isSubheading(lines, roles, j) });
      addUnique(tags, seenTags, hashtagsOf(line.text));
    } else if (role.group === openGroup) {
      const last = removed[removed.length - 1]!;
      last.text = `${last.text}\n${line.text}`;
    } else {
      removed.push({ kind: role.kind, text: line.text });
      openGroup = role.group;
    }
    if (role.kind === 'headline' || role.kind === 'body') openGroup = -1;
  });

  // A scraper's date tag glued to the page's first line (its headline, its lead) gives the day when nothing else does.
  const taggedLine = lines.find((line) => line.text.trim() !== '');
  const scraperDate = taggedLine !== undefined && startsWithScraperDateTag(taggedLine.text) ? taggedLine.text : null;
  return { headline, outlet, author, blocks, tags, removed, dateLine: dateLine ?? (dayIsDate ? lines[day]!.text : null) ?? labelledDateLine ?? scraperDate };
}

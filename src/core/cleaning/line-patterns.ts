/**
 * Recognisers for single lines of scraped Arabic news text. Each one answers "is this line scraper residue of
 * kind X?" for one trimmed line and knows nothing about the lines around it (clean.ts does the context).
 *
 * Patterns are written in ordinary Arabic spelling and folded with matchKey once, at module load; they run on the
 * folded line. So one pattern covers the spellings scrapers produce: hamza or none on alef (اقرأ / إقرأ / اقرا),
 * tanween or none (أيضاً / أيضا / ايضا), ة / ه, ى / ي, stray harakat and tatweel.
 */
import { matchKey, normalizeWithOffsets } from '../normalize.ts';
import { wordCount } from '../word-count.ts';
import { gazetteerEntries } from '../entities/gazetteer.ts';
import { FIRST_NAMES } from '../entities/lexicon.ts';
import { ENGLISH_MONTHS, GREGORIAN_MONTHS, GREGORIAN_TWO_WORD_MONTHS, HIJRI_MONTHS, HIJRI_TWO_WORD_MONTHS, WEEKDAYS } from '../dates/lexicon.ts';
import { isStopword } from '../arabic/stopwords.ts';

/** A regular expression over matching keys, written in display spelling (folded here, once). */
function keyPattern(source: string, flags = ''): RegExp {
  return new RegExp(matchKey(source), flags);
}

function foldedSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map((w) => matchKey(w).toLowerCase()));
}

/** Label/value separators scrapers put after "المصدر", "كلمات دلالية", "اقرأ أيضاً": colon (Latin or full-width), pipe, dashes. */
const SEP = '[:：|\\-–—]';

/** Everything a line's words are split on when we look at them one by one. */
const TOKEN_SPLIT = /[\s:：|\-–—،,.؛;()[\]«»"'“”‘’!?؟•·*]+/u;

export function tokensOf(key: string): string[] {
  return key.toLowerCase().split(TOKEN_SPLIT).filter((t) => t.length > 0);
}

/** The part of `text` that corresponds to key[keyStart..]: a pattern matched on the key, a value cut from the display text. */
function displayTail(text: string, keyStart: number): string {
  const normalized = normalizeWithOffsets(text);
  return keyStart > normalized.key.length ? '' : text.slice(normalized.offsetAt(keyStart)).trim();
}

// ── shortcodes ──────────────────────────────────────────────────────────────────────────────────────────────
/**
 * WordPress-style shortcodes and widgets (`[covid19-ultimate-card region=”EG” …]`, `[caption …]…[/caption]`):
 * an opening bracket, an ASCII tag name, and the line closes with a bracket. Arabic prose never opens a line
 * with `[latin-name`, so the whole line is residue.
 */
const SHORTCODE = /^\[\/?[A-Za-z][\w-]*(?=[\s\]=/])[^\n]*\]$/;

export function isShortcode(text: string): boolean {
  return SHORTCODE.test(text);
}

// ── share / follow ──────────────────────────────────────────────────────────────────────────────────────────
/** Platform names as Arabic sites write them, in Arabic script (several transliterations) and Latin. */
const SOCIAL = foldedSet([
  'فيسبوك', 'فيس', 'بوك', 'تويتر', 'إكس', 'انستغرام', 'إنستغرام', 'انستجرام', 'إنستجرام', 'انستقرام', 'انستاجرام',
  'الفايسبوك', 'فايسبوك', 'الفيسبوك', 'يوتيوب', 'تيليجرام', 'تيليغرام', 'تلجرام', 'تلغرام', 'واتساب', 'واتس', 'آب', 'لينكدإن', 'لينكد', 'إن', 'تيك',
  'توك', 'تيكتوك', 'سناب', 'شات', 'سنابشات', 'جوجل', 'غوغل', 'نيوز', 'ثريدز', 'facebook', 'twitter', 'x',
  'instagram', 'youtube', 'telegram', 'whatsapp', 'tiktok', 'linkedin', 'threads', 'google', 'news', 'snapchat',
]);
/** Words that fill a share/follow line around the platform names ("تابعونا على قناتنا في …", "شارك هذا المقال عبر …"). */
const SHARE_FILLER = foldedSet([
  'على', 'عبر', 'في', 'و', 'مع', 'من', 'هذا', 'هذه', 'المقال', 'الخبر', 'القصة', 'الموضوع', 'الصفحة', 'المنشور',
  'الرابط', 'أصدقائك', 'الآن', 'مواقع', 'منصات', 'التواصل', 'الاجتماعي', 'قناتنا', 'قناة', 'صفحتنا', 'صفحة',
  'حسابنا', 'حساباتنا', 'حساب', 'آخر', 'أحدث', 'الأخبار', 'أخبار', 'لمتابعة', 'نسخ', 'via', 'on', 'us', 'share',
  'follow', 'email', 'البريد', 'الإلكتروني', 'طباعة', 'تطبيق', 'تطبيقنا', 'المحتوى', 'المادة',
]);
/** Imperatives that open share lines (شارك "share", انشر "post") and follow lines (تابعونا "follow us"). */
const SHARE_HEADS = foldedSet(['شارك', 'شاركوا', 'شاركها', 'شاركه', 'انشر', 'انشروا', 'مشاركة', 'share']);
const FOLLOW_HEADS = foldedSet(['تابعونا', 'تابعنا', 'تابعوني', 'اتبعونا', 'تابع', 'تابعوا', 'follow']);
/** These heads are also ordinary past-tense verbs in prose ("شارك الوزير في …"), so they need a platform name. */
const AMBIGUOUS_HEADS = foldedSet(['شارك', 'تابع', 'تابعوا', 'انشر']);
const MAX_SHARE_WORDS = 12;
/**
 * "Follow us" in the imperative plural with "us" attached (تابعونا، اتبعونا) is never a verb of news prose: such a
 * short line is a follow line whatever it names after على / عبر / في ("تابعونا على تطبيق نبض": an app or an account
 * the platform list does not know).
 */
const FOLLOW_US_HEADS = foldedSet(['تابعونا', 'اتبعونا']);
const FOLLOW_US_PLACES = foldedSet(['على', 'عبر', 'في']);
const MAX_FOLLOW_US_WORDS = 8;

/** "شارك", "شارك على فيسبوك", "تابعونا على تويتر", "تابعوا آخر الأخبار عبر قناتنا في تيليجرام". */
/** Longer than any share line can be: skip the token work. */
const MAX_SHARE_CHARS = 100;

/** Cheap first test: the line opens with one of the heads' stems. */
const SHARE_START = keyPattern('^(?:شارك|انشر|مشاركة|تابع|اتبعونا|share|follow)', 'i');

export function isShareLine(key: string): boolean {
  if (key.length > MAX_SHARE_CHARS || !SHARE_START.test(key)) return false;
  const tokens = tokensOf(key);
  const head = tokens[0];
  if (head === undefined || tokens.length > MAX_SHARE_WORDS) return false;
  if (!SHARE_HEADS.has(head) && !FOLLOW_HEADS.has(head)) return false;
  if (FOLLOW_US_HEADS.has(head) && tokens.length <= MAX_FOLLOW_US_WORDS && (tokens.length === 1 || FOLLOW_US_PLACES.has(tokens[1]!))) return true;
  let platforms = 0;
  for (const token of tokens.slice(1)) {
    if (SOCIAL.has(token)) platforms++;
    else if (!SHARE_FILLER.has(token) && !SHARE_HEADS.has(token) && !FOLLOW_HEADS.has(token)) return false;
  }
  // "شارك المحتوى عبر:": the platforms were the buttons after the colon.
  return tokens.length === 1 || platforms > 0 || !AMBIGUOUS_HEADS.has(head) || LABEL_COLON_END.test(key);
}
const LABEL_COLON_END = /[:：]\s*$/;

// ── publication and update times ──────────────────────────────────────────────────────────────────────────
/**
 * The page's own date line, which news sites print under the headline or at the end: a label — آخر تحديث ("last
 * updated"), تاريخ النشر ("publication date"), نشر في / نشر بتاريخ ("published on"), تم التحديث, محدث, Updated,
 * Published — then a date or a time; or a line that is nothing but a date with a time ("الأحد 05 مارس 2023 - 12:30
 * م") or a numeric date ("2023/03/05"). A date alone ("24 فبراير 2022", "الخميس 24 فبراير 2022") may head a section of
 * the article and stays.
 * The article's own sentences about dates have other words, so they never match.
 */
const TIMESTAMP_LABEL = keyPattern(
  `^(?:(?:تاريخ )?(?:اخر )?(?:تحديث|تعديل)|تاريخ التحديث|تم التحديث|تم التعديل|محدث(?: في)?|تاريخ النشر|تم النشر|نشر(?:ت)?(?: في| بتاريخ)?|أضيف(?: في| بتاريخ)?|تاريخ الإضافة|last updated|updated|published|posted)(?:\\s*${SEP}+\\s*|\\s+)`,
  'i',
);
const MAX_TIMESTAMP_WORDS = 16;
/** The labels of an update time: the page was changed then, not published. */
const UPDATE_LABEL = keyPattern('^(?:(?:تاريخ )?(?:اخر )?(?:تحديث|تعديل)|تاريخ التحديث|تم التحديث|تم التعديل|محدث|last updated|updated)', 'i');

/** Whether a date line (isTimestampLine) gives the time of an update ("آخر تحديث: …") rather than of publication. */
export function isUpdateTimestamp(key: string): boolean {
  return UPDATE_LABEL.test(key.trimStart());
}
const NUMBER = /^[0-9٠-٩]+$/;
/** A numeric date, year first or last (2023/03/05, 05-03-2023, 5.3.23): not any three numbers ("4-3-3"). */
const NUMERIC_DATE = /(?:^|[^0-9٠-٩])(?:[0-9٠-٩]{4}[/.-][0-9٠-٩]{1,2}[/.-][0-9٠-٩]{1,2}|[0-9٠-٩]{1,2}[/.-][0-9٠-٩]{1,2}[/.-](?:[0-9٠-٩]{4}|[0-9٠-٩]{2}))(?![0-9٠-٩])/;
/** Month and weekday names of both calendars, the words of two-word months (كانون الثاني، ذو الحجة) and English months. */
const DATE_WORDS = new Set<string>([
  ...GREGORIAN_MONTHS.keys(),
  ...HIJRI_MONTHS.keys(),
  ...WEEKDAYS.keys(),
  ...[...GREGORIAN_TWO_WORD_MONTHS, ...HIJRI_TWO_WORD_MONTHS].flatMap(([first, seconds]) => [first, ...seconds.keys()]),
  ...ENGLISH_MONTHS.keys(),
]);
const WEEKDAY_WORDS = new Set<string>(WEEKDAYS.keys());
/** The months named in two words (كانون الثاني، تشرين الأول، ذو الحجة): the first word, and the words that may follow it. */
const TWO_WORD_MONTHS = new Map<string, ReadonlySet<string>>([...GREGORIAN_TWO_WORD_MONTHS, ...HIJRI_TWO_WORD_MONTHS].map(([first, seconds]) => [first, new Set(seconds.keys())]));
/**
 * What else such a line holds: the hour's markers (ص، م، صباحا، مساء), الساعة and على الساعة ("at the hour", Maghreb
 * pages), GMT, الموافق ("that is", between calendars), هـ.
 */
const TIMESTAMP_FILLERS = foldedSet(['ص', 'م', 'صباحا', 'صباحاً', 'مساء', 'مساءً', 'الساعة', 'ساعة', 'على', 'الموافق', 'هـ', 'ه', 'gmt', 'utc', 'am', 'pm', 'at', 'on']);
/** بتوقيت ("in the time of"): the next word names the zone, whichever it is (مكة، القدس، غرينتش، أبوظبي). */
const ZONE_OF = matchKey('بتوقيت');
const TIME = /[0-9٠-٩]{1,2}\s*[:：]\s*[0-9٠-٩]{2}/;

/**
 * `key` is the whole line's key (short lines only: clean.ts checks keyIsWhole). With `dayOnly`, whether the line is
 * rather a day alone with its weekday and month ("الجمعة 22 نوفمبر 2024"): above a headline, the page's own date
 * (today's); in the text, it may head a section.
 */
export function isTimestampLine(key: string, dayOnly = false): boolean {
  // Every date line holds a figure: most lines (headlines, short paragraphs) are rejected here, at one test.
  if (!ANY_FIGURE.test(key)) return false;
  if (!dayOnly && (ISO_DATE_TIME.test(key) || (SCRAPER_DATE_TAG.test(key) && isFurnitureAfterTag(key.replace(SCRAPER_DATE_TAG, ''))))) return true;
  const spaced = figuresApart(key);
  if (readsAsTimestamp(spaced, dayOnly)) return true;
  if (dayOnly || !TIME.test(spaced)) return false;
  // Two parts split by a bar or by an update's label: the publication's and the update's times ("نشر في: الجمعة 4 يناير
  // 2019 - 7:04 م | آخر تحديث: …", "نشر: 2017-11-17 19:21 آخر تحديث: 2017-12-26 15:45"), or the date and time and the
  // author's credit ("الأربعاء 29-11-2017 23:14 | كتب: خالد سعيد |").
  const parts = spaced.split(STAMP_SPLIT).map((part) => part.trim()).filter((part) => part !== '');
  if (parts.length === 2 && readsAsTimestamp(parts[0]!, false)) {
    const [first, second] = parts as [string, string];
    const labelled = (part: string) => TIMESTAMP_LABEL.test(part) && readsAsTimestamp(part, false);
    if ((labelled(first) && labelled(second)) || (AUTHOR_BYLINE.test(second) && wordCount(second) <= MAX_BYLINE_WORDS)) return true;
  }
  // The site's or a section's name before the date ("محليات 20-11-2023, 17:39", "رياضة16-9-2022 | 00:01"): one to
  // three words, then a date with its time.
  const rest = afterSiteName(spaced, (w) => /[0-9٠-٩]/.test(w) || DATE_WORDS.has(w.toLowerCase()));
  // With its time: a day in figures after a few words is as often a date the article names ("تاريخ الميلاد: 12/03/1980",
  // "موعد المباراة 5/3/2024").
  return rest !== null && TIME.test(rest) && readsAsTimestamp(rest, false);
}

/** Between two parts of a date line: a bar, or the space before an update's label. */
const STAMP_SPLIT = /\s*\|\s*|(?<!اخر)\s(?=(?:اخر\s)?(?:تحديث|تعديل)\s*[:：])/;
/** A machine's date and time alone (ISO 8601: "2022-09-08T22:02+0000"), as pages print them from their metadata. */
const ISO_DATE_TIME = /^\s*\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?\s*$/i;
/**
 * A scraper's date tag opening a line ("date 2026-01-08 …"): its record of the page's day. With the page's furniture
 * after it (a dateline, share buttons, the site's today) the line is a date line; glued to the headline or the first
 * paragraph it stays theirs, and clean.ts reads the day from it all the same (startsWithScraperDateTag).
 */
const SCRAPER_DATE_TAG = /^\s*date\s+\d{4}-\d{2}-\d{2}(?=\s|$)/i;
/**
 * What the page's furniture after a scraper's date tag looks like: nothing, one word (a section), no Arabic letter
 * (share buttons), a dateline's colon in three words ("الخرطوم: السوداني"), or the site's today opening with a weekday.
 * A headline glued to the tag ("السيسي يستقبل رئيس وزراء اليونان") is none of these.
 */
function isFurnitureAfterTag(rest: string): boolean {
  const tokens = tokensOf(rest);
  if (tokens.length <= 1 || !/[\u0621-\u064a]/.test(rest)) return true;
  if (/[:：]/.test(rest) && tokens.length <= 3) return true;
  return WEEKDAY_WORDS.has(tokens[0] as string) && ANY_FIGURE.test(rest);
}
export const startsWithScraperDateTag = (text: string): boolean => SCRAPER_DATE_TAG.test(text);

/** Digits glued to letters ("46ص", "رياضة16-9-2022") read apart. */
const figuresApart = (key: string): string => key.replace(LETTER_THEN_DIGIT, '$1 $2').replace(DIGIT_THEN_LETTER, '$1 $2');

/**
 * What follows the site's or a section's name at a date line's start: one to MAX_DATE_PREFIX_WORDS words, up to the
 * first word `starts` accepts (read without punctuation); null when there is no such name.
 */
function afterSiteName(spaced: string, starts: (word: string) => boolean): string | null {
  const words = spaced.trim().split(/\s+/);
  const at = words.findIndex((w) => starts(w.replace(/[\p{P}\p{S}]/gu, '')));
  return at >= 1 && at <= MAX_DATE_PREFIX_WORDS ? words.slice(at).join(' ') : null;
}
/**
 * A day written out alone, with or without its weekday and without a time: "11 أكتوبر 2016", "الإثنين، 8 سبتمبر 2025",
 * "الأحد ١ اكتوبر ٢٠١٧". Under a headline and above the text it is the article's date (clean.ts); elsewhere it may be
 * the page's today or head a section.
 */
export function isDayLine(key: string): boolean {
  if (!ANY_FIGURE.test(key)) return false;
  const spaced = figuresApart(key);
  if (readsAsTimestamp(spaced, 'day')) return true;
  // The site's name before it ("كازا 24 الثلاثاء 13 فبراير 2024"): one to three words, then the day with its weekday.
  const rest = afterSiteName(spaced, (w) => WEEKDAY_WORDS.has(w));
  return rest !== null && readsAsTimestamp(rest, 'day');
}

/** A date line with its label ("نشر في 06-10-2022", "أضيف بتاريخ :2017/09/25"), not an update's: the page's own date. */
export function isLabelledPublication(key: string): boolean {
  return TIMESTAMP_LABEL.test(key) && !isUpdateTimestamp(key);
}
const ANY_FIGURE = /[0-9٠-٩]/;
const LETTER_THEN_DIGIT = /([\u0621-\u064a])([0-9٠-٩])/g;
const DIGIT_THEN_LETTER = /([0-9٠-٩])([\u0621-\u064a])/g;
const MAX_DATE_PREFIX_WORDS = 3;

/** true: a day with its weekday only; 'day': a day with or without it (isDayLine). */
function readsAsTimestamp(key: string, dayOnly: boolean | 'day'): boolean {
  const label = TIMESTAMP_LABEL.exec(key);
  const rest = label ? key.slice(label[0].length) : key;
  const tokens = tokensOf(rest.replace(/[/]/g, ' '));
  if (tokens.length === 0 || tokens.length > MAX_TIMESTAMP_WORDS) return false;
  let numbers = 0;
  let dateWords = 0;
  let weekdays = 0;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t] as string;
    if (NUMBER.test(token)) numbers++;
    else if (TWO_WORD_MONTHS.get(token)?.has(tokens[t + 1] as string)) {
      // One month in two words ("7 كانون الثاني 2025" is one day, as "7 يناير 2025" is).
      dateWords++;
      t++;
    } else if (DATE_WORDS.has(token)) {
      dateWords++;
      if (WEEKDAY_WORDS.has(token)) weekdays++;
    }
    else if (token === ZONE_OF) t++;
    else if (!TIMESTAMP_FILLERS.has(token)) return false;
  }
  const hasTime = TIME.test(rest);
  const numericDate = NUMERIC_DATE.test(rest);
  const isDate = (dateWords > 0 && numbers > 0) || numericDate;
  // One day: its month and two figures (the day, the year), not a range nor two days ("12 مارس 1940 – 3 يناير 2024").
  if (dayOnly === 'day') return !label && !hasTime && dateWords - weekdays === 1 && numbers === 2;
  if (dayOnly) return !label && !hasTime && !numericDate && weekdays > 0 && dateWords > weekdays && numbers > 0;
  return label ? isDate || hasTime : numericDate || (isDate && hasTime);
}

// ── ad markers ──────────────────────────────────────────────────────────────────────────────────────────────
/** "إعلان" (advertisement) standing alone as a line is the label of an ad slot; so are its plural and the English labels. */
const AD_LABELS = foldedSet(['إعلان', 'إعلانات', 'مساحة إعلانية', 'محتوى مدعوم', 'إعلان مدفوع', 'advertisement', 'advertising', 'ad', 'ads', 'sponsored']);
/**
 * What may frame the label: any whitespace, punctuation or symbol (Unicode P and S classes), so one rule covers the
 * frames templates draw around it — "- إعلان -", "[إعلان]", "“إعلان”", "~ إعلان ~", "إعلان …", the Arabic comma
 * "إعلان،". A lone label word framed by symbols is not a sentence; an ad label inside prose has other words.
 * Except a leading "#": "#إعلان" is a hashtag line, whose word is one of the article's tags. The site's tool labels
 * (isSiteFurniture) are framed the same way ("- تكبير الخط +").
 */
const LABEL_TRIM = /^(?:(?!#)[\s\p{P}\p{S}])+|[\s\p{P}\p{S}]+$/gu;
const MAX_AD_CHARS = 40;
/** A label's words as the label sets hold them: its frame trimmed (LABEL_TRIM), one space between words, lower case. */
const bareLabel = (key: string): string => key.replace(LABEL_TRIM, '').replace(/\s+/g, ' ').toLowerCase();

/**
 * A video's or a gallery's label alone on its line, where the scraper dropped the player: فيديو ("video"), بالفيديو،
 * بالصور ("in pictures"), إنفوغراف ("infographic"), framed as ad labels are. The media is not in the text, so neither
 * is its label; a sentence about a video has other words.
 */
const MEDIA_LABELS = foldedSet(['فيديو', 'بالفيديو', 'شاهد الفيديو', 'شاهد بالفيديو', 'فيديو وصور', 'بالصور', 'بالفيديو والصور', 'إنفوغراف', 'إنفوجراف', 'إنفوغرافيك', 'إنفوجرافيك', 'انفوغراف', 'انفوجراف', 'video']);

/** A short line that is one of `labels` in its frame. */
const isFramedLabel = (labels: ReadonlySet<string>, key: string): boolean => key.length <= MAX_AD_CHARS && labels.has(bareLabel(key));

export const isMediaLabel = (key: string): boolean => isFramedLabel(MEDIA_LABELS, key);

export const isAdMarker = (key: string): boolean => isFramedLabel(AD_LABELS, key);

// ── "اقرأ أيضاً" ────────────────────────────────────────────────────────────────────────────────────────────
/**
 * "Read also" / "see also" markers: اقرأ أيضاً and its spellings, the plural اقرؤوا, طالع ("look at"), شاهد ("watch"),
 * انظر ("see"), with أيضاً or كذلك ("too"), optionally wrapped in brackets and followed by a separator. What comes
 * after the separator on the same line, if anything, is a related headline.
 */
const READ_ALSO = keyPattern(
  `^[\\s(«"'\\-–—•*|]*(?:اقرأ|اقرؤوا|اقرأوا|طالع|طالعوا|شاهد|شاهدوا|انظر|انظروا)\\s*(?:أيضاً|كذلك)[\\s)»"'.:：|\\-–—،,]*`,
);
/** "اقرأ: …" with a headline after the colon. */
const READ_COLON = keyPattern(`^(?:اقرأ|طالع)\\s*${SEP}+\\s*(?=\\S)`);

export interface ReadAlsoMarker {
  /** The marker line carries the related headline itself ("اقرأ أيضاً: عنوان"). */
  inlineHeadline: boolean;
}

export function readAlsoMarker(key: string): ReadAlsoMarker | null {
  const m = READ_ALSO.exec(key) ?? READ_COLON.exec(key);
  if (!m) return null;
  return { inlineHeadline: /[\p{L}\p{N}]/u.test(key.slice(m[0].length)) };
}

// ── "للمزيد" links ──────────────────────────────────────────────────────────────────────────────────────────
/** "للمزيد: عنوان" / "للمزيد - عنوان" / "لمزيد من المعلومات: …" ("for more"): a link to another story on the same line. */
const MORE_LINK = keyPattern(
  `^(?:للمزيد|لمزيد|المزيد|اقرأ المزيد|لقراءة المزيد|لمعرفة المزيد)(?:\\s+(?:من|حول|عن)\\s+(?:المعلومات|التفاصيل|الأخبار|القصص))?\\s*${SEP}+\\s*[\\p{L}\\p{N}"«]`,
  'u',
);

export function isMoreLink(key: string): boolean {
  return MORE_LINK.test(key);
}

// ── related-article lists ───────────────────────────────────────────────────────────────────────────────────
/**
 * Headers of related-article lists, alone on their line: مقالات مشابهة / ذات صلة ("similar / related articles"),
 * أخبار / مواضيع ذات صلة, الأكثر قراءة ("most read"), اقرأ المزيد ("read more"), قد يهمك ("may interest you"), اخترنا لك ("picked for you").
 */
const LIST_HEADER = keyPattern(
  '^[\\s•*\\-–—|:]*(?:' +
    [
      '(?:مقالات|أخبار|الأخبار|مواضيع|موضوعات|قصص|تقارير|روابط|عناوين)\\s+(?:مشابهة|ذات صلة|ذات علاقة|متعلقة|مرتبطة|أخرى|مقترحة)',
      'ذات صلة',
      '(?:الأكثر|الأخبار الأكثر|المقالات الأكثر)\\s+(?:قراءة|مشاهدة|تداولاً|شعبية|تعليقاً)',
      'اقرأ المزيد',
      'اقرأ أيضاً في',
      'شاهد المزيد',
      'المزيد من الأخبار',
      '(?:(?:مقالات|أخبار|مواضيع|موضوعات|قصص|فيديو|فيديوهات)\\s+)?(?:قد|ربما)\\s+(?:يهمك|تهمك|يعجبك|تعجبك|يثير اهتمامك)(?:\\s+(?:أيضاً|كذلك))?',
      'اخترنا لك',
      'ننصحك بقراءة',
      'مختارات',
      'related(?: articles| stories| posts)?',
    ].join('|') +
    ')\\s*[:：|\\-–—.]*\\s*$',
  'i',
);

export function isRelatedListHeader(key: string): boolean {
  return LIST_HEADER.test(key);
}

/** A list item: "•", "·", "▪", "►", "-", "*" or a number ("1.", "1-", "1)", "١.") before the text. */
const BULLET = /^(?:[•·▪►◄▶◀■□●○◦‣⁃*]|[-–—](?=\s)|[\d٠-٩]{1,2}\s*[.)\-–]\s)\s*\S/u;

export function isBullet(text: string): boolean {
  return BULLET.test(text);
}

// ── source lines and bylines ────────────────────────────────────────────────────────────────────────────────
/** "المصدر | X", "المصدر: X", "المصدر - X" ("the source"), also المصادر / مصدر الخبر / Source. */
const SOURCE = keyPattern(`^(?:المصدر|المصادر|مصدر الخبر|مصدر المقال|source)\\s*${SEP}+\\s*(?=\\S)`, 'i');
const MAX_SOURCE_WORDS = 8;
const NAME_TRIM = /^[\s"«“(]+|[\s.،,:;؛"»”)]+$/g;

/** The outlet named by a source line, or null when the line is not one. */
export function sourceName(text: string, key: string): string | null {
  const m = SOURCE.exec(key);
  if (!m) return null;
  const name = displayTail(text, m[0].length).replace(NAME_TRIM, '');
  if (name.length === 0 || wordCount(name) > MAX_SOURCE_WORDS) return null;
  return name;
}

/**
 * A byline naming an outlet: a short line that is an agency/newspaper/site name — it opens with وكالة (agency),
 * صحيفة / جريدة (newspaper), موقع (site), قناة (channel), شبكة (network), مجلة (magazine), إذاعة (radio), بوابة
 * (portal), or ends like a news brand (للأنباء "for news", نيوز, برس, الإخبارية, أونلاين).
 */
/** Words that end an outlet's name ("وكالة المغرب الكبير للأنباء", "البوابة نيوز", "فرانس برس"). */
export const OUTLET_TAIL_WORDS: readonly string[] = ['للأنباء', 'نيوز', 'برس'];
const OUTLET_TAIL = OUTLET_TAIL_WORDS.join('|');
const OUTLET_BYLINE = keyPattern(
  `^(?:وكالة|صحيفة|جريدة|موقع|قناة|شبكة|مجلة|إذاعة|راديو|تلفزيون|بوابة)\\s+\\S|(?:${OUTLET_TAIL}|الإخبارية|الإخباري|أونلاين)$`,
);
/** Bare agency credits that stand alone under a headline: رويترز, أ ف ب, فرانس برس, الأناضول, وكالات ("agencies"). */
const AGENCIES = foldedSet(['رويترز', 'أ ف ب', 'أ.ف.ب', 'فرانس برس', 'الأناضول', 'وكالات', 'أسوشيتد برس', 'د ب أ', 'أ ش أ', 'و م ع', 'سبوتنيك', 'وام', 'واس', 'كونا', 'قنا', 'بترا', 'سانا', 'afp', 'reuters', 'ap', 'dpa']);
/** An author byline: بقلم ("by the pen of"), كتب / كتبت ("wrote"), إعداد ("prepared by"), تحرير ("edited by"), بواسطة ("by"). */
const AUTHOR_BYLINE = keyPattern(`^(?:بقلم|كتب|كتبت|إعداد|تحرير|بواسطة|by)\\s*${SEP}*\\s+(?=\\S)`, 'i');
const MAX_BYLINE_WORDS = 7;
/** Outlet names are short ("وكالة المغرب الكبير للأنباء"); a longer line that opens with قناة / موقع … is a sentence. */
const MAX_OUTLET_WORDS = 5;
export const SENTENCE_PUNCTUATION = /[.!؟?،,:؛;]/;

export type Byline = { outlet: string; author: null } | { outlet: null; author: string };

/** A byline, or null. Only meaningful for the line right under the headline (clean.ts checks the position). */
const MAX_BYLINE_CHARS = 80;

export function byline(text: string, key: string): Byline | null {
  if (text.length > MAX_BYLINE_CHARS) return null;
  const words = wordCount(text);
  if (words === 0 || words > MAX_BYLINE_WORDS) return null;
  const author = AUTHOR_BYLINE.exec(key);
  if (author) {
    const name = displayTail(text, author[0].length).replace(NAME_TRIM, '');
    return name ? { outlet: null, author: name } : null;
  }
  const bare = text.replace(NAME_TRIM, '');
  const dateline = datelineOutlet(text);
  if (dateline !== null) return { outlet: dateline, author: null };
  if (SENTENCE_PUNCTUATION.test(bare) || words > MAX_OUTLET_WORDS) return null;
  if (isOutletName(bare)) return { outlet: bare, author: null };
  return null;
}

/**
 * A line that is a page's title with the site's name after it ("… من مطار بنغازي – موقع قناة المنار – لبنان", "الموقع
 * الرسمي | القاهرة الاخبارية"): a part after a dash or a bar is an outlet's name.
 */
export function hasOutletPart(text: string): boolean {
  const parts = text.split(/\s[|–—-]\s/);
  // The last part, or the one before a last word (the country: "– موقع قناة المنار – لبنان"); a short name, no clause
  // ("مصر - قناة السويس تسجل …", "عاجل | وكالة الطاقة الذرية …" are headlines).
  for (let p = Math.max(1, parts.length - 2); p < parts.length; p++) {
    const part = (parts[p] as string).replace(NAME_TRIM, '');
    const last = p === parts.length - 1 || wordCount(parts[parts.length - 1] as string) === 1;
    if (last && wordCount(part) <= MAX_OUTLET_WORDS && !SENTENCE_PUNCTUATION.test(part) && isOutletName(part)) return true;
  }
  return false;
}

const isOutletName = (name: string): boolean => OUTLET_BYLINE.test(matchKey(name)) || AGENCIES.has(matchKey(name).toLowerCase());

/**
 * A dateline under the headline: the place the story was filed from, a dash or a colon, then the outlet — "أبوظبي -
 * سكاي نيوز عربية", "دبي - العربية.نت", "بيروت - (أ ف ب)". The outlet is a name the byline rule knows (an agency,
 * "… نيوز", "وكالة …") or a web name (.نت، .كوم); the place is one to three words. The outlet, or null.
 */
const DATELINE = /^([^\s:：\-–—|]+(?:\s+[^\s:：\-–—|]+){0,2})\s*[:：\-–—]\s*(\S.*)$/;
const OUTLET_WORD = keyPattern(`(?:^|\\s)(?:${OUTLET_TAIL})(?:\\s|$)|\\.(?:نت|كوم|com|net)$`, 'i');

function datelineOutlet(text: string): string | null {
  const m = DATELINE.exec(text.trim());
  if (!m) return null;
  const written = (m[2] as string).trim();
  const outlet = written.replace(NAME_TRIM, '');
  if (!outlet || wordCount(outlet) > MAX_OUTLET_WORDS || /[.!؟?،,؛;]$/.test(written)) return null;
  // Not a name in quotation marks alone: "لندن: «الشرق الأوسط»" has the shape of "طهران: «سنرد على أي عدوان»", where
  // the capital speaks for its government.
  return isOutletName(outlet) || OUTLET_WORD.test(matchKey(outlet)) ? outlet : null;
}

/**
 * A dateline of the place and the outlet or the reporter, in either order: "الخرطوم: التغيير", "تلفزيون سوريا -
 * إسطنبول", "الرياض - عبدالله الحربي", "رويترز (نيويورك)", "مراسلنا من القاهرة". Two sides split by one dash,
 * underscore or colon, by parentheses round the second, or by من ("from"): one side a single word, the other one to
 * three words; no digit (a date or a score), nothing after a final colon; and evidence (below). A place the committed
 * tables lack ("وهج الخليج – مسقط") is not read so. clean.ts accepts it only right above one of the text's first
 * paragraphs.
 */
const PLACE_DATELINE = /^([^\s:：\-–—_()]+(?:\s+[^\s:：\-–—_()]+){0,2})\s*(?:[:：\-–—_]\s*([^:：\-–—_()]+?)|\(([^()]+)\)|\s+من\s+([^:：\-–—_()]+?))\s*:?$/;
const MAX_PLACE_DATELINE_CHARS = 50;

export function isPlaceDateline(text: string): boolean {
  if (text.length > MAX_PLACE_DATELINE_CHARS || /[\p{N}]/u.test(text)) return false;
  const m = PLACE_DATELINE.exec(text.trim());
  if (!m) return false;
  const one = (m[1] as string).replace(NAME_TRIM, '');
  const other = (m[2] ?? m[3] ?? m[4] ?? '').replace(NAME_TRIM, '');
  const first = wordCount(one);
  const second = wordCount(other);
  // With من each side is one word ("الصحيفة من الرباط"): "رسالة واضحة من الجماهير" is a phrase.
  if (m[4] !== undefined ? first !== 1 || second !== 1 : second < 1 || second > 3 || (first !== 1 && second !== 1)) return false;
  // The shape alone is a deck's too ("نتنياهو: لن نوقف الحرب", "الداخلية: مازن الفراية", "الأهلي - الزمالك", "غزة:
  // حصيلة جديدة للضحايا"): one side must be an outlet's name, or a place of the committed tables with one word on the
  // other side that is no place ("الخرطوم: التغيير", "عمان - الغد").
  const outlet = (side: string) => isOutletName(side) || OUTLET_WORD.test(matchKey(side));
  if (outlet(one) || outlet(other)) return true;
  const place = (side: string) => isKnownPlace(matchKey(side));
  // Or a reporter's name after the place ("الرياض - عبدالله الحربي"): two or three words from a given name.
  const credit = (side: string, words: number) => !place(side) && (words === 1 || (words <= 3 && FIRST_NAMES.has(matchKey(side.split(/\s+/)[0] as string))));
  return (place(one) && credit(other, second)) || (place(other) && first === 1 && !place(one));
}

let knownPlaces: Set<string> | null = null;
/** A country or city of the committed tables (entities/gazetteer.ts), by its folded name. */
function isKnownPlace(key: string): boolean {
  knownPlaces ??= new Set(gazetteerEntries().filter((e) => e.type === 'place').flatMap((e) => e.names.map(matchKey)));
  return knownPlaces.has(key.trim());
}

/**
 * A widget's reading on a line of its own: a figure glued to a word without a space, on a short line — the weather
 * ("5.55°القدس", "5.55° القدس", "غزة13.24°"), exchange rates ("3.82يورو", "دينار أردني5.14"), a section label run into
 * its date ("رياضة16-9-2022 | 00:01"). Prose puts a space between a number and its word.
 */
const WIDGET_LETTER = '[\\u0621-\\u063a\\u0641-\\u064a]';
const GLUED_FIGURE = new RegExp(
  // A reading with decimals glued to its word, before or after it; a word glued to a date in figures. Letters only: not
  // the tatweel of "الـ76", "بـ2%"; and whole numbers glued to a word are a name or a year ("آيفون16", "2025م").
  `[0-9٠-٩][.,٫][0-9٠-٩]+(?:°\\s*)?${WIDGET_LETTER}|${WIDGET_LETTER}[0-9٠-٩]+[.,٫][0-9٠-٩]|${WIDGET_LETTER}[0-9٠-٩]{1,2}[-/][0-9٠-٩]{1,2}[-/][0-9٠-٩]{2,4}` +
    // A temperature glued to its place, in whole degrees ("عمان32°", "32°عمان"; "41°م" is degrees Celsius).
    `|${WIDGET_LETTER}[0-9٠-٩]+°|[0-9٠-٩]+°${WIDGET_LETTER}{2}`,
);
const MAX_WIDGET_WORDS = 4;
const MAX_WIDGET_CHARS = 40;

export function isWidgetReading(text: string): boolean {
  return text.length <= MAX_WIDGET_CHARS && GLUED_FIGURE.test(text) && wordCount(text) <= MAX_WIDGET_WORDS;
}

// ── tag lines ───────────────────────────────────────────────────────────────────────────────────────────────
/** "كلمات دلالية: …" ("indicative words"), الكلمات المفتاحية ("keywords"), وسوم / الوسوم ("tags"), Tags / Keywords. */
const TAGS = keyPattern(
  `^(?:كلمات دلالية|الكلمات الدلالية|كلمات مفتاحية|الكلمات المفتاحية|الكلمات الرئيسية|كلمات البحث|وسوم|الوسوم|وسم|الوسم|tags|keywords)\\s*(?:${SEP}+\\s*|$)`,
  'i',
);
const TAG_LIST_SEPARATOR = /[،,;؛|]/;

export interface TagLine {
  tags: string[];
  /** The line is only the label ("الوسوم:"); the tags are on the next line. */
  labelOnly: boolean;
}

/** Tags as written: split on commas when the list uses them (multi-word tags), otherwise on whitespace. */
export function splitTags(list: string): string[] {
  const parts = TAG_LIST_SEPARATOR.test(list) ? list.split(TAG_LIST_SEPARATOR) : list.split(/\s+/);
  return parts.map((t) => t.trim().replace(/^#/, '')).filter((t) => /[\p{L}\p{N}]/u.test(t));
}

export function tagLine(text: string, key: string): TagLine | null {
  const m = TAGS.exec(key);
  if (!m) return null;
  const rest = displayTail(text, m[0].length);
  return { tags: splitTags(rest), labelOnly: rest.length === 0 };
}

// ── hashtags ────────────────────────────────────────────────────────────────────────────────────────────────
/** Al Arabiya links topic pages as #word or #two_words inside its sentences. */
const HASHTAG = /#([\p{L}\p{N}_]+)/gu;

/** The hashtag words of a line, "_" read as a space (it joins words inside a hashtag). */
export function hashtagsOf(text: string): string[] {
  const out: string[] = [];
  if (!text.includes('#')) return out;
  for (const m of text.matchAll(HASHTAG)) {
    const tag = (m[1] ?? '').replace(/_+/g, ' ').trim();
    if (tag) out.push(tag);
  }
  return out;
}

/** A line made only of hashtags is a tag strip, not a sentence. */
export function isHashtagLine(text: string): boolean {
  if (!text.startsWith('#')) return false;
  const tokens = text.split(/\s+/).filter((t) => t.length > 0);
  return tokens.length > 0 && tokens.every((t) => /^#[\p{L}\p{N}_]+[،,.]?$/u.test(t));
}

// ── other page furniture ────────────────────────────────────────────────────────────────────────────────────
/** A rule line: only dashes, underscores, equals signs, stars, dots or bullets (BBC ends articles with "-----"). */
export function isSeparatorLine(text: string): boolean {
  return /^[-–—_=*~•·.#\s]{3,}$/.test(text);
}

export function isUrlLine(text: string): boolean {
  return /^(?:https?:\/\/|www\.)\S+$/i.test(text);
}

/**
 * Calls to install an app, subscribe or click: يمكنكم تسلم إشعارات … تطبيق ("you can receive notifications … app",
 * BBC's footer), حمّل التطبيق ("download the app"), اشترك في النشرة ("subscribe to the newsletter"), اضغط هنا ("click here").
 */
const PROMO = keyPattern(
  '^(?:يمكنكم|يمكنك|حمل|حملوا|نزل|نزلوا|اشترك|اشتركوا|للاشتراك|سجل|اضغط|انقر)\\s.*(?:تطبيق|النشرة|نشرتنا|قناتنا|إشعارات|هنا)',
);
/**
 * The same call after a purpose ("لمتابعة أهم الأخبار اشترك في قناتنا على يوتيوب", "to follow the news …"): لمتابعة
 * opens sentences of prose too ("لمتابعة تنفيذ الاتفاق شكلت الحكومة لجنة"), so only with the site's own channel,
 * page, account, app or newsletter ("our …") after it.
 */
const FOLLOW_PROMO = keyPattern('^لمتابعة\\s.*(?:قناتنا|صفحتنا|حسابنا|حساباتنا|تطبيقنا|نشرتنا|موقعنا)');
/**
 * "Click here" ending a short line ("للمزيد من الأخبار اضغط هنا"): a link's words. Inside a line it may be what a story
 * is about ("احذر رسائل اضغط هنا المزيفة", a scam's message quoted), which stays.
 */
const CLICK_HERE = keyPattern('(?:^|\\s)(?:اضغط|اضغطوا|انقر|انقروا)\\s+هنا[\\s.:：!…]*$');
const MAX_PROMO_WORDS = 30;
const MAX_CLICK_HERE_WORDS = 15;

/** `key` may be the key of the line's start only: the patterns are anchored there, and words are counted on `text`. */
export function isPromoLine(text: string, key: string): boolean {
  if (PROMO.test(key) || FOLLOW_PROMO.test(key)) return wordCount(text) <= MAX_PROMO_WORDS;
  // clean.ts keys only the start of a long line: there the link's words may be missed, never found where they are not.
  return key.includes(HERE) && CLICK_HERE.test(key) && wordCount(text) <= MAX_CLICK_HERE_WORDS;
}
const HERE = matchKey('هنا');

/**
 * Photo credits: مصدر الصورة ("image source", BBC), الصورة: / صورة: ("photo:"), صورة أرشيفية ("file photo"), صورة
 * تعبيرية … ("an illustrative photo of …").
 */
const IMAGE_CREDIT = keyPattern(`^\\(?(?:مصدر الصورة|(?:الصورة|صورة|تصوير)\\s*${SEP}|صورة أرشيفية\\)?$)`);
const MAX_CREDIT_WORDS = 10;
/** "صورة تعبيرية عن …" under a picture is a few words; a sentence about such a picture goes on ("… نشرتها الوزارة أثارت جدلا"). */
const ILLUSTRATIVE_PHOTO = keyPattern('^\\(?صورة تعبيرية(?:\\s|\\)|$)');
const MAX_ILLUSTRATIVE_WORDS = 7;

export function isImageCredit(text: string, key: string): boolean {
  if (ILLUSTRATIVE_PHOTO.test(key)) return wordCount(text) <= MAX_ILLUSTRATIVE_WORDS;
  return IMAGE_CREDIT.test(key) && wordCount(text) <= MAX_CREDIT_WORDS;
}

/**
 * A photo's caption under its label: التعليق على الصورة، … ("the caption on the picture", BBC Arabic's pages, next
 * to their مصدر الصورة credit), تعليق الصورة: …. The picture is not in the text, so its caption is not either.
 */
const IMAGE_CAPTION = keyPattern(`^(?:التعليق على الصورة|تعليق على الصورة|تعليق الصورة)\\s*(?:${SEP}|[،,])`);
const MAX_CAPTION_WORDS = 40;

export function isImageCaption(text: string, key: string): boolean {
  if (ARCHIVE_PHOTO_END.test(key) && wordCount(text) <= MAX_CAPTION_WORDS) return true;
  const label = IMAGE_CAPTION.exec(key);
  // "التعليق على الصورة، الذي نشره الوزير …" is a sentence about a caption.
  return label !== null && !RELATIVE_PRONOUN.test(key.slice(label[0].length)) && wordCount(text) <= MAX_CAPTION_WORDS;
}
const RELATIVE_PRONOUN = keyPattern('^\\s*(?:الذي|التي|الذين|اللذين|اللتين)(?:\\s|$)');
/** A caption that ends with its photo's kind in parentheses: "… عزيز أخنوش (أرشيف)", "(صورة أرشيفية)". */
const ARCHIVE_PHOTO_END = keyPattern('\\((?:أرشيف|أرشيفية|صورة أرشيفية|صورة من الأرشيف)\\)[.]?$');

/**
 * The signature line of an embedded post as a scraper keeps it: "— وزارة الخارجية (@MofaQatar_AR) March 12, 2018"
 * (a tweet's author, handle and date under its text).
 */
const EMBED_SIGNATURE = /^[—–]\s*[^\n]{0,60}\(@[A-Za-z0-9_]{1,30}\)\s*(?:[A-Za-z]+\s+[0-9]{1,2},\s*[0-9]{4}|[0-9]{1,2}\s+\S+\s+[0-9]{4})\s*$/;

export function isEmbedSignature(text: string): boolean {
  return EMBED_SIGNATURE.test(text.trim()) || EMBED_MARKUP.test(text);
}
/**
 * An embedded post's markup left as text, opening its line: a tweet's or a post's blockquote, its script, a player's
 * iframe. Inside a sentence the tags may be its subject (a story on a flaw in <iframe>) or a quoted post.
 */
const EMBED_MARKUP = /^\s*<(?:blockquote|script|iframe)\b[^<>]*>/i;

/**
 * A line that is only a news agency's name, as some outlets end a wire story: "(أ ف ب)", "(قنا)", "رويترز", or the
 * dateline that opens one with its place ("القاهرة - (أ ش أ):"). Without
 * parentheses only a name that is nothing else: قنا and الأناضول are places too, بترا a city, a subheading of their own.
 */
const UNAMBIGUOUS_AGENCIES = foldedSet(['رويترز', 'أ ف ب', 'أ.ف.ب', 'فرانس برس', 'أسوشيتد برس', 'د ب أ', 'أ ش أ', 'و م ع', 'afp', 'reuters', 'dpa']);
/** A wire story's dateline alone on its line: a place of a word or two, a dash, the agency in parentheses ("القاهرة - (أ ش أ):"). */
const AGENCY_DATELINE = /^[^\s\-–—()]{2,20}(?:\s[^\s\-–—()]{2,20})?\s*[-–—]\s*(\([^()]{1,20}\))\s*[:：.]?$/;

/** Longer than any agency line: the trims below are not run on a long line (their patterns are quadratic on one). */
const MAX_AGENCY_LINE = 40;

export function isAgencyLine(text: string): boolean {
  if (text.length > MAX_AGENCY_LINE) return false;
  const dateline = AGENCY_DATELINE.exec(text.trim());
  if (dateline) return isAgencyLine(dateline[1]!);
  const trimmed = text.replace(/^[\s\-–—]+/, '').trim();
  const bare = trimmed.replace(NAME_TRIM, '');
  if (bare.length === 0 || bare.length > 20) return false;
  const name = matchKey(bare).toLowerCase();
  return /^\(.*\)[.]?$/.test(trimmed) ? AGENCIES.has(name) : UNAMBIGUOUS_AGENCIES.has(name);
}

// ── the site's page furniture ──────────────────────────────────────────────────────────────────────────────
/**
 * Lines of the page around the article that a scraper keeps: the labels of its tools alone on a line — طباعة
 * ("print"), حجم الخط / تكبير الخط / تصغير الخط ("font size"), نسخ الرابط ("copy the link"), أرسل لصديق ("send to a
 * friend") — and its copyright line (© …, "جميع الحقوق محفوظة" with nothing else but a year or the site's name,
 * All rights reserved).
 */
const SITE_TOOLS = foldedSet([
  'طباعة', 'اطبع', 'حجم الخط', 'تكبير الخط', 'تصغير الخط', 'تغيير حجم الخط', 'حجم النص', 'نسخ الرابط', 'انسخ الرابط',
  'الرابط المختصر', 'الرابط القصير', 'رابط مختصر', 'أرسل لصديق', 'ارسال لصديق', 'أرسل إلى صديق', 'حفظ المقال',
  // The comment form's and the page's own controls (the Arabic strings of common news-site templates).
  'أضف تعليق', 'أضف تعليقا', 'أضف تعليقاً', 'أضف تعليقك', 'اكتب تعليقك', 'اترك تعليق', 'اترك تعليقا', 'اترك تعليقاً', 'اترك ردا', 'اترك رداً', 'أضف تعقيبا',
  'أضف تعقيباً', 'تعليقات الفيسبوك', 'تعليقات فيسبوك', 'زر الذهاب إلى الأعلى', 'الذهاب إلى الأعلى', 'العودة إلى الأعلى',
  'رابط إمكانية الوصول', 'لم يتم العثور على نتائج البحث', 'على المباشر', 'البث المباشر', 'تخطى إلى المحتوى',
  'انتقل إلى المحتوى', 'تخطي إلى المحتوى', 'تم نسخ الرابط', 'التعليقات', 'أهم الأخبار', 'آخر الأخبار', 'الأخبار العاجلة',
  'عاجل', 'جاري تحميل الأخبار العاجلة', 'أخبار عاجلة', 'اختر لغتك', 'اختر اللغة',
  // The account's and the paywall's controls.
  'تسجيل الخروج', 'لديك حساب؟ تسجيل الدخول', 'لديك حساب ؟ تسجيل الدخول', 'ليس لديك حساب؟ سجل الآن', 'التعليقات مغلقة', 'التعليقات مغلقة لهذا المقال',
  'هذا المقال مخصص للمشتركين',
  'print', 'font size', 'copy link', 'a+ a-', 'a- a+', 'shares', 'share', 'no stories found', 'back to top',
]);
/**
 * The labels of a news ticker (آخر الأخبار "latest news", عاجل "breaking"): on top of a page, the line under one is
 * the ticker's headlines run together, another story's words.
 */
const TICKER_LABELS = foldedSet(['أهم الأخبار', 'آخر الأخبار', 'أحدث الأخبار', 'الأخبار العاجلة', 'عاجل', 'أخبار عاجلة', 'جاري تحميل الأخبار العاجلة']);
export const isTickerLabel = (key: string): boolean => TICKER_LABELS.has(key.trim());
/** The text-size buttons: "A+ A-", "A- A+", "-A +A". */
const TEXT_SIZE_BUTTONS = /^(?:(?:a\s*[+\-–]|[+\-–]\s*a)\s*){2}$/i;
/**
 * The words of an article's toolbar run into one line with its counters ("0 تعليق ارسل طباعة تبليغ حذف"): three
 * words or more, each one of these or a number.
 */
const TOOLBAR_WORDS = foldedSet(['تعليق', 'تعليقات', 'ارسل', 'أرسل', 'إرسال', 'ارسال', 'طباعة', 'اطبع', 'تبليغ', 'إبلاغ', 'حذف', 'مشاركة', 'شارك', 'حفظ', 'نسخ', 'مشاهدة', 'مشاهدات', 'إعجاب', 'قراءة']);
const MIN_TOOLBAR_WORDS = 3;
const isToolbar = (key: string): boolean => {
  const tokens = tokensOf(key);
  return tokens.length >= MIN_TOOLBAR_WORDS && tokens.some((t) => TOOLBAR_WORDS.has(t)) && tokens.every((t) => TOOLBAR_WORDS.has(t) || NUMBER.test(t));
};
/** The comment form's notice of the same templates: "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية …". */
const COMMENT_NOTICE = keyPattern('^(?:لن يتم نشر عنوان بريدك الإلكتروني|تم (?:إضافة|اضافة) تعليقك)');
/**
 * A year of these two centuries in Western or Arabic-Indic figures: the weather bar's date is today's in full (a
 * forecast's lines, "الجمعة 38° - 24°", "الأحد 12:00 37°", have none), a copyright line names one.
 */
const YEAR = /(?:^|[^0-9٠-٩])(?:19|20)[0-9]{2}(?![0-9٠-٩])|[١٢][٠-٩]{3}/;
const COPYRIGHT = keyPattern('^(?:©|\\(c\\)|copyright\\b|(?:جميع )?(?:الحقوق|حقوق النشر|حقوق الطبع)(?: والنشر)? محفوظة|all rights reserved)', 'i');
/** What may follow the copyright phrase: the sign, a year, the site's name (twice as much after ©); a sentence goes on longer. */
const MAX_COPYRIGHT_TAIL_WORDS = 5;
const COPYRIGHT_MARK = new RegExp(`©|\\(c\\)|${YEAR.source}`, 'i');

/**
 * The page's counters and states alone on a line: "قراءات: 1234", "عدد المشاهدات 5,432", "0 تعليق", "تعليقات (3)",
 * "جاري التحميل...", "Loading…".
 */
const PAGE_COUNTER = keyPattern(
  '^(?:(?:عدد )?(?:القراءات|قراءات|المشاهدات|مشاهدات|التعليقات|تعليقات)\\s*[:：]?\\s*\\(?[0-9][0-9,.٬٫]*\\)?|\\(?[0-9][0-9,.٬٫]*\\)?\\s*(?:تعليق|تعليقات|مشاهدة|مشاهدات)|(?:جاري|جار) التحميل[.…\\s]*|loading[.…\\s]*)$',
  'i',
);

/**
 * The page's breadcrumb, where the article sits in the site: "الرئيسية > أخبار > اقتصاد", "الرئيسية / أخبار العالم",
 * "Home » World" — the home page's name, then sections after arrows or slashes.
 */
const BREADCRUMB = keyPattern('^(?:الرئيسية|الصفحة الرئيسية|الصفحة الأساسية|home)\\s*[>»›/|←]\\s*\\S[^.!؟?،,]*$', 'i');
const MAX_BREADCRUMB_WORDS = 10;

/** A time told relative to now alone on a line ("منذ 4 سنوات", "منذ ساعتين", "قبل ساعتين"): the page's, when it was shown. */
/** The reading time a page prints: "4 mins read", "5 min read", "قراءة 3 دقائق", "وقت القراءة: 4 دقائق", "دقيقتان للقراءة". */
const READING_TIME = keyPattern('^(?:[0-9٠-٩]+\\s*(?:mins?|minutes?)\\s+read|(?:وقت القراءة\\s*:?|قراءة)\\s*[0-9٠-٩]+\\s*(?:دقيقة|دقائق|د)|(?:[0-9٠-٩]+\\s*)?(?:دقيقة|دقائق|دقيقتان|دقيقتين)\\s+(?:للقراءة|قراءة))$', 'i');
/** An author's label with nothing after it, the name left out by the scraper: "كاتب المقالة:", "بقلم:", "الكاتب". */
const EMPTY_AUTHOR_LABEL = keyPattern('^(?:كاتب المقال|كاتب المقالة|كاتب الخبر|الكاتب|بقلم|كتب|كتبت|إعداد|تحرير)\\s*[:：]?$');
const RELATIVE_TIME = keyPattern('^(?:منذ|قبل)\\s+(?:[0-9٠-٩]+\\s+)?(?:ثانية|ثوان|ثواني|دقيقة|دقائق|دقيقتين|ساعة|ساعات|ساعتين|يوم|أيام|يومين|أسبوع|أسابيع|أسبوعين|شهر|أشهر|شهور|شهرين|سنة|سنوات|سنتين|عام|أعوام|عامين)$');
/**
 * The page's top bar of today's date, time and weather: "الجمعة 19 أبريل 2024 2:41 ص القاهرة القاهرة 24°". A
 * temperature, a time and a whole date (its month and year) in a short line without a function word; a sentence about
 * the weather has its verbs and function words, a forecast's line no year.
 */
function isWeatherBar(key: string): boolean {
  if (!TEMPERATURE.test(key) || !TIME.test(key) || !YEAR.test(key)) return false;
  const tokens = tokensOf(key);
  return tokens.length <= MAX_WEATHER_BAR_WORDS && tokens.some((t) => DATE_WORDS.has(t)) && !tokens.some(isStopword);
}
const TEMPERATURE = /[0-9٠-٩]\s*°/;
const MAX_WEATHER_BAR_WORDS = 16;
/** The disclaimer under readers' comments: "التعليقات المنشورة لا تعبر عن رأي الموقع …". */
const COMMENTS_DISCLAIMER = keyPattern('^(?:التعليقات|الآراء)(?: المنشورة)? (?:لا تعبر|تعبر) عن');

/** `key` is the whole line's key (short lines only). */
export function isSiteFurniture(key: string): boolean {
  if (BREADCRUMB.test(key.trim()) && tokensOf(key.replace(/[>»›/|←]/g, ' ')).length <= MAX_BREADCRUMB_WORDS) return true;
  if (SITE_TOOLS.has(bareLabel(key))) return true;
  const trimmed = key.trim();
  if (PAGE_COUNTER.test(trimmed) || COMMENT_NOTICE.test(trimmed) || TEXT_SIZE_BUTTONS.test(trimmed) || RELATIVE_TIME.test(trimmed) || READING_TIME.test(trimmed) || EMPTY_AUTHOR_LABEL.test(trimmed) || COMMENTS_DISCLAIMER.test(trimmed) || isToolbar(trimmed) || isWeatherBar(trimmed)) return true;
  const copyright = COPYRIGHT.exec(key);
  if (!copyright) return false;
  const tail = key.slice(copyright[0].length);
  // "جميع الحقوق محفوظة" alone or with the sign, a year or a short name; not a sentence that opens with the phrase
  // ("جميع الحقوق محفوظة للشعب الفلسطيني وفق القانون الدولي.").
  if (/[.!؟?]\s*$/.test(tail)) return false;
  const words = tokensOf(tail).length;
  if (/^(?:©|\(c\)|copyright)/i.test(copyright[0])) return words <= 2 * MAX_COPYRIGHT_TAIL_WORDS;
  return words <= MAX_COPYRIGHT_TAIL_WORDS && (words === 0 || COPYRIGHT_MARK.test(key));
}

/**
 * The outlet's masthead, which pages print above or under the article: an editorial post alone on its line — رئيس
 * التحرير ("editor-in-chief"), رئيس مجلس الإدارة ("chairman"), رئيس مجلسي الإدارة والتحرير, المشرف العام ("general
 * supervisor"), مدير التحرير ("managing editor") — each followed on the next line by its holder's name (clean.ts).
 */
const MASTHEAD_POST = keyPattern('^(?:(?:رئيس|رئيسة|نائب رئيس|مدير|مديرة|المدير|سكرتير)\\s(?:[^\\s.!؟?،,:؛;\\d]+\\s){0,3}(?:التحرير|مجلس الإدارة|مجلسي الإدارة|المسؤول)(?:\\s[^\\s.!؟?،,:؛;\\d]+){0,2}|المشرف العام|المدير العام)$');
const MAX_MASTHEAD_WORDS = 8;

/** `key` is the whole line's key (short lines only). */
export function isMastheadPost(key: string): boolean {
  const trimmed = key.trim();
  return MASTHEAD_POST.test(trimmed) && tokensOf(trimmed).length <= MAX_MASTHEAD_WORDS;
}

/** Zero-width and bidi control characters only: nothing to read, but the line still has to be accounted for. */
export function isInvisible(key: string): boolean {
  return key.trim().length === 0;
}

// ── headline shape ──────────────────────────────────────────────────────────────────────────────────────────
const MAX_HEADLINE_WORDS = 22;
const MAX_HEADLINE_CHARS = 200;
/**
 * Headlines and list items end without a full stop; sentences end with one. A final ".." or "…" is a teaser, not
 * a full stop. A final colon or comma means the line continues.
 */
const NON_HEADLINE_END = /(?:[^.]\.|^\.|[،,:؛;])$/;

/**
 * Short, and not ending like a sentence: the shape of a headline, a subheading, or a related-article title.
 * Returns its word count when it has that shape, 0 otherwise (words are counted only for short lines).
 */
export function headlineWords(text: string): number {
  if (text.length > MAX_HEADLINE_CHARS || NON_HEADLINE_END.test(text)) return 0;
  const words = wordCount(text);
  return words <= MAX_HEADLINE_WORDS ? words : 0;
}

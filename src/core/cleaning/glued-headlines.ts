/**
 * A scraper that drops the links of a "related stories" strip but keeps their text produces one long line of
 * headlines run together without spaces: "… على العاصمة الأوكرانية كييفالكرملين: روسيا تؤكد …يجيبأوكرانيا تسعى …".
 *
 * Arabic gives two signs of such a seam. The definite article ال and a word-initial hamza-alef (أ إ آ) begin words:
 * inside a word they follow only proclitics (و ف ب ك ل, possibly with ال: "وبالأمس", "للأمم"). So "كييف|الكرملين"
 * and "يجيب|أوكرانيا" — a non-clitic stem of 3+ letters, then ال/أ, then 4+ more letters — are two words glued
 * together. Real words with such an inner sequence exist ("يستأنفون"), so one seam is not enough: a line must show
 * several signs, and headline strips also repeat the "Speaker: claim" pattern, so two or more colons count as one.
 */

/** Letters only; punctuation around a token does not belong to the word. */
const WORD = /[\u0621-\u064a\u0671-\u06d3]+/g;
/** The letters that may come before an inner ال or أ in one genuine word: proclitics, then optionally the article. */
const CLITIC_PREFIX = /^[وفبكلس]*(?:ال|ل)?$/;
/**
 * The first part of a compound name often written as one word with the article of its second part: عبد (عبدالرحمن,
 * لعبدالعزيز), أبو / ابو / بو (أبوالقاسم), ذو (ذوالفقار). Such a word is one name, not two words glued.
 */
const JOINED_NAME_HEAD = /^[وفبكل]*(?:عبد|[أا]?بو|ذو)$/;
const SEAM = /(?:ال|[أإآ])/g;
const MIN_STEM = 3;
const MIN_TAIL = 4;
const MIN_WORDS = 20;
const MIN_GLUED_LENGTH = MIN_STEM + 1 + MIN_TAIL;
const MIN_SIGNS = 2;

/** Whether one space-delimited word looks like two words glued at an ال / أ seam. */
export function hasGlueSeam(word: string): boolean {
  for (const letters of word.match(WORD) ?? []) {
    SEAM.lastIndex = 0;
    for (let m = SEAM.exec(letters); m; m = SEAM.exec(letters)) {
      const stem = letters.slice(0, m.index);
      const tail = letters.slice(m.index + m[0].length);
      if (stem.length >= MIN_STEM && tail.length >= MIN_TAIL && !CLITIC_PREFIX.test(stem) && !(m[0] === 'ال' && JOINED_NAME_HEAD.test(stem))) return true;
    }
  }
  return false;
}

/**
 * A line of headlines run together: long, with no comma (a prose sentence that long has one or is a quote; the
 * caller sees many such lines — the comma test only narrows), and at least two signs of glued headlines.
 */
export function isGluedHeadlines(text: string): boolean {
  if (/[،,]/.test(text)) return false;
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  if (words.length < MIN_WORDS) return false;
  let signs = (text.match(/:/g)?.length ?? 0) >= 2 ? 1 : 0;
  for (const word of words) {
    if (word.length >= MIN_GLUED_LENGTH && hasGlueSeam(word)) signs++;
    if (signs >= MIN_SIGNS) return true;
  }
  return false;
}

/**
 * Words of an article as comparison keys, with offsets into the original text. Shared by stories (which articles
 * report one event), sentence alignment and word differences, so all three agree on what "the same word" is.
 *
 * A key is the word's matchKey with the clitics of the definite article stripped (simply, no stemmer):
 * Arabic writes the article and the particles before it as one word with the noun — ال "the", وال/فال "and the",
 * بال "with the", كال "like the", لل "for the" — so "الرئيس", "والرئيس", "للرئيس" are one word for comparison.
 * The conjunctions و/ف alone are not stripped from other words: "وزير" (minister) starts with و, and a rule
 * without a dictionary cannot tell the two apart.
 */
import { normalizeWithOffsets } from '../normalize.ts';

export interface Token {
  /** Comparison key (matchKey, article clitics stripped). */
  key: string;
  /** Offsets in the original text, end exclusive. */
  start: number;
  end: number;
  /** True for a function word (see STOPWORDS). */
  stop: boolean;
}

// A word: letters, digits and combining marks; a number keeps its decimal point or thousands separator
// ("2.4", "1,500", Arabic ٫ and ٬) so that "2.4 مليار" stays one token.
const WORD = /[\p{L}\p{M}\p{N}]+(?:[.,٫٬][\p{N}]+)*/gu;
const ARTICLE_PREFIX = /^(?:[وف]?[بكل]?ال|[وف]?لل)(?=[\u0621-\u064a]{2})/;

/**
 * Function words of news Arabic (in matchKey form: ا for أ/إ/آ, ي for ى, ه for ة). Compact on purpose: prepositions,
 * conjunctions, pronouns, demonstratives, relatives, auxiliaries and the reporting verbs every article uses
 * (قال، أضاف، أكد), which say nothing about what an article is about.
 */
const STOPWORDS = new Set(
  `في من الي على علي عن مع ان او ثم قد لقد كان كانت يكون تكون كانوا هذا هذه ذلك تلك هؤلاء هو هي هم هما نحن انا انت
  التي الذي الذين اللذين اللتين اللواتي ما ماذا لا لم لن ليس ليست كما كل بعد قبل بين حتي عند منذ خلال الا اي غير بعض
  ايضا حيث اذ اذا لكن لها له لهم لهن به بها بهم فيه فيها فيهم منه منها منهم عليه عليها عليهم عنه عنها عنهم انه انها
  انهم بان لان كي لكي اما امام وراء دون ضد تحت فوق حول نحو لدي لدى عبر وفق وفقا قال قالت يقول تقول اضاف اضافت
  وقال اكد اكدت اشار اشارت اعلن اعلنت تم يتم وهو وهي هناك هنا الان اليوم امس يوم مثل جدا فقط سوف ال عام سنه
  تم كذلك لذلك ذات نفس اخر اخري اكثر اقل`
    .split(/\s+/)
    .filter(Boolean),
);

/** Strips the definite article and the particles fused with it; other words are returned as they are. */
export function stripArticle(key: string): string {
  return key.replace(ARTICLE_PREFIX, '');
}

/** True for a function word, also with a fused و/ف ("وقال", "فيما" is in the list itself). */
export function isStopword(key: string): boolean {
  if (STOPWORDS.has(key)) return true;
  const first = key.charCodeAt(0);
  return (first === 0x0648 || first === 0x0641) && STOPWORDS.has(key.slice(1));
}

/** Every word of `text` with its comparison key. Linear in the text. */
export function tokenize(text: string): Token[] {
  const normalized = normalizeWithOffsets(text);
  const folded = normalized.key;
  const tokens: Token[] = [];
  for (const match of folded.matchAll(WORD)) {
    const from = match.index;
    const to = from + match[0].length;
    const key = stripArticle(match[0]);
    tokens.push({ key, start: normalized.offsetAt(from), end: normalized.offsetAt(to), stop: isStopword(key) || isStopword(match[0]) });
  }
  return tokens;
}

/** The content words' keys of `text` (function words dropped), in order, repeats kept. */
export function contentKeys(text: string): string[] {
  return tokenize(text)
    .filter((t) => !t.stop && t.key.length > 1)
    .map((t) => t.key);
}

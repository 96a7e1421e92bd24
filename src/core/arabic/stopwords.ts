/**
 * The one list of Arabic function words, shared by entities (a function word is never part of a name, and ends
 * one: "ستولتنبرغ في بروكسل") and by the comparison keys of alignment and stories (a function word says nothing
 * about what an article is about).
 *
 * Where the words come from: the union of the two lists the project grew separately — entities/lexicon.ts
 * (closed-class words seen around names in the seed and corpus articles) and align/tokens.ts (prepositions,
 * pronouns, auxiliaries and the reporting verbs every article uses) — reviewed together. Entries are written as
 * printed and folded with matchKey at load, so أ/ا, ى/ي, ة/ه variants need not be listed twice.
 */
import { matchKey } from '../normalize.ts';

const keySet = (words: string): Set<string> => new Set(words.split(/\s+/).filter(Boolean).map(matchKey));

/** Function words of news Arabic, in matchKey form. */
export const STOPWORDS: ReadonlySet<string> = keySet(`
  في على عن مع من إلى حتى لدى متى منذ عند بين حول ضد وفق وفقا نحو عبر دون بدون مثل إثر عقب خلال بعد قبل أمام وراء
  خلف تحت فوق وسط
  عليه عليها عليهما عليهم به بها بهم له لها لهم لهن منه منها منهم عنه عنها عنهم لديه لديها لديهم عنده عندها فيه
  فيها فيهم إليه إليها
  أن إن أنه إنه أنها إنها أنهم إنهم بأن بأنه بأنها لأن لأنه كأن لكن لكنه ولكن قد لقد لم لن ما ماذا لا لما ليس ليست
  أو أم ثم بل أي إلا كي لكي أما إذا إذ لو فيما بينما كما كذلك لذلك حيث غير كل بعض ذات نفس آخر أخرى أكثر أقل
  هو هي هما هم هن نحن أنا أنت الذي التي الذين اللذين اللتين اللواتي ذلك تلك هذا هذه هؤلاء أولئك هناك هنا
  كان كانت كانوا يكون تكون سيكون سوف تم يتم
  وهو وهي وهم وقد وكان وكانت ولم ولا وأن وإن وفي وعلى ومن وإلى ومع
  قال قالت يقول تقول وقال أضاف أضافت أكد أكدت أشار أشارت أعلن أعلنت
  أيضا فقط جدا الآن اليوم أمس غدا يوم عام سنة ال
`);

/**
 * Calendar and counting nouns that end a name ("بوتين الخميس", "ماي عاما", "سجل محمد صلاح هدفين") but are content
 * when comparing articles: two reports of one event share "الخميس" and "يوليو", and "48 ساعة" is not "48 دقيقة".
 * Entities adds them to STOPWORDS; alignment and stories keep them as words. Duals and the accusative count the
 * way a result or a term is told (مرتين، عامين، هدفا، نقطتين).
 */
export const NAME_DELIMITING_NOUNS: ReadonlySet<string> = keySet(`
  الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد
  يناير فبراير مارس أبريل ابريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر
  عاما عاماً شهر أسبوع ساعة دقيقة مرة عدة عدد
  مرتين عامين سنتين شهرين أسبوعين يومين ساعتين دقيقتين
  هدف هدفا هدفين أهداف نقطة نقطتين نقاط
`);

/** True for a function word, also with a fused conjunction و/ف ("وقال", "فهو"); `key` is in matchKey form. */
export function isStopword(key: string): boolean {
  if (STOPWORDS.has(key)) return true;
  const first = key.charCodeAt(0);
  return (first === 0x0648 || first === 0x0641) && STOPWORDS.has(key.slice(1));
}

/**
 * Function words that end in ى whose matchKey (ى → ي) is also another word: على "on" and علي, the given name Ali;
 * متى "when" and متي (Matti). Other ى-final function words (إلى، حتى، لدى) fold onto no other word a news text
 * uses (إلي، لدي are the same particles with the pronoun "me"), so their folded key alone decides.
 */
const ALIF_MAQSURA_COLLISIONS: ReadonlyMap<string, string> = new Map([
  ['علي', 'على'],
  ['متي', 'متى'],
]);

/** True when the folded key is one of those collisions: only the written form can tell the two words apart. */
export const isAlifMaqsuraCollision = (key: string): boolean => ALIF_MAQSURA_COLLISIONS.has(key);

/**
 * Whether a text writes final ى at all. Most outlets write على with ى; some (and many scrapes) write ي for ى
 * everywhere, and then علي on its own cannot be told from على.
 */
export const writesAlifMaqsura = (text: string): boolean => text.includes('ى');

/**
 * Whether a token, as written in its text, is a function word. The trade-off for على/علي: a text that writes ى
 * somewhere distinguishes the two, so "علي" there is the name Ali and "على" the preposition; in a text that never
 * writes ى, "علي" is read as the preposition, by far the more frequent word in news (the name is then missed, a
 * small loss, rather than every "علي" = "على" becoming a person). The word may carry a conjunction (وعلى).
 */
export function isStopwordSurface(surface: string, textWritesAlifMaqsura: boolean): boolean {
  const key = matchKey(surface);
  if (!isStopword(key)) return false;
  const bare = ALIF_MAQSURA_COLLISIONS.has(key) ? key : key.slice(1);
  if (!ALIF_MAQSURA_COLLISIONS.has(bare)) return true;
  return !textWritesAlifMaqsura || surface.endsWith('ى');
}

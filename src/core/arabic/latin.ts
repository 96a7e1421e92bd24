/**
 * Latin ↔ Arabic name matching by consonant skeleton, so an English query ("Stoltenberg", "NATO", "BBC") finds
 * the Arabic spelling (ستولتنبرغ، الناتو، بي بي سي). Rules, not a table of names: both scripts are reduced to one
 * sequence of consonant classes, and two spellings match when the sequences are equal.
 *
 * Why consonants: Arabic writes a foreign name's short vowels not at all and its long ones as ا/و/ي, which Latin
 * writes as any vowel letter; consonants are what the two spellings share. Classes merge what Arabic writes
 * for one Latin sound and the other way round, from the usual transcription of names in Arabic news:
 *   g/j/q-of-Egypt: غ (Stoltenberg → ستولتنبرغ), ج (ستولتنبرج, Georgia → جورجيا), ق (Egyptian spellings): class g;
 *   k/c/q/ck: ك، ق، خ (Macron → ماكرون, Khamenei → خامنئي): class k;   p/b: ب (Putin → بوتين): class b;
 *   v/f: ف، ڤ: class f;   t/th/ṭ: ت، ث، ط: class t;   d/dh/ḍ: د، ذ، ض: class d;   s/c-before-e,i/ṣ: س، ص، ث: class s;
 *   sh/ch: ش: class š;   z/ẓ: ز، ظ (and s, which Latin writes for a z sound: Theresa → تيريزا): class s;
 *   h/ḥ: ه، ح: class h, but a word-final ه (mostly ة folded: سارة) and a Latin h after a vowel and before a
 *   consonant or the end (John, Sarah) are not written;   ع and hamza are not written in Latin names.
 * Doubled letters are written once in Arabic (Assad → الأسد), so runs of one class count once on both sides.
 * An acronym (BBC, CNN: capitals only) is read letter by letter as Arabic spells it (بي بي سي، سي إن إن).
 * The definite article ال of an Arabic name is dropped (الناتو ↔ NATO).
 */
import { matchKey } from '../normalize.ts';

/** The folded Arabic letters (normalize.ts: hamza forms → ا, ة → ه, ى → ي) and their consonant class; '' is no consonant. */
const ARABIC_CLASS: Record<string, string> = {
  ا: '', و: '', ي: '', ع: '', ء: '',
  ب: 'b', پ: 'b', ت: 't', ث: 't', ط: 't', ج: 'g', غ: 'g', گ: 'g', ق: 'k', ك: 'k', خ: 'k', ح: 'h', ه: 'h',
  د: 'd', ذ: 'd', ض: 'd', ر: 'r', ز: 's', ظ: 's', س: 's', ص: 's', ش: 'š', ف: 'f', ڤ: 'f', ل: 'l', م: 'm', ن: 'n',
};

/** Latin spellings, longest first at each position: digraphs before single letters. */
const LATIN_DIGRAPHS: Array<[string, string]> = [
  ['sch', 'š'], ['sh', 'š'], ['ch', 'š'], ['kh', 'k'], ['gh', 'g'], ['th', 't'], ['dh', 'd'], ['ph', 'f'], ['ck', 'k'], ['ng', 'n'],
];
const LATIN_CLASS: Record<string, string> = {
  a: '', e: '', i: '', o: '', u: '', y: '', w: '', h: 'h',
  b: 'b', p: 'b', t: 't', d: 'd', g: 'g', j: 'g', k: 'k', q: 'k', c: 'k', x: 'ks', r: 'r', z: 's', s: 's', f: 'f', v: 'f', l: 'l', m: 'm', n: 'n',
};
/** How Arabic spells each Latin letter's name in an acronym (بي بي سي، سي إن إن، إف بي آي), as consonant classes. */
const LETTER_NAME_CLASS: Record<string, string> = {
  a: '', b: 'b', c: 's', d: 'd', e: '', f: 'f', g: 'g', h: 'tš', i: '', j: 'g', k: 'k', l: 'l', m: 'm', n: 'n', o: '',
  p: 'b', q: 'k', r: 'r', s: 's', t: 't', u: '', v: 'f', w: 'dbl', x: 'ks', y: '', z: 's',
};

const VOWEL = /[aeiouy]/;

function collapse(classes: string): string {
  let out = '';
  for (const c of classes) if (out.at(-1) !== c) out += c;
  return out;
}

/** The consonant skeleton of one Arabic word (its article dropped); letters of other scripts are ignored. */
export function arabicSkeleton(word: string): string {
  let key = matchKey(word);
  if (key.length > 3 && key.startsWith('ال')) key = key.slice(2);
  if (key.length > 1 && key.endsWith('ه')) key = key.slice(0, -1);
  let out = '';
  for (const letter of key) out += ARABIC_CLASS[letter] ?? '';
  return collapse(out);
}

/** The consonant skeleton of one Latin word: an acronym letter by letter, else by the spelling rules above. */
export function latinSkeleton(word: string): string {
  if (/^[A-Z]{2,5}$/.test(word)) return collapse([...word.toLowerCase()].map((l) => LETTER_NAME_CLASS[l] ?? '').join(''));
  const text = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  let out = '';
  for (let i = 0; i < text.length; ) {
    const digraph = LATIN_DIGRAPHS.find(([spelling]) => text.startsWith(spelling, i));
    if (digraph) {
      out += digraph[1];
      i += digraph[0].length;
      continue;
    }
    const letter = text[i]!;
    const next = text[i + 1] ?? '';
    if (letter === 'c') out += /[eiy]/.test(next) ? 's' : 'k'; // c before e, i, y is an s (Macron keeps its k)
    else if (letter === 'h' && i > 0 && VOWEL.test(text[i - 1]!) && !VOWEL.test(next)) out += ''; // John, Sarah
    else out += LATIN_CLASS[letter] ?? '';
    i++;
  }
  return collapse(out);
}

/** Whether a word is written in Latin letters (a query word to match by skeleton). */
export const isLatinWord = (word: string) => /^[\p{Script=Latin}]+$/u.test(word);

/**
 * The skeleton of a whole name or query in either script: its words' skeletons concatenated, then runs collapsed
 * (so "بي بي سي" and "BBC" give the same key).
 */
export function nameSkeleton(name: string): string {
  const words = name.match(/[\p{L}\p{M}]+/gu) ?? [];
  return collapse(words.map((w) => (isLatinWord(w) ? latinSkeleton(w) : arabicSkeleton(w))).join(''));
}

/**
 * Skeletons shorter than this match too much by chance (two consonants: سعد for "Assad") except as a whole name,
 * or against a word with the article: a family name such as الأسد، الحريري is the distinctive part of a name.
 */
export const MIN_WORD_SKELETON = 3;

/**
 * Whether a Latin query (one or more words) names `alias` (an Arabic name): its skeleton equals the whole alias's,
 * or, for a one-word query of at least MIN_WORD_SKELETON consonants, one word of the alias.
 */
export function latinQueryMatchesName(query: string, alias: string): boolean {
  // "al-Assad", "el-Sisi": the Latin article is not part of the name's skeleton (Arabic's is dropped too).
  const queryWords = (query.match(/[\p{L}\p{M}]+/gu) ?? []).filter((word, i, all) => !(i < all.length - 1 && /^(al|el)$/i.test(word)));
  const key = nameSkeleton(queryWords.join(' '));
  if (key.length < 2) return false;
  if (key === nameSkeleton(alias)) return true;
  if (queryWords.length !== 1) return false;
  // An acronym also names the start of a longer name: BBC → بي بي سي عربي, CNN → سي إن إن بالعربية.
  const aliasWords = alias.match(/[\p{L}\p{M}]+/gu) ?? [];
  if (/^[A-Z]{2,5}$/.test(queryWords[0]!)) return aliasWords.some((_, k) => nameSkeleton(aliasWords.slice(0, k + 1).join(' ')) === key);
  return aliasWords.some((word) => arabicSkeleton(word) === key && (key.length >= MIN_WORD_SKELETON || matchKey(word).startsWith('ال')));
}

/**
 * Words that carry a letter or a number — what `text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length`
 * counts (a lone "•" or "–" is no word) — in one pass over the code units and without an array: cleaning and quotes
 * count the words of every line and every quotation. ASCII and the Arabic block are tested by code range, other
 * characters by the same patterns.
 */
const WHITE_SPACE = /\s/;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/** Which code units of the Arabic block are letters or numbers (marks and punctuation are not). */
const ARABIC_WORD_CHARS = Uint8Array.from({ length: 0x100 }, (_, k) => (LETTER_OR_NUMBER.test(String.fromCharCode(0x0600 + k)) ? 1 : 0));

/** Whether a UTF-16 code unit is white space as /\s/ has it (ASCII and the Arabic block by range). */
export function isWhiteSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (code < 0x0600 || code > 0x06ff) && WHITE_SPACE.test(String.fromCharCode(code));
}

function isLetterOrNumberAt(text: string, i: number, code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  if (code >= 0x0600 && code <= 0x06ff) return ARABIC_WORD_CHARS[code - 0x0600] === 1;
  return LETTER_OR_NUMBER.test(String.fromCodePoint(text.codePointAt(i) as number));
}

export function wordCount(text: string): number {
  let count = 0;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isWhiteSpace(code)) counted = false;
    else if (!counted && isLetterOrNumberAt(text, i, code)) {
      count++;
      counted = true;
    }
  }
  return count;
}

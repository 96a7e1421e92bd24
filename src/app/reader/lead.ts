import type { BundleItem } from '../../core/bundle-schema.ts';
import { splitParagraphs } from './paragraphs.ts';

/** What two lines of a list row can show at the widest layout, with room to spare. */
export const LEAD_CHARACTERS = 320;

/** Punctuation a derived title leaves at the cut (core/build-bundle.ts deriveTitle strips it from the title's end). */
const CUT_PUNCTUATION = /^[\s.،,:؛!?؟]+/;

/**
 * The text after a title derived from it (core's deriveTitle: the lead's first words, "…" when it stopped inside the
 * sentence), or null when the text does not begin with the title's words. Whitespace may differ: the title joins
 * its words with single spaces.
 */
export function textAfterTitle(text: string, title: string): string | null {
  const cut = title.endsWith('…');
  const words = title.replace(/…$/, '').split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  let at = 0;
  for (const word of words) {
    while (at < text.length && /\s/.test(text[at]!)) at++;
    if (!text.startsWith(word, at)) return null;
    at += word.length;
  }
  const rest = text.slice(at).replace(CUT_PUNCTUATION, '');
  return rest && cut ? `…${rest}` : rest;
}

function clip(text: string): string {
  if (text.length <= LEAD_CHARACTERS) return text;
  const cut = text.lastIndexOf(' ', LEAD_CHARACTERS);
  return `${text.slice(0, cut > 0 ? cut : LEAD_CHARACTERS)}…`;
}

/**
 * A list row's two-line lead: the first body paragraph (not a subheading), cut after a word near LEAD_CHARACTERS
 * (the list clamps it to two lines anyway, and laying out whole paragraphs was most of home's layout). Under a title
 * derived from that paragraph it goes on where the title stopped, so the row does not say the same words twice.
 */
export function leadOf(item: BundleItem): string {
  const body = splitParagraphs(item).filter((p) => !p.heading);
  const first = body[0]?.text ?? '';
  if (item._riwaya.title_source !== 'derived') return clip(first);
  const rest = textAfterTitle(first, item.title);
  if (rest === null) return clip(first);
  return clip(rest || (body[1]?.text ?? ''));
}

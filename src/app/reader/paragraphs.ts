import type { BundleItem } from '../../core/bundle-schema.ts';

export interface Paragraph {
  text: string;
  start: number;
  heading: boolean;
}

/** content_text split on its blank-line separators, with offsets, and subheadings marked. */
export function splitParagraphs(item: BundleItem): Paragraph[] {
  const headingStarts = new Set(item._riwaya.headings.map((h) => h.start));
  const paragraphs: Paragraph[] = [];
  let start = 0;
  for (const text of item.content_text.split('\n\n')) {
    if (text.length > 0) paragraphs.push({ text, start, heading: headingStarts.has(start) });
    start += text.length + 2;
  }
  return paragraphs;
}

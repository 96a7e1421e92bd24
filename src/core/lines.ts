/**
 * The "nothing is silently lost" invariant: every non-blank line of a raw file survives verbatim
 * (trimmed) in the item's title, content_text, tags or one of its removed[].text.
 */
import type { BundleItem } from './bundle-schema.ts';

export function nonBlankLines(raw: string): string[] {
  return raw
    .split(/\r\n|\n|\r/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** The raw lines that do not survive in the item (should be none). */
export function lostLines(raw: string, item: BundleItem): string[] {
  const kept = [item.title, item.content_text, ...item.tags, ...item._riwaya.removed.map((r) => r.text)];
  return nonBlankLines(raw).filter((line) => !kept.some((k) => k.includes(line)));
}

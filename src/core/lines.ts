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

/**
 * The lines an item holds, as the pipeline placed them: the headline (when the title is the file's headline), each
 * line of content_text (its blocks, one raw line each) and each line of every removed[] entry.
 */
function placedLines(item: BundleItem): string[] {
  const lines = item._riwaya.title_source === 'headline' ? [item.title] : [];
  for (const piece of [item.content_text, ...item._riwaya.removed.map((r) => r.text)]) {
    for (const line of piece.split('\n')) if (line.length > 0) lines.push(line);
  }
  return lines;
}

/**
 * The stricter form of lostLines: each raw line must be placed once for each time it occurs, as a whole line (a
 * line repeated three times needs three placed copies; "سطر 1" is not found inside "سطر 10"). Returns the raw
 * lines left without a placed copy, and the placed lines that match no raw line (both empty when nothing is lost).
 */
export function unplacedLines(raw: string, item: BundleItem): { lost: string[]; extra: string[] } {
  const placed = new Map<string, number>();
  for (const line of placedLines(item)) placed.set(line, (placed.get(line) ?? 0) + 1);
  const lost: string[] = [];
  for (const line of nonBlankLines(raw)) {
    const n = placed.get(line) ?? 0;
    if (n === 0) lost.push(line);
    else placed.set(line, n - 1);
  }
  const extra = [...placed].flatMap(([line, n]) => Array<string>(n).fill(line));
  return { lost, extra };
}

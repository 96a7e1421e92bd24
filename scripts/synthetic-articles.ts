/**
 * What the bench's synthetic corpora (bench.ts `writeCorpus`, wide-corpus.ts) share: the outlets their manifests
 * name, file-name numbers, and how an article's text is put together.
 */
export const OUTLETS = ['العربية', 'بي بي سي عربي', 'سي إن إن بالعربية', 'فرانس 24', 'سكاي نيوز عربية'];

export const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * An article as a scraped file: its headline, a blank line, its paragraphs and, three times in ten, 1–4 lines of
 * scraper residue, one or two line breaks apart. Draws from `random` in that order (the residue, the line break, then
 * whatever `headline` draws), so a seed gives the same corpus.
 */
export function articleText(random: () => number, headline: () => string, paragraphs: readonly string[], residue: readonly string[]): string {
  const pick = (list: readonly string[]): string => list[Math.floor(random() * list.length)] as string;
  const tail = residue.length > 0 && random() < 0.3 ? Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(residue)) : [];
  const separator = random() < 0.5 ? '\n' : '\n\n';
  return `${headline()}\n\n${[...paragraphs, ...tail].join(separator)}\n`;
}

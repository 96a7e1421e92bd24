/**
 * Cleaning: splits a raw scraped file into headline, body blocks and residue.
 * (Foundation version: every non-blank line is a body block; the Arabic-core issue adds the residue rules.)
 */
import type { Removed } from './bundle-schema.ts';

export interface Block {
  /** A verbatim line of the raw file (trimmed). */
  text: string;
  /** A subheading inside the body (kept in the text, marked in `_riwaya.headings`). */
  heading: boolean;
}

export interface CleanedArticle {
  /** The headline line, verbatim, when the file has one. */
  headline: string | null;
  /** The outlet named by a source line or byline, when there is one. */
  outlet: string | null;
  blocks: Block[];
  tags: string[];
  removed: Removed[];
}

export function cleanArticle(raw: string): CleanedArticle {
  const lines = raw.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
  return { headline: null, outlet: null, blocks: lines.map((text) => ({ text, heading: false })), tags: [], removed: [] };
}

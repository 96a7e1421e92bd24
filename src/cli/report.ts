/** What the CLI reports on stderr besides its errors: skipped files, notes on ids and empty articles (both formats). */
import type { z } from 'zod';
import type { ItemIdChange } from '../core/item-ids.ts';
import type { SkippedFile } from './read-articles.ts';

/** Every skipped file with its reason, grouped by the kind of reason (in the order kinds first occur), files in order. */
export function reportSkipped(skipped: SkippedFile[]): void {
  const groups = new Map<string, SkippedFile[]>();
  for (const s of skipped) {
    const group = groups.get(s.kind);
    if (group) group.push(s);
    else groups.set(s.kind, [s]);
  }
  for (const group of groups.values()) for (const { file, reason } of group) console.error(`skipped ${file}: ${reason}`);
}

/** Files whose id is not their plain stem, and articles with no text left after cleaning (with what was removed). */
export function reportNotes(changes: ItemIdChange[], empty: { file: string; kinds: string[] }[]): void {
  for (const change of changes) {
    console.error(`note: ${change.file} has the id ${change.id} (${change.kind === 'taken' ? `${change.takenBy} has ${change.takenBy?.replace(/\.txt$/i, '')}` : 'its name has nothing before .txt'})`);
  }
  for (const { file, kinds } of empty) console.error(`note: ${file}: no article text left after cleaning; bundled with what was removed (${kinds.join(', ')})`);
}

/** Why the schema refuses an item, for the skipped file's report. */
export function refusedReason(error: z.ZodError): string {
  const why = error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
  return `the bundle schema refuses its item (${why})`;
}

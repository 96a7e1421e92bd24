/**
 * The optional manifest.json of an article folder: what the scraper knew besides the text.
 * `[{file, title?, outlet?, published?, url?}]`; other fields are ignored (never read).
 *
 * One bad entry never costs the others: a field that fails its schema is dropped (the entry's other fields are
 * kept), an entry without a file name is dropped, and each is reported as a problem; only a manifest that is not a
 * JSON array is unusable as a whole.
 */
import { z } from 'zod';
import { publishedDateSchema, webUrlSchema } from './bundle-schema.ts';

export const manifestEntrySchema = z.object({
  file: z.string().min(1),
  title: z.string().min(1).nullish(),
  outlet: z.string().min(1).nullish(),
  published: publishedDateSchema.nullish(),
  url: webUrlSchema.nullish(),
});
export const manifestSchema = z.array(manifestEntrySchema);
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

const OPTIONAL_FIELDS = ['title', 'outlet', 'published', 'url'] as const;

/** What is wrong with one entry; `field` is absent when the whole entry is dropped. Codes and data, no sentences. */
export type ManifestProblem =
  | { kind: 'no-file'; entry: number }
  | { kind: 'bad-field'; entry: number; file: string; field: (typeof OPTIONAL_FIELDS)[number]; message: string }
  | { kind: 'duplicate'; entry: number; file: string; previous: number };

export type ManifestParse =
  | { ok: true; entries: Map<string, ManifestEntry>; problems: ManifestProblem[] }
  | { ok: false; reason: string };

/**
 * Why JSON.parse refused the text, by position only: its message quotes the text, and the text may be anything
 * (the tester's symlinked manifest.json echoed /etc/passwd).
 */
function jsonErrorAt(text: string, error: unknown): string {
  const position = /position (\d+)/.exec((error as Error).message)?.[1];
  if (position === undefined) return 'not valid JSON';
  const before = text.slice(0, Number(position));
  const line = before.split(/\r\n|\r|\n/).length;
  const column = before.length - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return `not valid JSON (line ${line}, column ${column})`;
}

/** Parses the text of a manifest.json (a leading byte order mark is allowed). */
export function parseManifest(text: string): ManifestParse {
  let data: unknown;
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { ok: false, reason: jsonErrorAt(json, error) };
  }
  if (!Array.isArray(data)) return { ok: false, reason: 'not a JSON array of entries ([{"file": …}, …])' };
  const entries = new Map<string, ManifestEntry>();
  const entryIndex = new Map<string, number>();
  const problems: ManifestProblem[] = [];
  data.forEach((raw: unknown, entry) => {
    const record = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : null;
    const file = record?.['file'];
    if (record === null || typeof file !== 'string' || file.length === 0) {
      problems.push({ kind: 'no-file', entry });
      return;
    }
    const kept: ManifestEntry = { file };
    for (const field of OPTIONAL_FIELDS) {
      if (!(field in record)) continue;
      const parsed = manifestEntrySchema.shape[field].safeParse(record[field]);
      if (parsed.success) kept[field] = parsed.data;
      else problems.push({ kind: 'bad-field', entry, file, field, message: parsed.error.issues[0]?.message ?? 'invalid' });
    }
    const previous = entryIndex.get(file);
    // The last entry for a file is used, as before; the duplicate is reported.
    if (previous !== undefined) problems.push({ kind: 'duplicate', entry, file, previous });
    entries.set(file, kept);
    entryIndex.set(file, entry);
  });
  return { ok: true, entries, problems };
}

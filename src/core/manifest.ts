/**
 * The optional manifest.json of an article folder: what the scraper knew besides the text.
 * `[{file, title?, outlet?, published?, url?}]`; other fields are ignored (never read).
 */
import { z } from 'zod';
import { publishedDateSchema, webUrlSchema, type Published } from './bundle-schema.ts';

export const manifestEntrySchema = z.object({
  file: z.string().min(1),
  title: z.string().min(1).nullish(),
  outlet: z.string().min(1).nullish(),
  published: publishedDateSchema.nullish(),
  url: webUrlSchema.nullish(),
});
export const manifestSchema = z.array(manifestEntrySchema);
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

export type ManifestParse = { ok: true; entries: Map<string, ManifestEntry> } | { ok: false; reason: string };

/** Parses the text of a manifest.json; the reason names the first problem (path and message). */
export function parseManifest(text: string): ManifestParse {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `not valid JSON (${(error as Error).message})` };
  }
  const result = manifestSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    return { ok: false, reason: `${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}` };
  }
  const entries = new Map<string, ManifestEntry>();
  for (const entry of result.data) entries.set(entry.file, entry);
  return { ok: true, entries };
}

/** "2023-11" → {value: "2023-11", precision: "month"}. */
export function toPublished(value: string | null | undefined): Published | null {
  if (!value) return null;
  const precision = value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year';
  return { value, precision };
}

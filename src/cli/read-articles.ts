/**
 * Reads an article folder: every `*.txt` (strict UTF-8) plus an optional manifest.json.
 * A file that cannot be used is returned as a `SkippedFile` with its reason; reading goes on.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { SourceArticle } from '../core/build-bundle.ts';
import { parseManifest, type ManifestEntry } from '../core/manifest.ts';

export const DEFAULT_MAX_BYTES = 1024 * 1024;

export interface SkippedFile {
  file: string;
  reason: string;
}

export interface ReadResult {
  articles: SourceArticle[];
  skipped: SkippedFile[];
  /** Manifest entries that name no file in the folder. */
  unmatchedManifestEntries: string[];
}

export class FolderError extends Error {}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Why a file's bytes are not an article, or its text. */
export function decodeArticle(bytes: Uint8Array, maxBytes: number): { text: string } | { reason: string } {
  if (bytes.length === 0) return { reason: 'empty file' };
  if (bytes.length > maxBytes) return { reason: `too large (${bytes.length} bytes; the limit is ${maxBytes})` };
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { reason: `binary file (NUL byte at offset ${nul})` };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { reason: 'not UTF-8 text (save it as UTF-8; Windows-1256 and other legacy encodings are not read)' };
  }
  if (text.trim().length === 0) return { reason: 'empty file (only white space)' };
  return { text };
}

const READ_CONCURRENCY = 16;

async function readOne(path: string, maxBytes: number): Promise<{ text: string } | { reason: string }> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { reason: 'not a regular file' };
    if (info.size > maxBytes) return { reason: `too large (${info.size} bytes; the limit is ${maxBytes})` };
    return decodeArticle(await readFile(path), maxBytes);
  } catch (error) {
    return { reason: `unreadable (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  }
}

/** Like Promise.all over items.map(work), with at most `limit` calls in flight; results in input order. */
async function mapConcurrently<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export async function readArticleFolder(
  dir: string,
  options: { maxBytes?: number; onFile?: (done: number, total: number, file: string) => void } = {},
): Promise<ReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    throw new FolderError(`${dir}: cannot read the folder (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  let manifest = new Map<string, ManifestEntry>();
  if (names.includes('manifest.json')) {
    const parsed = parseManifest(await readFile(join(dir, 'manifest.json'), 'utf8'));
    if (!parsed.ok) throw new FolderError(`${join(dir, 'manifest.json')}: ${parsed.reason}`);
    manifest = parsed.entries;
  }
  const files = names.filter((n) => n.toLowerCase().endsWith('.txt')).sort();
  let done = 0;
  // Files are read a few at a time (I/O overlaps, one JS thread) and reported in name order.
  const outcomes = await mapConcurrently(files, READ_CONCURRENCY, async (file) => {
    const outcome = await readOne(join(dir, file), maxBytes);
    options.onFile?.(++done, files.length, file);
    return outcome;
  });
  const articles: SourceArticle[] = [];
  const skipped: SkippedFile[] = [];
  outcomes.forEach((outcome, index) => {
    const file = files[index]!;
    if ('reason' in outcome) skipped.push({ file, reason: outcome.reason });
    else articles.push({ file, text: outcome.text, manifest: manifest.get(file) });
  });
  const present = new Set(files);
  const unmatchedManifestEntries = [...manifest.keys()].filter((f) => !present.has(f)).sort();
  return { articles, skipped, unmatchedManifestEntries };
}

/**
 * From a file's bytes to an article's text, and from a manifest.json's bytes to its entries: the one decoding path of
 * the CLI (which reads a folder from disk, src/cli/read-articles.ts) and of the app's import (which is handed files by
 * the browser, src/app/import/). Codes and data only; each caller puts them in words.
 *
 * Pure: TextDecoder (WHATWG Encoding) is the only platform global used, as everywhere in core.
 */
import { parseManifest, type ManifestEntry, type ManifestProblem } from './manifest.ts';

/** An article file larger than this is skipped (the CLI's --max-bytes default). */
export const DEFAULT_MAX_BYTES = 1024 * 1024;
/** A manifest lists every file: 10,000 entries take about 3 MB. */
export const MANIFEST_MAX_BYTES = 64 * 1024 * 1024;
export const MANIFEST = 'manifest.json';

/** Why a file's bytes are not an article's text. */
export type DecodeProblem =
  | { kind: 'empty'; whiteSpace: boolean }
  | { kind: 'too-large'; bytes: number; limit: number }
  | { kind: 'binary'; offset: number }
  | { kind: 'not-utf8' };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * The text of an article file: strict UTF-8 (a leading byte order mark is dropped), not empty, no NUL byte (a binary
 * file), at most `maxBytes` long.
 */
export function decodeArticleBytes(bytes: Uint8Array, maxBytes: number): { text: string } | DecodeProblem {
  if (bytes.length === 0) return { kind: 'empty', whiteSpace: false };
  if (bytes.length > maxBytes) return { kind: 'too-large', bytes: bytes.length, limit: maxBytes };
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { kind: 'binary', offset: nul };
  let text: string;
  try {
    // A leading byte order mark is dropped by the decoder (ignoreBOM: false).
    text = utf8.decode(bytes);
  } catch {
    return { kind: 'not-utf8' };
  }
  // (A test for one non-space character: trim() would copy the whole text to find that out.)
  if (!/\S/.test(text)) return { kind: 'empty', whiteSpace: true };
  return { text };
}

const nameDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * A file name from the bytes the system gave, for a report: each UTF-8 character as itself, each byte that is not
 * UTF-8 (a Latin-1 or Windows-1256 name) and each control character as \xNN. A lenient decoding would put U+FFFD
 * for them: the name reported would not be the file's, and two such files would look alike.
 */
export function displayName(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length > 0 && i + length <= bytes.length) {
      try {
        const char = nameDecoder.decode(bytes.subarray(i, i + length));
        if (!/\p{Cc}/u.test(char)) {
          out += char;
          i += length;
          continue;
        }
      } catch {
        // not UTF-8 here: escaped below
      }
    }
    out += `\\x${b.toString(16).toUpperCase().padStart(2, '0')}`;
    i++;
  }
  return out;
}

/** A file name as UTF-8 text, or null when its bytes are not UTF-8. */
export function decodeName(bytes: Uint8Array): string | null {
  try {
    return nameDecoder.decode(bytes);
  } catch {
    return null;
  }
}

/** A manifest.json's bytes read: its entries and the problems of single entries, or why it cannot be used at all. */
export type ManifestReading =
  | { ok: true; entries: Map<string, ManifestEntry>; problems: ManifestProblem[] }
  | { ok: false; kind: 'not-utf8' }
  | { ok: false; kind: 'unusable'; reason: string };

export function decodeManifestBytes(bytes: Uint8Array): ManifestReading {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, kind: 'not-utf8' };
  }
  const parsed = parseManifest(text);
  if (!parsed.ok) return { ok: false, kind: 'unusable', reason: parsed.reason };
  return parsed;
}

/** The names of a folder's article files (`*.txt`, any case), in the order they are read: UTF-16 code units. */
export function articleFileNames(names: readonly string[]): string[] {
  return names.filter((n) => n.toLowerCase().endsWith('.txt')).sort();
}

/** Manifest entries that name no article file of the folder, sorted. */
export function unmatchedManifestEntries(manifest: ReadonlyMap<string, ManifestEntry>, files: readonly string[]): string[] {
  const present = new Set(files);
  return [...manifest.keys()].filter((f) => !present.has(f)).sort();
}

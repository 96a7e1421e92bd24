import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleFileNames, decodeArticleBytes, decodeManifestBytes, decodeName, displayName, unmatchedManifestEntries } from './article-files.ts';

const MIXED = 'test-data/fixtures/mixed-folder';
const fixture = (name: string) => new Uint8Array(readFileSync(`${MIXED}/${name}`));
const LIMIT = 1024 * 1024;

describe('decodeArticleBytes', () => {
  // Each row is a file of test-data/fixtures/mixed-folder (its README says what each holds).
  it.each([
    ['empty.txt', { kind: 'empty', whiteSpace: false }],
    ['blank.txt', { kind: 'empty', whiteSpace: true }],
    // A PNG header: its first NUL byte is the 9th byte (offset 8: 89 50 4E 47 0D 0A 1A 0A 00 …).
    ['binary.txt', { kind: 'binary', offset: 8 }],
    ['windows-1256.txt', { kind: 'not-utf8' }],
  ])('%s → %o', (name, problem) => {
    expect(decodeArticleBytes(fixture(name), LIMIT)).toEqual(problem);
  });

  it('gives the text of a UTF-8 article (seed 004, as good-004.txt), the same as a lenient decoding', () => {
    const bytes = fixture('good-004.txt');
    const decoded = decodeArticleBytes(bytes, LIMIT);
    expect(decoded).toEqual({ text: readFileSync(`${MIXED}/good-004.txt`, 'utf8') });
  });

  it('refuses a file above the limit before reading its text, saying its size and the limit', () => {
    const bytes = fixture('good-bbc.txt');
    expect(decodeArticleBytes(bytes, bytes.length - 1)).toEqual({ kind: 'too-large', bytes: bytes.length, limit: bytes.length - 1 });
    expect(decodeArticleBytes(bytes, bytes.length)).toHaveProperty('text');
  });

  it('drops a leading byte order mark (issue 12: Windows editors write one)', () => {
    const text = 'نص المقال';
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(decodeArticleBytes(bytes, LIMIT)).toEqual({ text });
  });
});

describe('file names', () => {
  it('shows bytes that are not UTF-8 as \\xNN (a Windows-1256 name: ملف = E3 E1 DD) and decodes none of them', () => {
    const bytes = new Uint8Array([0xe3, 0xe1, 0xdd, ...new TextEncoder().encode('.txt')]);
    expect(displayName(bytes)).toBe('\\xE3\\xE1\\xDD.txt');
    expect(decodeName(bytes)).toBeNull();
    expect(decodeName(new TextEncoder().encode('ملف.txt'))).toBe('ملف.txt');
  });

  it('reads *.txt in any case, in code-unit order, and names the manifest entries no file matches', () => {
    const files = articleFileNames(['b.txt', 'manifest.json', 'A.TXT', 'notes.md', 'a.txt']);
    expect(files).toEqual(['A.TXT', 'a.txt', 'b.txt']);
    const reading = decodeManifestBytes(fixture('manifest.json'));
    if (!reading.ok) throw new Error(reading.kind);
    expect(unmatchedManifestEntries(reading.entries, ['good-004.txt'])).toEqual(['good-bbc.txt']);
  });
});

describe('decodeManifestBytes', () => {
  it('reads the mixed folder’s manifest (outlet and dates of its two good files)', () => {
    const reading = decodeManifestBytes(fixture('manifest.json'));
    expect(reading.ok && reading.entries.get('good-bbc.txt')).toEqual({ file: 'good-bbc.txt', published: '2018-07-16', outlet: 'بي بي سي عربي' });
  });

  it('refuses a manifest that is not UTF-8 (the Windows-1256 fixture as its bytes) and one that is not an array', () => {
    expect(decodeManifestBytes(fixture('windows-1256.txt'))).toEqual({ ok: false, kind: 'not-utf8' });
    expect(decodeManifestBytes(new TextEncoder().encode('{"file": "a.txt"}'))).toMatchObject({ ok: false, kind: 'unusable' });
  });
});

import { describe, expect, it } from 'vitest';
import { parseManifest } from './manifest.ts';

const good = { file: 'a.txt', title: 'عنوان', outlet: 'بي بي سي', published: '2018-03', url: 'https://www.bbc.com/arabic/x' };

describe('parseManifest', () => {
  it('reads a manifest that starts with a UTF-8 byte order mark (issue 12, tester: Windows editors write one)', () => {
    const parsed = parseManifest(`\uFEFF${JSON.stringify([good])}`);
    expect(parsed).toEqual({ ok: true, entries: new Map([['a.txt', good]]), problems: [] });
  });

  // Each row (issue 12, the tester's manifests): one bad entry → the problem reported, and what is kept of the entry.
  it.each([
    ['a javascript: url', { ...good, url: 'javascript:alert(1)' }, { kind: 'bad-field', field: 'url' }],
    ['a url with a second line', { ...good, url: 'https://a.com\njavascript:alert(1)' }, { kind: 'bad-field', field: 'url' }],
    ['a month 13', { ...good, published: '2018-13' }, { kind: 'bad-field', field: 'published' }],
    ['a title that is a number', { ...good, title: 7 }, { kind: 'bad-field', field: 'title' }],
  ])('drops only the bad field of an entry with %s, and reports it', (_name, entry, problem) => {
    const other = { file: 'b.txt', title: 'آخر' };
    const parsed = parseManifest(JSON.stringify([entry, other]));
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.problems).toEqual([expect.objectContaining({ ...problem, entry: 0, file: 'a.txt' })]);
    const kept: Partial<typeof good> = { ...good };
    delete kept[problem.field as keyof typeof good];
    expect(parsed.entries.get('a.txt')).toEqual(kept);
    expect(parsed.entries.get('b.txt')).toEqual(other);
  });

  it('reports an entry without a file name and keeps the others', () => {
    const parsed = parseManifest(JSON.stringify([{ title: 'x' }, 'a.txt', good]));
    expect(parsed).toEqual({ ok: true, entries: new Map([['a.txt', good]]), problems: [{ kind: 'no-file', entry: 0 }, { kind: 'no-file', entry: 1 }] });
  });

  it('reports a file named twice (issue 12: the last entry won silently); the last entry is used', () => {
    const parsed = parseManifest(JSON.stringify([good, { file: 'a.txt', title: 'ثان' }]));
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.problems).toEqual([{ kind: 'duplicate', entry: 1, file: 'a.txt', previous: 0 }]);
    expect(parsed.entries.get('a.txt')).toEqual({ file: 'a.txt', title: 'ثان' });
  });

  it.each([
    // issue 12: a symlinked manifest.json to /etc/passwd echoed its first line in the error
    ['text that is not JSON', 'root:x:0:0:root:/root:/bin/bash\n', /^not valid JSON( \(line \d+, column \d+\))?$/],
    ['JSON that is not an array', '{"file": "a.txt"}', /^not a JSON array/],
  ])('refuses %s without quoting it', (_name, text, reason) => {
    const parsed = parseManifest(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.reason).toMatch(reason);
      expect(parsed.reason).not.toContain('root');
    }
  });
});

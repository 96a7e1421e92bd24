import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Spill } from './spill.ts';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'riwaya-spill-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('Spill', () => {
  it('gives back each record as written, in any order, across buffer flushes, with any text', () => {
    const spill = new Spill(join(work, 'a.jsonl'));
    const values = [{ a: 1 }, 'نص عربي \u2028 \ud800 lone surrogate', { big: 'x'.repeat(3 << 20) }, [1, [2, { c: null }]], ''];
    const records = values.map((v) => spill.append(v));
    const records2 = values.map((v) => spill.append(v));
    for (const k of [4, 2, 0, 3, 1]) expect(spill.read(records[k]!)).toEqual(values[k]);
    for (const k of [1, 3]) expect(spill.read(records2[k]!)).toEqual(values[k]);
    spill.close();
  });

  it('once flushed, is read by another reader of its file, as a worker thread reads the articles (terms-pass.ts)', () => {
    const path = join(work, 'b.jsonl');
    const spill = new Spill(path);
    const values = [{ title: 'عنوان', tags: ['الناتو'] }, 'x'.repeat(200_000), { n: 3 }];
    const records = values.map((v) => spill.append(v));
    spill.flush();
    const reader = new Spill(path, 'read');
    for (const k of [2, 0, 1]) expect(reader.read(records[k]!)).toEqual(values[k]);
    reader.close();
    spill.close();
  });
});

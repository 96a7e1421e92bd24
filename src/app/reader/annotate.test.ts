import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotate } from './annotate.ts';

// seed 001, first paragraph (prefix); offsets as the bundle gives them for a paragraph starting at 100.
const paragraph = 'أعلن الأمين العام لحلف شمال الأطلسي (ناتو) ينس ستولتنبرغ، مساعدة عسكرية';
const at = (needle: string) => 100 + paragraph.indexOf(needle);

describe('annotate', () => {
  it('splits text into plain runs and mentions, losing nothing', () => {
    const runs = annotate(paragraph, 100, [{ entity: 'person:stoltenberg', start: at('ينس'), end: at('،') }], []);
    expect(runs.map((r) => r.text).join('')).toBe(paragraph);
    expect(runs.filter((r) => r.kind === 'mention').map((r) => r.text)).toEqual(['ينس ستولتنبرغ']);
  });

  it('keeps the first of two overlapping spans', () => {
    const runs = annotate(paragraph, 100, [{ entity: 'org:nato', start: at('حلف'), end: at(' (') }, { entity: 'place:x', start: at('شمال'), end: at('شمال') + 4 }], []);
    expect(runs.filter((r) => r.kind !== 'text').map((r) => r.text)).toEqual(['حلف شمال الأطلسي']);
  });

  it('ignores spans of other paragraphs', () => {
    const runs = annotate(paragraph, 100, [{ entity: 'x', start: 10, end: 20 }], [{ start: 5000, end: 5010, value: null, precision: null }]);
    expect(runs).toEqual([{ kind: 'text', text: paragraph, start: 100 }]);
  });

  it('always reproduces the paragraph exactly, whatever the spans', () => {
    const span = fc.tuple(fc.integer({ min: 90, max: 200 }), fc.integer({ min: 0, max: 30 })).map(([s, l]) => ({ start: s, end: s + l }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 8 }), fc.array(span, { maxLength: 4 }), (ms, ds) => {
        const runs = annotate(paragraph, 100, ms.map((m) => ({ ...m, entity: 'e' })), ds.map((d) => ({ ...d, value: null, precision: null })));
        return runs.map((r) => r.text).join('') === paragraph;
      }),
    );
  });
});

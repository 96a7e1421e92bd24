import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentBundle } from '../../test-support/content-bundle.ts';
import { annotate, linkedMentions } from './annotate.ts';

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

describe('linkedMentions', () => {
  const items = contentBundle().items;

  it.each(items.filter((i) => i._riwaya.mentions.length > 0).map((i) => [i.id, i] as const))('%s: one link per entity, at its first mention', (_id, item) => {
    const { mentions, dates } = item._riwaya;
    const linked = linkedMentions(mentions, dates);
    const entities = new Set(mentions.map((m) => m.entity));
    expect(linked.size).toBeLessThanOrEqual(entities.size);
    const linkedEntities = mentions.filter((m) => linked.has(m.start)).map((m) => m.entity);
    expect(new Set(linkedEntities).size).toBe(linkedEntities.length);
    for (const m of mentions.filter((x) => linked.has(x.start))) {
      expect(mentions.some((other) => other.entity === m.entity && other.start < m.start && !dates.some((d) => d.start < other.end && other.start < d.end))).toBe(false);
    }
  });

  it('seed 000 names Stoltenberg six times and links him once, at his first mention; every entity it names once', () => {
    const item = items.find((i) => i.id === '000_65e48351ce8b35e2')!;
    const stoltenberg = item._riwaya.mentions.filter((m) => item.content_text.slice(m.start, m.end).includes('ستولتنبرغ'));
    const linked = linkedMentions(item._riwaya.mentions, item._riwaya.dates);
    expect(stoltenberg.length).toBe(6);
    expect(linked.size).toBe(new Set(item._riwaya.mentions.map((m) => m.entity)).size);
    expect(linked.size).toBeLessThan(item._riwaya.mentions.length / 2);
    expect(stoltenberg.filter((m) => linked.has(m.start)).map((m) => m.start)).toEqual([Math.min(...stoltenberg.map((m) => m.start))]);
  });

  it('a mention inside a date is passed over: the next one is linked', () => {
    const mentions = [{ entity: 'place:x', start: 10, end: 15 }, { entity: 'place:x', start: 40, end: 45 }];
    expect([...linkedMentions(mentions, [{ start: 5, end: 20, value: '2018-07-11', precision: 'day' }])]).toEqual([40]);
  });
});

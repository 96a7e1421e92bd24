import { describe, expect, it } from 'vitest';
import { contentBundle } from '../../test-support/content-bundle.ts';
import { LEAD_CHARACTERS, leadOf, textAfterTitle } from './lead.ts';

const items = contentBundle().items;
const item = (id: string) => items.find((i) => i.id === id)!;

describe('textAfterTitle', () => {
  it.each([
    // 001: the title stops inside the sentence (14 words, "…"): the rest goes on from the cut, marked as going on
    ['أعلن الأمين العام ينس ستولتنبرغ، مساعدة عسكرية، وتعهد بمواصلة دعمها.', 'أعلن الأمين العام ينس ستولتنبرغ، مساعدة عسكرية، وتعهد…', '…بمواصلة دعمها.'],
    // 004: spaces before the commas as scraped; the title's words are the text's
    ['وفي حديثه في بروكسل ، قال رئيس الناتو ، إنه يتوقع مزيدًا من تعهدات الدعم.', 'وفي حديثه في بروكسل ، قال رئيس الناتو ، إنه يتوقع مزيدًا…', '…من تعهدات الدعم.'],
    // made-up: a title that is the whole first sentence (no "…"): the rest starts at the next sentence
    ['قمة في فيلنيوس. يلتقي القادة يومي 11 و12 يوليو.', 'قمة في فيلنيوس', 'يلتقي القادة يومي 11 و12 يوليو.'],
    // made-up: the title is the whole paragraph
    ['قمة في فيلنيوس', 'قمة في فيلنيوس', ''],
    // a headline line or a manifest title (000, the corpus) is not the text's beginning
    ['أعلن مسؤول في حلف شمال الأطلسي', 'أمين عام الناتو يزور أوكرانيا', null],
    ['', 'أمين عام الناتو', null],
  ])('%j after %j → %j', (text, title, rest) => {
    expect(textAfterTitle(text, title)).toBe(rest);
  });
});

describe('leadOf on content/articles', () => {
  const derived = items.filter((i) => i._riwaya.title_source === 'derived');

  it('the seeds with derived titles are 001, 002 and 004 (SEEDS.md)', () => {
    expect(derived.map((i) => i.id).sort()).toEqual(['001_3050791f78128683', '002_2274472028061bc0', '004_1f3ba952f4cdec09']);
  });

  it.each(derived.map((i) => [i.id, i] as const))('%s: the lead goes on after its derived title instead of repeating it', (_id, article) => {
    const lead = leadOf(article);
    const stem = article.title.replace(/…$/, '');
    expect(lead.length).toBeGreaterThan(40);
    expect(lead).not.toContain(stem);
    expect(lead.startsWith('…')).toBe(article.title.endsWith('…'));
    // it is the text's own words, from where the title stopped
    expect(article.content_text.replace(/\s+/g, ' ')).toContain(lead.replace(/^…/, '').replace(/…$/, '').slice(0, 60).replace(/\s+/g, ' '));
  });

  it('a headline line or a manifest title keeps the first paragraph as its lead (000, and a corpus article)', () => {
    for (const id of ['000_65e48351ce8b35e2', '2018-03-06_bbc_BB-internationalNews-104']) {
      const article = item(id);
      expect(leadOf(article).replace(/…$/, '')).toBe(article.content_text.split('\n\n')[0]!.slice(0, leadOf(article).replace(/…$/, '').length));
    }
  });

  it('every lead fits two lines at the widest layout (LEAD_CHARACTERS and the "…" marks)', () => {
    for (const article of items) expect(leadOf(article).length).toBeLessThanOrEqual(LEAD_CHARACTERS + 2);
  });
});

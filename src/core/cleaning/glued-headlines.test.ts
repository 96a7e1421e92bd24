import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasGlueSeam, isGluedHeadlines } from './glued-headlines.ts';

const ARTICLES = new URL('../../../content/articles/', import.meta.url);

describe('hasGlueSeam', () => {
  it.each<[string, boolean]>([
    // seed 001 line 49: "كييف" + "الكرملين" glued
    ['كييفالكرملين:', true],
    // seed 001 line 49: "يجيب" + "أوكرانيا" glued
    ['يجيبأوكرانيا', true],
    // made-up: article after proclitics is one word (ف + الكرملين, و + ب + الأمس, ل + الأمم)
    ['فالكرملين', false],
    ['وبالأمس', false],
    ['للأمم', false],
    // seed 003 line 6: internal ال followed by a short ending (…ات) is one word
    ['الاتصالات', false],
    // corpus 2018-03-27_bbc_…-235 line 5: an ordinary long word
    ['شتولتنبيرغ', false],
    // compound names written as one word (a Qatari agency's list of officials, a real page outside the repository,
    // wrote عبدالرحمن joined twice in one comma-less paragraph, which was taken for a headline strip): one name each
    ['عبدالرحمن', false],
    ['لعبدالعزيز', false],
    ['أبوالقاسم', false],
    ['ذوالفقار', false],
    // made-up: with a proclitic it is the same name; a stem other than عبد / أبو / ذو before it is still a seam
    ['كعبدالرحمن', false],
    ['سعيدالرحمن', true],
  ])('%s → %s', (word, expected) => {
    expect(hasGlueSeam(word)).toBe(expected);
  });
});

describe('isGluedHeadlines', () => {
  const seed001 = readFileSync(new URL('001_3050791f78128683.txt', ARTICLES), 'utf8').split('\n');

  it('finds the run-together headline strip of seed 001 (line 49)', () => {
    expect(isGluedHeadlines(seed001[48]!.trim())).toBe(true);
  });

  it('made-up: the same strip cut to its first two headlines still shows two signs', () => {
    const strip = 'روسيا تشن قصفا صاروخيا عنيفا على العاصمة الأوكرانية كييفالكرملين: روسيا تؤكد مجددا معارضتها نشر قوات حفظ سلام في أوكرانياترامب: اتفاق السلام مع روسيا ممكن';
    expect(isGluedHeadlines(strip)).toBe(true);
  });

  it('made-up: one seam in a comma-less sentence is not enough (typo, not a strip)', () => {
    const sentence = 'وقال المتحدث باسم الحلف إن الاجتماع سيبحث الدعم العسكري لأوكرانيا في كييفالعاصمة خلال الأسبوع المقبل مع وزراء الدفاع';
    expect(isGluedHeadlines(sentence)).toBe(false);
  });

  it('made-up, after a real page outside the repository: a comma-less paragraph of officials, two of them عبدالرحمن written joined, is prose', () => {
    const officials = 'وكان في استقباله الشيخ محمد بن عبدالرحمن آل ثاني رئيس مجلس الوزراء ووزير الخارجية وسعادة الشيخ سعود بن عبدالرحمن آل ثاني رئيس الديوان الأميري وعدد من الوزراء';
    expect(isGluedHeadlines(officials)).toBe(false);
  });

  it('no line of the 68 articles other than seed 001 line 49 looks glued', () => {
    const hits: string[] = [];
    for (const file of readdirSync(ARTICLES).filter((f) => f.endsWith('.txt'))) {
      readFileSync(new URL(file, ARTICLES), 'utf8')
        .split(/\r?\n/)
        .forEach((line, i) => {
          if (isGluedHeadlines(line.trim())) hits.push(`${file}:${i + 1}`);
        });
    }
    expect(hits).toEqual(['001_3050791f78128683.txt:49']);
  });
});

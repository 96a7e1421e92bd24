import { describe, expect, it } from 'vitest';
import { documentTitle, PAGE_TITLE_MAX } from './page-title.ts';

describe('documentTitle', () => {
  it.each([
    // home without a page name of its own (the loading view)
    [null, 'رواية', 'رواية'],
    ['', 'Riwaya', 'Riwaya'],
    // an entity of content/articles (Stoltenberg's page)
    ['ينس ستولتنبرغ', 'رواية', 'ينس ستولتنبرغ · رواية'],
    // a manifest title of the corpus (2018-03-06_bbc_BB-internationalNews-104), with its quotes kept
    ['بريطانيا سترد بـ"قوة" إذا ثبت تورط روسيا في واقعة الجاسوس السابق سكريبال', 'Riwaya', 'بريطانيا سترد بـ"قوة" إذا ثبت تورط روسيا في واقعة الجاسوس السابق سكريبال · Riwaya'],
    // a title with a line break and doubled spaces (a headline line as scraped) reads as one line
    ['  Timeline\n  of   events ', 'Riwaya', 'Timeline of events · Riwaya'],
  ])('(%j, %j) → %j', (page, app, title) => {
    expect(documentTitle(page, app)).toBe(title);
  });

  it('cuts a page name longer than PAGE_TITLE_MAX after a whole word', () => {
    // made-up: a derived headline of 24 words
    const long = Array.from({ length: 24 }, (_, i) => `كلمة${i}`).join(' ');
    const title = documentTitle(long, 'رواية');
    expect(title.endsWith('… · رواية')).toBe(true);
    const page = title.slice(0, -'… · رواية'.length);
    expect(page.length).toBeLessThanOrEqual(PAGE_TITLE_MAX);
    expect(long.startsWith(`${page} `)).toBe(true);
  });
});

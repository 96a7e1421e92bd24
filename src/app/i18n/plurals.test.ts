import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ar as arEntry } from './ar.ts';
import { arPages } from './ar-pages.ts';
import { arWhole as ar } from './ar-whole.ts';
import { en } from './en.ts';

// Arabic has six plural categories (CLDR): 0 zero, 1 one, 2 two, 3–10 few, 11–99 many, 100–102 other.
const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ resources: { ar: { translation: ar }, en: { translation: en } }, lng: 'ar', interpolation: { escapeValue: false } });
});

describe('Arabic plurals', () => {
  // Each row: count → the home page's article count as an Arabic reader should see it.
  const rows: Array<[number, string]> = [
    [0, 'لا مقالات'],
    [1, 'مقالة واحدة'],
    [2, 'مقالتان'],
    [3, '3 مقالات'],
    [11, '11 مقالة'],
    [100, '100 مقالة'],
  ];
  it.each(rows)('%i → %s', (count, expected) => {
    expect(i18n.t('home.count', { lng: 'ar', count, formatted: String(count) })).toBe(expected);
  });

  it('the counts cover all six categories and every counted string has all six forms', () => {
    const rules = new Intl.PluralRules('ar');
    const categories = rows.map(([count]) => rules.select(count));
    expect(categories).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
    const plural = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? (k.endsWith('_other') ? [`${prefix}${k.slice(0, -6)}`] : []) : plural(v as object, `${prefix}${k}.`)));
    const flat = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : flat(v as object, `${prefix}${k}.`)));
    const all = new Set(flat(ar));
    for (const base of plural(ar)) for (const category of categories) expect(all, base).toContain(`${base}_${category}`);
  });
});

describe('English plurals', () => {
  it('says one and many', () => {
    expect(i18n.t('home.count', { lng: 'en', count: 1, formatted: '1' })).toBe('One article');
    expect(i18n.t('home.count', { lng: 'en', count: 68, formatted: '68' })).toBe('68 articles');
    expect(i18n.t('home.count', { lng: 'en', count: 0, formatted: '0' })).toBe('No articles');
  });
});

describe('message files', () => {
  const keys = (o: object, prefix = ''): string[] =>
    Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v as object, `${prefix}${k}.`)));
  it('Arabic and English have the same keys', () => {
    expect(keys(ar).sort()).toEqual(keys(en).sort());
  });
  it('the Arabic strings the first script carries leave out the sections only some pages use (they load with those pages)', () => {
    for (const section of Object.keys(arPages)) expect(Object.keys(arEntry)).not.toContain(section);
    expect(Object.keys(arPages).sort()).toEqual(['compare', 'entities', 'import', 'settings', 'story', 'timeline']);
  });
  it('no Arabic string is left in the English file', () => {
    // Language names are shown in their own language on purpose.
    const arabic = keys(en).filter((k) => /[\u0600-\u06FF]/.test(k.split('.').reduce<unknown>((o, part) => (o as Record<string, unknown>)[part], en) as string));
    expect(arabic).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { rendersAsPrerendered } from './prerendered.ts';
import { DEFAULT_SETTINGS } from './state/settings-store.ts';

describe('rendersAsPrerendered: whether the first render is the markup the build wrote', () => {
  const at = (pathname: string, search = '') => ({ pathname, search });

  it('the address the page was rendered for, with the default settings', () => {
    expect(rendersAsPrerendered('/', at('/'), DEFAULT_SETTINGS, DEFAULT_SETTINGS)).toBe(true);
    expect(rendersAsPrerendered('/article/a b:ج', at('/article/a%20b%3A%D8%AC'), DEFAULT_SETTINGS, DEFAULT_SETTINGS)).toBe(true);
    // The theme lives on <html>, outside the markup.
    expect(rendersAsPrerendered('/', at('/'), { ...DEFAULT_SETTINGS, theme: 'dark' }, DEFAULT_SETTINGS)).toBe(true);
  });

  it('not another address (a server that answers every path with the home page), nor a query', () => {
    expect(rendersAsPrerendered('/', at('/timeline'), DEFAULT_SETTINGS, DEFAULT_SETTINGS)).toBe(false);
    expect(rendersAsPrerendered('/', at('/', '?q=x'), DEFAULT_SETTINGS, DEFAULT_SETTINGS)).toBe(false);
    expect(rendersAsPrerendered('/article/a', at('/article/%E0%A4%A'), DEFAULT_SETTINGS, DEFAULT_SETTINGS)).toBe(false);
  });

  it('not with settings that change the markup: language, digits, calendar, text size', () => {
    for (const change of [{ language: 'en' }, { digits: 'arab' }, { calendar: 'islamic-umalqura' }, { fontStep: 1 }] as const) {
      expect(rendersAsPrerendered('/', at('/'), { ...DEFAULT_SETTINGS, ...change }, DEFAULT_SETTINGS), JSON.stringify(change)).toBe(false);
    }
  });
});

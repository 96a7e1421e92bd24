/**
 * The Arabic strings of the comparison, entity, timeline, import, story and settings pages load with those pages (ar-pages.ts): a key of
 * theirs used anywhere else would show raw in Arabic on a page that did not load them. Every source file of the app
 * outside those pages' folders is read, and none may name such a key.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { arPages } from './ar-pages.ts';
import { arRemoved } from './ar-removed.ts';

const APP = new URL('..', import.meta.url).pathname;
/** The folders whose pages call addArabicPages() before they render. */
const PAGES = ['compare', 'entities', 'settings', 'timeline', 'import', 'stories'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'i18n' || PAGES.includes(entry.name) ? [] : sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('Arabic strings loaded with their pages', () => {
  it('are named only inside those pages', () => {
    const sections = Object.keys(arPages);
    const pattern = new RegExp(`['"\`](${sections.join('|')})\\.[a-zA-Z]`);
    const files = sources(APP);
    expect(files.length).toBeGreaterThan(20);
    const using = files.filter((file) => pattern.test(readFileSync(file, 'utf8'))).map((file) => file.slice(APP.length));
    expect(using).toEqual([]);
  });

  it('each of those pages registers them', () => {
    for (const page of ['compare/ComparePage.tsx', 'entities/EntitiesPage.tsx', 'entities/EntityPage.tsx', 'settings/SettingsPage.tsx', 'timeline/TimelinePage.tsx', 'import/ImportPage.tsx', 'stories/StoryPage.tsx']) {
      expect(readFileSync(join(APP, page), 'utf8'), page).toContain('addArabicPages();');
    }
  });

  // The names of the kinds of residue load with the article page's list of them (ar-removed.ts).
  it('the removed kinds are named only by the article page\'s list, which registers them', () => {
    const pattern = new RegExp(`['"\`](${Object.keys(arRemoved).join('|')})\\.`);
    const using = sources(APP).filter((file) => pattern.test(readFileSync(file, 'utf8'))).map((file) => file.slice(APP.length));
    expect(using).toEqual(['reader/RemovedDisclosure.tsx']);
    expect(readFileSync(join(APP, 'reader/RemovedDisclosure.tsx'), 'utf8')).toContain('addArabicRemovedKinds();');
  });
});

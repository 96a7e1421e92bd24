import { describe, expect, it } from 'vitest';
import type { Bundle } from '../core/bundle-schema.ts';
import { contentBundle } from '../test-support/content-bundle.ts';
import { checkBundle, renderPage } from './prerender.tsx';
import { FIRST_ROWS, VIRTUALIZE_ABOVE } from './shell/VirtualList.tsx';

/** content/articles copied under new ids (no story) until there are at least `count` articles. */
function longBundle(count: number): Bundle {
  const bundle = contentBundle();
  const items = [...bundle.items];
  for (let copy = 1; items.length < count; copy++) {
    for (const item of bundle.items) items.push({ ...item, id: `${item.id}~${copy}`, _riwaya: { ...item._riwaya, story: null } });
  }
  return { ...bundle, items };
}

async function prerenderedHome(bundle: Bundle): Promise<string> {
  const check = await checkBundle(bundle);
  if (!check.ok) throw new Error(check.problems.join('; '));
  return renderPage('/', check.loaded);
}

const rows = (html: string) => html.match(/data-testid="article-row"/g)?.length ?? 0;

describe('the prerendered home page (issue 13)', () => {
  it('lists every article of a short archive, as before the virtual list', async () => {
    const html = await prerenderedHome(contentBundle());
    expect(contentBundle().items.length).toBeLessThanOrEqual(VIRTUALIZE_ABOVE);
    expect(rows(html)).toBe(contentBundle().items.length);
    expect(html).not.toContain('aria-setsize');
  }, 60_000);

  it('lists the first rows of a long one, each saying where it stands, with no style attribute (the CSP blocks them)', async () => {
    const bundle = longBundle(VIRTUALIZE_ABOVE * 3);
    const html = await prerenderedHome(bundle);
    expect(rows(html)).toBe(FIRST_ROWS);
    expect(html.match(/aria-setsize="(\d+)"/)?.[1]).toBe(String(bundle.items.length));
    expect(html).toContain(`aria-posinset="${FIRST_ROWS}"`);
    expect(html).not.toMatch(/\sstyle="/);
  }, 60_000);
});

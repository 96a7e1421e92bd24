/** The root route's articles: the bundle, or the reader's imported articles read in its place (readInstead). */
import { describe, expect, it, vi } from 'vitest';
import { contentBundle } from '../../test-support/content-bundle.ts';
import { indexBundle } from './in-place.ts';
import { collectionChanged, loadBundleOnce, readInstead } from './load-bundle.ts';

describe('readInstead', () => {
  it('the root route reads imported articles until told otherwise, and their workers stop once they are replaced', async () => {
    const bundle = contentBundle();
    const imported = () => ({ ...indexBundle(bundle), imported: true, dispose: vi.fn() });
    const [a, b, c] = [imported(), imported(), imported()];
    expect(collectionChanged()).toBe(false);
    readInstead(a);
    expect(collectionChanged()).toBe(true);
    await expect(loadBundleOnce()).resolves.toBe(a);
    expect(collectionChanged()).toBe(false);
    // b is replaced before any page read it: its worker stops at once; a's once the route has c.
    readInstead(b);
    readInstead(c);
    expect(b.dispose).toHaveBeenCalledTimes(1);
    expect(a.dispose).not.toHaveBeenCalled();
    await expect(loadBundleOnce()).resolves.toBe(c);
    expect(a.dispose).toHaveBeenCalledTimes(1);
    // Back to the bundle: the route loads again, and c stops. (Node has no Worker: the bundle cannot be opened here.)
    readInstead(null);
    expect(collectionChanged()).toBe(true);
    await expect(loadBundleOnce()).rejects.toMatchObject({ code: 'network' });
    expect(c.dispose).toHaveBeenCalledTimes(1);
    expect(collectionChanged()).toBe(false);
  });
});

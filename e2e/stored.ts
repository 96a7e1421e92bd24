/** Waiting for the library's writes (IndexedDB), which are asynchronous: a page left at once may not have made them. */
import { expect, type Page } from './test.ts';

/** Waits until IndexedDB holds the article's record with the given fields (writes are asynchronous). */
export async function untilStored(page: Page, id: string, fields: Record<string, unknown>): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(
        (article) =>
          new Promise<unknown>((resolve) => {
            const open = indexedDB.open('riwaya');
            open.onsuccess = () => {
              // Records are keyed by id and content (`id/hash`); `article` is the plain id.
              const request = open.result.transaction('articles').objectStore('articles').getAll();
              request.onsuccess = () => resolve((request.result as Array<{ article?: string }>).find((r) => r.article === article) ?? null);
              request.onerror = () => resolve(null);
            };
            open.onerror = () => resolve(null);
          }),
        id,
      ),
    )
    .toMatchObject({ id: expect.stringMatching(new RegExp(`^${id}/[0-9a-f]{8}$`)), ...fields });
}

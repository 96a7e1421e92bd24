/**
 * A bundle, or some of its items, as a file to take away: a JSON Feed 1.1 with the `_riwaya` extension — the v1
 * bundle format itself (docs/bundle-format.md), so the CLI, the app and the import read it back, and any feed reader
 * lists its articles.
 *
 * A chosen subset keeps only what its items refer to: the entities they mention or quote, and the stories of the
 * items kept (each with only its kept items; a story left with none is dropped and its items' `story` cleared), so
 * the file passes the schema's cross-checks on its own.
 */
import { bundleJsonPieces } from './bundle-json.ts';
import type { Bundle, BundleItem } from './bundle-schema.ts';

export function exportFeed(bundle: Bundle, ids?: ReadonlySet<string>): Bundle {
  if (ids === undefined) return bundle;
  const picked = bundle.items.filter((item) => ids.has(item.id));
  const kept = new Set(picked.map((item) => item.id));
  const stories = bundle._riwaya.stories.map((s) => ({ ...s, item_ids: s.item_ids.filter((id) => kept.has(id)) })).filter((s) => s.item_ids.length > 0);
  const storyIds = new Set(stories.map((s) => s.id));
  const items: BundleItem[] = picked.map((item) =>
    item._riwaya.story !== null && !storyIds.has(item._riwaya.story) ? { ...item, _riwaya: { ...item._riwaya, story: null } } : item,
  );
  const named = new Set<string>();
  for (const item of items) {
    for (const m of item._riwaya.mentions) named.add(m.entity);
    for (const q of item._riwaya.quotes) if (q.speaker !== null) named.add(q.speaker);
  }
  return {
    ...bundle,
    items,
    _riwaya: { ...bundle._riwaya, entities: bundle._riwaya.entities.filter((e) => named.has(e.id)), stories },
  };
}

/** The file's text, as the CLI writes a bundle: its JSON and one line break (bundle-json.ts, write-bundle.ts). */
export function feedText(bundle: Bundle): string {
  let text = '';
  for (const piece of bundleJsonPieces(bundle)) text += piece;
  return `${text}\n`;
}

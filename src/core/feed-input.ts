/**
 * A JSON Feed file as input, for the CLI (`npm run bundle -- feed.json -o …`) and the app's import alike: a Riwaya v1
 * bundle (a JSON Feed 1.1 with `_riwaya`: what the CLI writes and the import exports) is read as it is; a plain JSON
 * Feed's items become articles to build (their content_text, with title, url and day of publication as a manifest
 * would give them). Codes and data only; each caller puts them in words.
 */
import { decodeArticleBytes } from './article-files.ts';
import type { SourceArticle } from './build-bundle.ts';
import { readBundle, RIWAYA_SCHEMA_VERSION, type Bundle } from './bundle-schema.ts';
import { manifestEntrySchema, type ManifestEntry } from './manifest.ts';

/** A feed holds every article: 10,000 articles make a bundle of about 40 MB. */
export const FEED_MAX_BYTES = 512 * 1024 * 1024;

export type FeedUnusable = 'empty' | 'too-large' | 'binary' | 'not-utf8' | 'not-json' | 'not-a-feed' | 'schema';

export type FeedReading =
  | {
      ok: true;
      /** The Riwaya bundle the file is, or null for a plain JSON Feed (whose items are in `sources`). */
      bundle: Bundle | null;
      sources: SourceArticle[];
      /** Items left out: the bundle reader's dropped items, or a plain feed's items without text. */
      droppedItems: { id: string; detail: string | null }[];
    }
  | { ok: false; why: FeedUnusable; detail: string | null };

const failure = (why: FeedUnusable, detail: string | null = null): FeedReading => ({ ok: false, why, detail });

export function readFeedBytes(bytes: Uint8Array, maxBytes: number = FEED_MAX_BYTES): FeedReading {
  const decoded = decodeArticleBytes(bytes, maxBytes);
  if (!('text' in decoded)) return failure(decoded.kind);
  let data: unknown;
  try {
    data = JSON.parse(decoded.text);
  } catch {
    return failure('not-json');
  }
  const record = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  const version = record?.['version'];
  if (record === null || typeof version !== 'string' || !version.startsWith('https://jsonfeed.org/version/1') || !Array.isArray(record['items'])) return failure('not-a-feed');
  if (!('_riwaya' in record)) {
    const droppedItems: { id: string; detail: string | null }[] = [];
    return { ok: true, bundle: null, sources: withUniqueFiles(feedSources(record['items'] as unknown[], droppedItems)), droppedItems };
  }
  const schema = (record['_riwaya'] as { schema?: unknown } | null)?.schema;
  if (schema !== RIWAYA_SCHEMA_VERSION) return failure('schema', `_riwaya.schema is ${JSON.stringify(schema) ?? 'missing'}; this program reads ${RIWAYA_SCHEMA_VERSION}`);
  const reading = readBundle(data);
  if (!reading.ok) return failure('schema', reading.problems.join('; '));
  return {
    ok: true,
    // Valid whole, the file's own data is the bundle: the schema's parse would put keys in its own order (a mention's
    // start and end before its entity), and a file read back must give its own bytes again.
    bundle: reading.dropped.length === 0 ? (data as Bundle) : reading.bundle,
    sources: [],
    droppedItems: reading.dropped.map((d) => ({ id: d.id ?? `#${d.position}`, detail: d.problems.join('; ') })),
  };
}

/** A plain JSON Feed's items as articles: the text is content_text, the title, url and day of publication the manifest's. */
function feedSources(items: unknown[], dropped: { id: string; detail: string | null }[]): SourceArticle[] {
  const sources: SourceArticle[] = [];
  items.forEach((raw, position) => {
    const item = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
    const id = typeof item['id'] === 'string' && item['id'].length > 0 ? item['id'] : `#${position}`;
    const text = item['content_text'];
    if (typeof text !== 'string' || !/\S/.test(text)) {
      dropped.push({ id, detail: 'no content_text' });
      return;
    }
    // An id can be a URL: the file name (and so the item's id, item-ids.ts) keeps letters, digits and . _ - only.
    const file = `${id.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'item'}.txt`;
    const manifest: ManifestEntry = { file };
    const title = manifestEntrySchema.shape.title.safeParse(item['title']);
    if (title.success && title.data) manifest.title = title.data;
    const url = manifestEntrySchema.shape.url.safeParse(item['url']);
    if (url.success && url.data) manifest.url = url.data;
    const day = typeof item['date_published'] === 'string' ? item['date_published'].slice(0, 10) : undefined;
    const published = manifestEntrySchema.shape.published.safeParse(day);
    if (published.success && published.data) manifest.published = published.data;
    sources.push({ file, text, manifest });
  });
  return sources;
}

/**
 * The articles with file names made unique (the name gives the item's id: build-bundle.ts itemIdsOf keys ids by it):
 * a later article whose name is taken — two feed items whose ids fold to one name (`a/b`, `a?b`), two exports that
 * share an article, an export's article beside a .txt of the same name — is renamed `<stem>-2.txt`, `-3`, … the first
 * free (names differing in case are different files, as item-ids.ts has them). A folder's names are unique already
 * and stay as they are.
 */
export function withUniqueFiles(articles: readonly SourceArticle[]): SourceArticle[] {
  const taken = new Set<string>();
  return articles.map((article) => {
    let file = article.file;
    const stem = file.replace(/\.txt$/i, '');
    for (let n = 2; taken.has(file); n++) file = `${stem}-${n}.txt`;
    taken.add(file);
    return file === article.file ? article : { ...article, file, manifest: article.manifest ? { ...article.manifest, file } : article.manifest };
  });
}

/** A Riwaya bundle's items as articles to build again with others: their cleaned text, title, outlet, date and url. */
export function bundleSources(bundle: Bundle): SourceArticle[] {
  return bundle.items.map((item) => ({
    file: item._riwaya.source_file,
    text: item.content_text,
    manifest: {
      file: item._riwaya.source_file,
      title: item.title,
      ...(item._riwaya.outlet ? { outlet: item._riwaya.outlet } : {}),
      ...(item._riwaya.published ? { published: item._riwaya.published.value } : {}),
      ...(item.url ? { url: item.url } : {}),
    },
  }));
}

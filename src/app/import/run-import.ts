/**
 * The import pipeline: files a reader brings (several .txt with an optional manifest.json, a JSON Feed 1.1 or a
 * Riwaya v1 bundle) or a pasted text, to a v1 bundle and a per-file report. The CLI's path exactly — core's decoding
 * (article-files.ts), ids for the whole collection (itemIdsOf), prepareArticle one article at a time, the collection
 * passes, the schema's last word — so the same folder gives the same bytes (run-import.test.ts).
 *
 * Pure and platform-neutral (no DOM, no worker API): import.worker.ts is a thin message shell over `runImport`, and
 * the tests run it in Node. The work is cut in slices of about SLICE_MS between which it yields to the event loop,
 * so that a cancel (or any message) is answered within a slice.
 */
import {
  articleFileNames,
  decodeArticleBytes,
  decodeManifestBytes,
  DEFAULT_MAX_BYTES,
  MANIFEST,
  MANIFEST_MAX_BYTES,
  unmatchedManifestEntries,
} from '../../core/article-files.ts';
import {
  byPreparedFile,
  byPreparedId,
  CollectionPasses,
  entityDocumentOf,
  finishBundle,
  itemIdsOf,
  prepareArticle,
  type BuildOptions,
  type PreparedArticle,
  type SourceArticle,
} from '../../core/build-bundle.ts';
import { bundleProblems, itemSchema, type Bundle, type Mention } from '../../core/bundle-schema.ts';
import { bundleSources, FEED_MAX_BYTES, readFeedBytes, withUniqueFiles } from '../../core/feed-input.ts';
import type { ManifestEntry, ManifestProblem } from '../../core/manifest.ts';
import type { NerModel } from '../../core/ner/model.ts';

/** A file as the browser hands it: its path relative to what was chosen (a folder's name first, for a folder). */
export interface ImportFile {
  path: string;
  bytes: Uint8Array;
  /** The file's whole size when `bytes` is only its start (the worker reads no more than a limit needs: bytesWanted). */
  size?: number;
}

export type ImportInput =
  /** `unreadable`: files the browser could not read (moved or deleted since they were chosen), by path. */
  | { kind: 'files'; files: ImportFile[]; unreadable?: string[] }
  | { kind: 'text'; title: string; text: string };

/** Why a file (or a manifest entry, or a feed's item) was not imported: a code, and the numbers behind it. */
export type ImportSkipKind =
  | 'empty'
  | 'too-large'
  | 'binary'
  | 'not-utf8'
  | 'in-subfolder'
  | 'not-article'
  | 'unreadable'
  | 'manifest-unusable'
  | 'manifest-entry'
  | 'feed-unusable'
  | 'feed-item'
  | 'prepare-failed'
  | 'refused-by-schema';

export interface ImportSkip {
  file: string;
  kind: ImportSkipKind;
  /** For the report's words: bytes and limit (too-large), offset (binary), entry (manifest-entry), id (feed-item). */
  values?: Record<string, string | number>;
  /** Details in English from the checks that give them (the JSON parser's position, the schema's paths). */
  detail?: string;
}

export interface ImportReport {
  /** Every article in the bundle: the file it came from and its id. */
  kept: { file: string; id: string }[];
  skipped: ImportSkip[];
  /** Manifest entries that name no file chosen. */
  unmatchedManifestEntries: string[];
}

export type ImportStage = 'reading' | 'preparing' | 'linking';

export interface ImportProgress {
  stage: ImportStage;
  done: number;
  total: number;
  /** The file being worked on, when there is one. */
  file: string | null;
}

export interface ImportOptions {
  /** Loaded once the input holds an article to prepare (a bundle imported as it is needs none). */
  loadModel: () => Promise<NerModel>;
  onProgress?: (progress: ImportProgress) => void;
  isCancelled?: () => boolean;
  maxBytes?: number;
  /** Milliseconds of work between two yields to the event loop. */
  sliceMs?: number;
}

export interface ImportResult {
  bundle: Bundle;
  report: ImportReport;
}

export class ImportCancelled extends Error {
  constructor() {
    super('import cancelled');
  }
}

export class ImportEmpty extends Error {
  constructor(readonly report: ImportReport) {
    super('no usable article');
  }
}

/** A pasted text's file name: its id is "pasted" (item-ids.ts). */
export const PASTED_FILE = 'pasted.txt';
const SLICE_MS = 40;

/** A feed or a bundle: a .json file that is not the manifest. */
const isFeedName = (name: string) => name.toLowerCase().endsWith('.json') && name !== MANIFEST;

/**
 * The paths of a folder (webkitdirectory gives "folder/a.txt") without the folder's own name, so names are the
 * folder's as the CLI reads it; a path still holding a "/" is in a subfolder, which the CLI does not read either.
 */
export function relativeNames(paths: readonly string[]): string[] {
  const split = paths.map((p) => p.split('/').filter((part) => part.length > 0));
  const top = split[0]?.[0];
  const common = top !== undefined && split.every((parts) => parts.length > 1 && parts[0] === top);
  return split.map((parts) => (common ? parts.slice(1) : parts).join('/'));
}

class Slicer {
  private last = performance.now();

  constructor(
    private readonly options: ImportOptions,
    private readonly sliceMs = options.sliceMs ?? SLICE_MS,
  ) {}

  /** After a piece of work: yields when the slice is used up, reporting progress, and stops if cancelled. */
  async step(progress: ImportProgress, force = false): Promise<void> {
    if (!force && performance.now() - this.last < this.sliceMs) return;
    this.options.onProgress?.(progress);
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    if (this.options.isCancelled?.()) throw new ImportCancelled();
    this.last = performance.now();
  }
}

/** A feed or bundle file read (core/feed-input.ts): its articles as sources, or the bundle itself when it is a Riwaya one. */
function readFeed(file: string, bytes: Uint8Array, skipped: ImportSkip[]): { bundle: Bundle | null; sources: SourceArticle[] } {
  const reading = readFeedBytes(bytes);
  if (!reading.ok) {
    skipped.push({ file, kind: reading.why === 'empty' ? 'empty' : 'feed-unusable', values: { why: reading.why }, ...(reading.detail ? { detail: reading.detail } : {}) });
    return { bundle: null, sources: [] };
  }
  for (const d of reading.droppedItems) skipped.push({ file, kind: 'feed-item', values: { id: d.id }, ...(d.detail ? { detail: d.detail } : {}) });
  return { bundle: reading.bundle, sources: reading.sources };
}

function manifestEntrySkip(problem: ManifestProblem): ImportSkip {
  const values: Record<string, string | number> = { entry: problem.entry };
  if (problem.kind === 'bad-field') values['field'] = problem.field;
  if (problem.kind === 'duplicate') values['previous'] = problem.previous;
  if (problem.kind !== 'no-file') values['name'] = problem.file;
  return { file: MANIFEST, kind: 'manifest-entry', values: { ...values, problem: problem.kind } };
}

/**
 * How many bytes of each chosen file the import reads (same order as `paths`): none of a file it does not read (in a
 * subfolder, not an article, manifest or feed), and one more than each kind's limit of the others, which is enough to
 * say "too large" — so a folder of photos, or one huge file, is never read whole into the worker's memory.
 */
export function bytesWanted(paths: readonly string[], maxBytes: number = DEFAULT_MAX_BYTES): number[] {
  return relativeNames(paths).map((name) => {
    if (name.includes('/')) return 0;
    if (name === MANIFEST) return MANIFEST_MAX_BYTES + 1;
    if (isFeedName(name)) return FEED_MAX_BYTES + 1;
    return name.toLowerCase().endsWith('.txt') ? maxBytes + 1 : 0;
  });
}

/** The files chosen, read as the CLI reads a folder; feeds beside them. */
async function readFiles(files: ImportFile[], maxBytes: number, skipped: ImportSkip[], slicer: Slicer) {
  const names = relativeNames(files.map((f) => f.path));
  const byName = new Map<string, Uint8Array>();
  const sizeOf = new Map<string, number>();
  for (const [i, name] of names.entries()) {
    if (name.includes('/')) skipped.push({ file: name, kind: 'in-subfolder' });
    else if (name === MANIFEST || isFeedName(name) || name.toLowerCase().endsWith('.txt')) {
      byName.set(name, files[i]!.bytes);
      sizeOf.set(name, files[i]!.size ?? files[i]!.bytes.length);
    }
    else skipped.push({ file: name, kind: 'not-article' });
  }
  let manifest = new Map<string, ManifestEntry>();
  const manifestBytes = byName.get(MANIFEST);
  if (manifestBytes !== undefined) {
    const reading = manifestBytes.length > MANIFEST_MAX_BYTES ? ({ ok: false, kind: 'too-large' } as const) : decodeManifestBytes(manifestBytes);
    if (reading.ok) {
      manifest = reading.entries;
      for (const problem of reading.problems) skipped.push(manifestEntrySkip(problem));
    } else skipped.push({ file: MANIFEST, kind: 'manifest-unusable', values: { why: reading.kind }, ...(reading.kind === 'unusable' ? { detail: reading.reason } : {}) });
  }
  const textNames = articleFileNames([...byName.keys()]);
  const articles: SourceArticle[] = [];
  for (const [index, file] of textNames.entries()) {
    const decoded = decodeArticleBytes(byName.get(file)!, maxBytes);
    // Too large: its whole size, not the part read.
    if ('kind' in decoded && decoded.kind === 'too-large') decoded.bytes = sizeOf.get(file)!;
    if ('text' in decoded) articles.push({ file, text: decoded.text, manifest: manifest.get(file) });
    else {
      const { kind, ...values } = decoded;
      skipped.push({ file, kind, values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'boolean' ? String(v) : v])) });
    }
    await slicer.step({ stage: 'reading', done: index + 1, total: textNames.length, file });
  }
  const feeds = [...byName.keys()].filter(isFeedName).sort();
  const bundles: Bundle[] = [];
  for (const file of feeds) {
    const feed = readFeed(file, byName.get(file)!, skipped);
    if (feed.bundle) bundles.push(feed.bundle);
    for (const source of feed.sources) articles.push(source);
  }
  return { articles, bundles, unmatched: unmatchedManifestEntries(manifest, textNames) };
}

/** assembleBundle (build-bundle.ts) in the same steps, in slices. */
async function assembleInSlices(prepared: PreparedArticle[], options: BuildOptions, slicer: Slicer): Promise<Bundle> {
  const drafts = [...prepared].sort(byPreparedFile).map((p) => ({ p, doc: entityDocumentOf(p) }));
  const passes = new CollectionPasses(options, true);
  const total = drafts.length * 3;
  let done = 0;
  const step = (file: string) => slicer.step({ stage: 'linking', done: ++done, total, file });
  for (const { p, doc } of drafts) {
    passes.observe(doc);
    await step(p.file);
  }
  for (const { p, doc } of drafts) {
    passes.accept(doc);
    await step(p.file);
  }
  const mentions = new Map<string, Mention[]>();
  for (const { p, doc } of [...drafts].sort((a, b) => byPreparedId(a.p, b.p))) {
    mentions.set(p.id, passes.mentionsOf(p, doc));
    await step(p.file);
  }
  return finishBundle(passes, drafts.map(({ p }) => p), mentions, options);
}

/** The CLI's format 1 build (src/cli/bundle.ts): an article that fails to prepare, or that the schema refuses, costs only its file. */
async function build(sources: SourceArticle[], options: BuildOptions, skipped: ImportSkip[], slicer: Slicer): Promise<{ bundle: Bundle; articles: SourceArticle[] }> {
  const once = async (list: SourceArticle[]) => {
    const ids = itemIdsOf(list);
    const prepared: PreparedArticle[] = [];
    for (const [index, article] of list.entries()) {
      try {
        prepared.push(prepareArticle(article, options.model, ids.get(article.file)));
      } catch (error) {
        skipped.push({ file: article.file, kind: 'prepare-failed', detail: (error as Error).message });
      }
      await slicer.step({ stage: 'preparing', done: index + 1, total: list.length, file: article.file });
    }
    return assembleInSlices(prepared, options, slicer);
  };
  let articles = sources;
  let bundle = await once(articles);
  const failed = new Set(skipped.filter((s) => s.kind === 'prepare-failed').map((s) => s.file));
  if (failed.size > 0) articles = articles.filter((a) => !failed.has(a.file));
  if (bundleProblems(bundle).length > 0) {
    const refused = new Set<string>();
    for (const item of bundle.items) {
      const parsed = itemSchema.safeParse(item);
      if (parsed.success) continue;
      refused.add(item._riwaya.source_file);
      skipped.push({ file: item._riwaya.source_file, kind: 'refused-by-schema', detail: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
    }
    if (refused.size > 0) {
      articles = articles.filter((a) => !refused.has(a.file));
      bundle = await once(articles);
    }
    // As the CLI: a bundle that still fails its checks is never handed out (nor offered for download).
    const problems = bundleProblems(bundle);
    if (problems.length > 0) throw new Error(`the imported articles do not make a valid bundle: ${problems.slice(0, 3).join('; ')}`);
  }
  return { bundle, articles };
}

const keptOf = (bundle: Bundle) => bundle.items.map((item) => ({ file: item._riwaya.source_file, id: item.id }));

export async function runImport(input: ImportInput, options: ImportOptions): Promise<ImportResult> {
  const slicer = new Slicer(options);
  const skipped: ImportSkip[] = [];
  const files: ImportFile[] =
    input.kind === 'files'
      ? input.files
      : [
          { path: PASTED_FILE, bytes: new TextEncoder().encode(input.text) },
          ...(input.title.trim() ? [{ path: MANIFEST, bytes: new TextEncoder().encode(JSON.stringify([{ file: PASTED_FILE, title: input.title.trim() }])) }] : []),
        ];
  if (input.kind === 'files') for (const path of input.unreadable ?? []) skipped.push({ file: path, kind: 'unreadable' });
  const { articles, bundles, unmatched } = await readFiles(files, options.maxBytes ?? DEFAULT_MAX_BYTES, skipped, slicer);
  // One Riwaya bundle alone (an export read back) is imported as it is: nothing in it is built again.
  if (bundles.length === 1 && articles.length === 0) {
    const bundle = bundles[0]!;
    return { bundle, report: { kept: keptOf(bundle), skipped, unmatchedManifestEntries: unmatched } };
  }
  const sources = withUniqueFiles([...articles, ...bundles.flatMap(bundleSources)]);
  if (sources.length === 0) throw new ImportEmpty({ kept: [], skipped, unmatchedManifestEntries: unmatched });
  await slicer.step({ stage: 'preparing', done: 0, total: sources.length, file: null }, true);
  const model = await options.loadModel();
  if (options.isCancelled?.()) throw new ImportCancelled();
  const { bundle } = await build(sources, { model }, skipped, slicer);
  if (bundle.items.length === 0) throw new ImportEmpty({ kept: [], skipped, unmatchedManifestEntries: unmatched });
  return { bundle, report: { kept: keptOf(bundle), skipped, unmatchedManifestEntries: unmatched } };
}

/** What the import page lists of an imported article: its title and its people (by their names), in the text's order. */
export interface ImportedArticle {
  id: string;
  title: string;
  outlet: string | null;
  people: string[];
}

export function importedArticles(bundle: Bundle): ImportedArticle[] {
  const persons = new Map(bundle._riwaya.entities.filter((e) => e.type === 'person').map((e) => [e.id, e.name]));
  return bundle.items.map((item) => {
    const people = new Set<string>();
    for (const m of item._riwaya.mentions) {
      const name = persons.get(m.entity);
      if (name !== undefined) people.add(name);
    }
    return { id: item.id, title: item.title, outlet: item._riwaya.outlet, people: [...people] };
  });
}

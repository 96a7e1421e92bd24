/**
 * `npm run bench:app [-- --sizes 10000,100000] [--runs 3] [--no-build] [--seed S] [--bundles DIR] [--corpus wide]`: the production app in real
 * Chromium on synthetic collections of 10,000 and 100,000 articles (the corpus of `npm run bench`, bundled by the
 * CLI as `npm run bundle` would), and on the 68 articles of content/articles bundled the same way as the reference
 * measured in the same run. Prints, as the median of R runs (each a fresh browser context, no service worker, no
 * HTTP cache), for each collection:
 *
 *   first row      navigation start → the first article row of the collection on screen (the app's data path:
 *                  every page is served the empty shell, so no prerendered row counts; a v2 entry's first rows,
 *                  shown while its index comes, count)
 *   list ready     navigation start → the whole list answering: its count shown, the filters usable (the index read)
 *   heap           JS heap used by the main thread after load (CDP, after a collection), and the page's whole memory
 *                  with its workers (measureUserAgentSpecificMemory)
 *   DOM nodes      elements in the home page's document
 *   person filter  the person with the most articles applied as a link would (history + popstate) → the list
 *                  shows the filtered count
 *   search common  a frequent word (the lowest-ranked of the collection's most used search terms) → results shown
 *   search rare    a word only a few articles use → results shown
 *   article        an article opened from home as a link would → its text on screen
 *   of it, round trip  for the filter and the searches: the round trip to the data worker within the figure (the
 *                  data client's User Timing measure), so that the rest is seen to be the page's own (route, rows drawn)
 *
 * and each figure's ratio to the 68-article reference (issue 13: at 10k each at most 1.3×; at 100k first row
 * ≤ 1.5 s, filter ≤ 100 ms, search ≤ 50 ms, article ≤ 300 ms, heap ≤ 300 MB, home DOM ≤ 1,500 nodes).
 * --bundles DIR keeps each collection's bundle (bundle.json and v2/) in DIR/<size>-seed<S>/ and reuses it on the next run with
 * the same DIR (the CLI takes minutes at 100,000): only the app is measured again. Delete DIR when the CLI changes.
 * --corpus wide measures collections whose names and words grow with their size (scripts/wide-corpus.ts) instead of
 * the 68 articles' paragraphs re-drawn; they are kept as DIR/<size>-wide-seed<S>/.
 * A benchmark, not a test: it prints and asserts nothing. 4× CPU throttling is off; the machine has 2 cores.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from '@playwright/test';
import { isStopword } from '../src/core/arabic/index.ts';
import type { Bundle } from '../src/core/bundle-schema.ts';
import { QUERY_MEASURE } from '../src/app/bundle/data-client.ts';
import { entryV2Schema, indexV2Schema, searchShardV2Schema } from '../src/core/bundle-v2/format.ts';
import { postingsTerms } from '../src/core/bundle-v2/search.ts';
import { searchTerm, tokenize } from '../src/core/search/terms.ts';
import { CORPUS_KINDS, writeBenchCorpus, type CorpusKind } from './bench.ts';
import { CHROMIUM_EXECUTABLE, WITHOUT_ADDRESS_BAR_POPUP } from './chromium.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    'no-build': { type: 'boolean', default: false },
    bundles: { type: 'string' },
    timeout: { type: 'string', default: '120000' },
    corpus: { type: 'string', default: 'paragraphs' },
  },
});
const SIZES = values.sizes.split(',').map(Number);
const RUNS = Number(values.runs);
const SEED = Number(values.seed);
const TIMEOUT = Number(values.timeout);
const KIND = values.corpus as CorpusKind;
if (!CORPUS_KINDS.includes(KIND)) throw new Error(`--corpus takes ${CORPUS_KINDS.join(' or ')}`);
const TARGETS_100K = { firstRow: 1500, filter: 100, search: 50, article: 300, heapMiB: 300, domNodes: 1500 };

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.woff2': 'font/woff2', '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json' };

/** Serves a site folder; every page address gets shell.html (the app with an empty page), so rows come from the data path. */
async function serve(root: string): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = extname(path) && extname(path) !== '.html' ? join(root, path) : join(root, 'shell.html');
    try {
      const body = readFileSync(file);
      response.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
        // Cross-origin isolated, so that the page may measure its own memory (workers included); the app loads
        // nothing from another origin, so it runs the same.
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Embedder-Policy': 'require-corp',
      });
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, server };
}

interface Collection {
  name: string;
  articles: number;
  site: string;
  format: 1 | 2;
  person: { id: string; name: string; articles: number } | null;
  common: { word: string; articles: number } | null;
  rare: { word: string; articles: number } | null;
  article: string;
}

const cliKnowsV2 = () => execFileSync('npx', ['tsx', 'src/cli/bundle.ts', '--help'], { encoding: 'utf8' }).includes('--format');

/** The bundle files a site gets from the CLI: the entry and (format 2) its folder. */
const BUNDLE_FILES = ['bundle.json', 'v2'];

/** A copy of dist/ with the bundle kept in `kept` (--bundles), or null when there is none. */
function keptSite(name: string, kept: string | null): string | null {
  if (kept === null || !existsSync(join(kept, 'bundle.json'))) return null;
  const site = mkdtempSync(join(tmpdir(), `riwaya-bench-app-${name}-`));
  cpSync('dist', site, { recursive: true });
  rmSync(join(site, 'v2'), { recursive: true, force: true });
  for (const file of BUNDLE_FILES) if (existsSync(join(kept, file))) cpSync(join(kept, file), join(site, file), { recursive: true });
  console.log(`  ${name}: bundle reused from ${kept}`);
  return site;
}

/** The CLI's bundle of `folder` written into a copy of dist/ (v2 when the CLI can write it), and kept (--bundles). */
function siteFor(name: string, folder: string, v2: boolean, kept: string | null): string {
  const site = mkdtempSync(join(tmpdir(), `riwaya-bench-app-${name}-`));
  cpSync('dist', site, { recursive: true });
  rmSync(join(site, 'bundle.json'), { force: true });
  const args = ['tsx', 'src/cli/bundle.ts', folder, '-o', join(site, 'bundle.json'), '--quiet', ...(v2 ? ['--format', '2'] : [])];
  const started = performance.now();
  try {
    execFileSync('npx', args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=8192' } });
  } catch (error) {
    // Exit status 2: written, some files skipped (reported above).
    if ((error as { status?: number }).status !== 2) throw error;
  }
  console.log(`  ${name}: bundled in ${((performance.now() - started) / 1000).toFixed(1)} s (format ${v2 ? 2 : 1}, bundle.json ${(statSync(join(site, 'bundle.json')).size / 1024).toFixed(0)} KiB)`);
  if (kept !== null) {
    rmSync(kept, { recursive: true, force: true });
    for (const file of BUNDLE_FILES) if (existsSync(join(site, file))) cpSync(join(site, file), join(kept, file), { recursive: true });
  }
  return site;
}

/** The person in the most articles, a frequent and a rare search word, and an article: from the bundle's own files. */
function describe(name: string, site: string): Collection {
  const entry = JSON.parse(readFileSync(join(site, 'bundle.json'), 'utf8')) as unknown;
  const v2 = entryV2Schema.safeParse(entry);
  const byTerm = new Map<string, number>();
  let person: Collection['person'] = null;
  let articles: number;
  let article: string;
  if (v2.success) {
    const index = indexV2Schema.parse(JSON.parse(readFileSync(join(site, v2.data._riwaya.index), 'utf8')));
    articles = index.items.id.length;
    article = index.items.id[Math.floor(articles / 2)]!;
    const counts = new Map<number, number>();
    for (const list of index.items.entities) for (const e of list) if (index.entities[e]!.type === 'person') counts.set(e, (counts.get(e) ?? 0) + 1);
    const [best, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [-1, 0];
    if (best >= 0) person = { id: index.entities[best]!.id, name: index.entities[best]!.name, articles: n };
    for (const file of index.search.files) {
      const terms = postingsTerms(searchShardV2Schema.parse(JSON.parse(readFileSync(join(site, file), 'utf8'))));
      for (const [term, postings] of Object.entries(terms)) byTerm.set(term, postings.length / 2);
    }
  } else {
    const bundle = entry as Bundle;
    articles = bundle.items.length;
    const sorted = [...bundle.items].sort((a, b) => a.id.localeCompare(b.id));
    article = sorted[Math.floor(articles / 2)]!.id;
    const counts = new Map<string, Set<string>>();
    for (const item of bundle.items) {
      for (const m of item._riwaya.mentions) counts.set(m.entity, (counts.get(m.entity) ?? new Set()).add(item.id));
      for (const term of new Set(tokenize(`${item.title}\n${item.content_text}`).map(searchTerm))) if (term) byTerm.set(term, (byTerm.get(term) ?? 0) + 1);
    }
    const persons = bundle._riwaya.entities.filter((e) => e.type === 'person').map((e) => [e, counts.get(e.id)?.size ?? 0] as const);
    const [best, n] = persons.sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
    if (best) person = { id: best.id, name: best.name, articles: n };
  }
  // Words of five letters or more that are no function word: "common" is used by many articles, "rare" by the fewest.
  const words = [...byTerm].filter(([term]) => term.length >= 5 && !isStopword(term) && /^\p{Script=Arabic}+$/u.test(term)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const common = words[Math.min(20, words.length - 1)];
  const rare = words.at(-1);
  return {
    name,
    articles,
    site,
    format: v2.success ? 2 : 1,
    person,
    common: common ? { word: common[0], articles: common[1] } : null,
    rare: rare ? { word: rare[0], articles: rare[1] } : null,
    article,
  };
}

/**
 * The page's whole memory — its JS heaps, the workers' included, and the DOM — by the browser's own measurement
 * (performance.measureUserAgentSpecificMemory: needs a cross-origin isolated page, which the bench's server makes
 * with COOP/COEP; it answers at the next garbage collection, so it can take seconds). null when it does not answer.
 */
async function pageMemoryMiB(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const measure = (performance as unknown as { measureUserAgentSpecificMemory?: () => Promise<{ bytes: number }> }).measureUserAgentSpecificMemory;
        if (!crossOriginIsolated || !measure) return resolve(NaN);
        setTimeout(() => resolve(NaN), 30_000);
        measure.call(performance).then((m) => resolve(m.bytes / 1024 / 1024), () => resolve(NaN));
      }),
  );
}

/** Runs `action` in the page and resolves with the milliseconds until `done()` holds after it, at the next frame. */
async function timeInPage(page: Page, action: string, done: string): Promise<number> {
  return page.evaluate(
    ({ action, done, timeout }) =>
      new Promise<number>((resolve, reject) => {
        const isDone = new Function(`return (${done})`) as () => boolean;
        const started = performance.now();
        const finish = () => requestAnimationFrame(() => resolve(performance.now() - started));
        const observer = new MutationObserver(() => {
          if (isDone()) {
            observer.disconnect();
            finish();
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
        setTimeout(() => {
          observer.disconnect();
          reject(new Error(`not done after ${timeout} ms: ${done}`));
        }, timeout);
        new Function(action)();
        if (isDone()) {
          observer.disconnect();
          finish();
        }
      }),
    { action, done, timeout: TIMEOUT },
  );
}

/** A navigation as a link or Back makes it inside the app (react-router follows popstate). */
const navigate = (path: string) => `history.pushState(null, '', ${JSON.stringify(path)}); dispatchEvent(new PopStateEvent('popstate'));`;
const rowCount = `document.querySelectorAll('[data-testid="article-row"]').length`;
const countText = `(document.querySelector('[data-testid="result-count"]')?.textContent ?? '')`;

type Figures = Record<'firstRow' | 'listReady' | 'heapMiB' | 'pageMiB' | 'domNodes' | 'filter' | 'filterRoundTrip' | 'searchCommon' | 'searchCommonRoundTrip' | 'searchRare' | 'searchRareRoundTrip' | 'article', number>;

/**
 * timeInPage, and the worker round trip within the action's wait: the data client's User Timing measure of the query (src/app/
 * bundle/data-client.ts QUERY_MEASURE), from the question leaving the page to its answer being handled there (so a
 * busy main thread adds to it); the rest of the figure is the page's own (the route, drawing the rows). NaN when the
 * action asked no new question.
 */
async function timeWithRoundTrip(page: Page, action: string, done: string): Promise<[number, number]> {
  await page.evaluate((name) => performance.clearMeasures(name), QUERY_MEASURE);
  const ms = await timeInPage(page, action, done);
  return [ms, await page.evaluate((name) => performance.getEntriesByName(name).at(-1)?.duration ?? NaN, QUERY_MEASURE)];
}

async function measure(browser: Browser, url: string, collection: Collection): Promise<Figures> {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
  // tsx compiles this file keeping function names through a helper, __name, that the page does not have.
  await context.addInitScript('globalThis.__name = (f) => f;');
  const page = await context.newPage();
  // The first row, seen by an observer installed before any script of the page runs.
  await page.addInitScript(() => {
    const w = window as unknown as { __firstRow?: number };
    new MutationObserver((_, observer) => {
      if (document.querySelector('[data-testid="article-row"]')) {
        w.__firstRow = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
    const ready = window as unknown as { __listReady?: number };
    new MutationObserver((_, observer) => {
      if (document.querySelector('[data-testid="result-count"]:not([aria-busy])') && document.querySelector('[data-testid="article-list"] [data-testid="article-row"]')) {
        ready.__listReady = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true, attributes: true });
  });
  const figures = {} as Figures;
  await page.goto(`${url}/`);
  await page.waitForFunction(() => (window as unknown as { __firstRow?: number }).__firstRow !== undefined, null, { timeout: TIMEOUT });
  figures.firstRow = await page.evaluate(() => (window as unknown as { __firstRow: number }).__firstRow);
  await page.waitForFunction(() => (window as unknown as { __listReady?: number }).__listReady !== undefined, null, { timeout: TIMEOUT });
  figures.listReady = await page.evaluate(() => (window as unknown as { __listReady: number }).__listReady);
  await page.waitForSelector('[data-app-ready]', { timeout: TIMEOUT }).catch(() => undefined);
  await page.waitForTimeout(500);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  figures.heapMiB = (await cdp.send('Runtime.getHeapUsage')).usedSize / 1024 / 1024;
  figures.pageMiB = await pageMemoryMiB(page);
  figures.domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);

  const before = await page.evaluate(countText);
  // The new count, not the "searching" line (while a search runs, the previous results may stay on screen).
  const changed = (was: unknown) => `${countText} !== ${JSON.stringify(was)} && ${rowCount} > 0 && !document.querySelector('[data-testid="result-count"][aria-busy]')`;
  const none: [number, number] = [NaN, NaN];
  [figures.filter, figures.filterRoundTrip] = collection.person ? await timeWithRoundTrip(page, navigate(`/?person=${encodeURIComponent(collection.person.id)}`), changed(before)) : none;
  const afterFilter = await page.evaluate(countText);
  [figures.searchCommon, figures.searchCommonRoundTrip] = collection.common ? await timeWithRoundTrip(page, navigate(`/?q=${encodeURIComponent(collection.common.word)}`), changed(afterFilter)) : none;
  const afterCommon = await page.evaluate(countText);
  [figures.searchRare, figures.searchRareRoundTrip] = collection.rare ? await timeWithRoundTrip(page, navigate(`/?q=${encodeURIComponent(collection.rare.word)}`), changed(afterCommon)) : none;
  // The article's own text (its first paragraph), not the "loading" line shown while its shard comes.
  figures.article = await timeInPage(page, navigate(`/article/${encodeURIComponent(collection.article)}`), `(document.querySelector('[data-testid="article-text"] p')?.textContent ?? '').length > 0`);
  await context.close();
  return figures;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

async function main(): Promise<void> {
  if (!values['no-build']) execFileSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (!existsSync('dist/shell.html')) throw new Error('dist/shell.html is missing: run npm run build');
  const v2 = cliKnowsV2();
  console.log(`bench:app — production build, Chromium ${process.env.CHROME_PATH ?? '/usr/bin/chromium'} (no address-bar popup: scripts/chromium.ts), ${RUNS} runs each, bundles by the CLI in format ${v2 ? 2 : 1}`);
  const keep = (name: string) => (values.bundles ? join(values.bundles, name) : null);
  const collections: Collection[] = [describe('68 articles (reference)', siteFor('reference', 'content/articles', v2, null))];
  for (const size of SIZES) {
    const name = String(size);
    const kept = KIND === 'paragraphs' ? `${name}-seed${SEED}` : `${name}-${KIND}-seed${SEED}`;
    let site = keptSite(name, keep(kept));
    if (site === null) {
      const corpus = mkdtempSync(join(tmpdir(), `riwaya-bench-app-corpus-${size}-`));
      await writeBenchCorpus(KIND, corpus, size, SEED);
      site = siteFor(name, corpus, v2, keep(kept));
      rmSync(corpus, { recursive: true, force: true });
    }
    collections.push(describe(`${size.toLocaleString('en')} articles${KIND === 'paragraphs' ? '' : ` (${KIND} corpus)`}`, site));
  }
  for (const c of collections) {
    console.log(`  ${c.name}: person "${c.person?.name}" (${c.person?.articles} articles), common word "${c.common?.word}" (${c.common?.articles}), rare word "${c.rare?.word}" (${c.rare?.articles}), article ${c.article}`);
  }

  const browser = await chromium.launch({ executablePath: CHROMIUM_EXECUTABLE, args: ['--no-sandbox', '--disable-gpu', '--js-flags=--expose-gc', WITHOUT_ADDRESS_BAR_POPUP] });
  const servers = await Promise.all(collections.map((c) => serve(c.site)));
  const results = new Map<Collection, Figures[]>(collections.map((c) => [c, []]));
  try {
    // Interleaved: run k of every collection before run k+1 of any, so the machine's noise falls on all alike.
    for (let run = 0; run < RUNS; run++) {
      for (const [k, collection] of collections.entries()) {
        try {
          results.get(collection)!.push(await measure(browser, servers[k]!.url, collection));
        } catch (error) {
          console.log(`  ${collection.name}, run ${run + 1}: failed — ${(error as Error).message.split('\n')[0]}`);
        }
      }
    }
  } finally {
    await browser.close();
    for (const { server } of servers) server.close();
  }

  const reference = results.get(collections[0]!)!;
  const keys: Array<[keyof Figures, string, string]> = [
    ['firstRow', 'first row', 'ms'],
    ['listReady', 'list ready', 'ms'],
    ['heapMiB', 'JS heap, main thread', 'MiB'],
    ['pageMiB', 'page memory, workers in', 'MiB'],
    ['domNodes', 'home DOM nodes', ''],
    ['filter', 'person filter', 'ms'],
    ['filterRoundTrip', '  of it, round trip', 'ms'],
    ['searchCommon', 'search, common word', 'ms'],
    ['searchCommonRoundTrip', '  of it, round trip', 'ms'],
    ['searchRare', 'search, rare word', 'ms'],
    ['searchRareRoundTrip', '  of it, round trip', 'ms'],
    ['article', 'open an article', 'ms'],
  ];
  for (const collection of collections) {
    const runs = results.get(collection)!;
    console.log(`\n${collection.name} (format ${collection.format}), ${runs.length} of ${RUNS} runs completed`);
    if (runs.length === 0) continue;
    for (const [key, label, unit] of keys) {
      const value = median(runs.map((r) => r[key]));
      const ref = reference.length > 0 ? median(reference.map((r) => r[key])) : NaN;
      const ratio = collection !== collections[0] && ref > 0 ? ` · ${(value / ref).toFixed(2)}× the reference` : '';
      const all = runs.map((r) => r[key].toFixed(0)).join(', ');
      console.log(`  ${label.padEnd(22)} ${value.toFixed(0).padStart(7)} ${unit.padEnd(3)} [${all}]${ratio}`);
    }
  }
  console.log(`\ntargets at 100k (issue 13): first row ≤ ${TARGETS_100K.firstRow} ms, filter ≤ ${TARGETS_100K.filter} ms, search ≤ ${TARGETS_100K.search} ms, article ≤ ${TARGETS_100K.article} ms, heap ≤ ${TARGETS_100K.heapMiB} MB, home DOM ≤ ${TARGETS_100K.domNodes} nodes; at 10k each ≤ 1.3× the reference`);
  for (const c of collections) rmSync(c.site, { recursive: true, force: true });
}

await main();

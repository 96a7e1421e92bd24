/**
 * `npm run bench:app [-- --sizes 10000,100000] [--runs 3] [--seed S]`: the app in real Chromium on large collections
 * (issue 13). For each size a synthetic corpus (scripts/bench.ts's generator) goes through the CLI's pipeline on
 * worker threads into a v1 bundle, which core's splitBundle turns into bundle v2's files; the production build
 * (`vite build`, once) is copied beside them and served statically. The 68 articles of content/articles, split the
 * same way, are the reference, measured in the same run.
 *
 * Per size, the median of R runs (a fresh browser context each) of: time to the first article row, the page's JS heap
 * after load (the main thread's; the data worker's heap is its own isolate and not included), a person filter applied
 * (the most frequent person, from the click to the filtered rows), a common-word and a rare-word search (from the
 * submit to the rows; words chosen from the postings: the term in most articles, and one in a single article),
 * opening an article (from the click on the first row to its text), and the home page's DOM node count.
 * A benchmark: it prints figures and asserts nothing. Chromium from CHROME_PATH (default /usr/bin/chromium).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { assembleBundle } from '../src/core/build-bundle.ts';
import type { Bundle } from '../src/core/bundle-schema.ts';
import { splitBundle, type V2File } from '../src/core/bundle-v2/split.ts';
import { readArticleFolder } from '../src/cli/read-articles.ts';
import { readNerModel } from '../src/cli/ner-model.ts';
import { PreparePool } from '../src/cli/prepare-pool.ts';
import { startStaticServer } from '../e2e/static-server.ts';
import { loadMaterial, writeCorpus } from './bench.ts';

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const STEP_TIMEOUT = 180_000;

interface Figures {
  firstRow: number;
  heapMB: number;
  filter: number;
  commonSearch: number;
  rareSearch: number;
  article: number;
  domNodes: number;
}

const median = (values: number[]) => {
  const finite = values.filter(Number.isFinite).sort((a, b) => a - b);
  return finite.length === 0 ? NaN : finite[Math.floor(finite.length / 2)]!;
};

async function syntheticBundle(count: number, seed: number): Promise<Bundle> {
  const dir = mkdtempSync(join(tmpdir(), 'riwaya-bench-app-'));
  try {
    await writeCorpus(dir, count, seed, await loadMaterial('content/articles'));
    const pool = new PreparePool({ threads: availableParallelism() });
    try {
      const folder = await readArticleFolder(dir);
      return assembleBundle(await pool.prepare(folder.articles), { model: readNerModel() });
    } finally {
      await pool.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The common and rare search words: the term in most articles, and one (4+ letters) in exactly one. */
function searchWords(files: V2File[]): { common: string; rare: string } {
  let common = '';
  let most = 0;
  let rare = '';
  for (const file of files.filter((f) => f.path.startsWith('v2/search/'))) {
    for (const [term, list] of Object.entries((JSON.parse(file.text) as { terms: Record<string, number[]> }).terms)) {
      if (list.length / 2 > most) {
        most = list.length / 2;
        common = term;
      }
      if (!rare && list.length === 2 && term.length >= 5 && /^[\u0621-\u064a]+$/.test(term)) rare = term;
    }
  }
  return { common, rare };
}

function writeSite(build: string, site: string, files: V2File[]): void {
  cpSync(build, site, { recursive: true });
  for (const file of files) {
    mkdirSync(dirname(join(site, file.path)), { recursive: true });
    writeFileSync(join(site, file.path), file.text);
  }
}

/** Milliseconds from the page's mark `t0` (set on a click or submit) to the first frame where `ready` holds. */
async function untilReady(page: Page, ready: string): Promise<number> {
  await page.waitForFunction(`(() => { if (window.__t1 === undefined && (${ready})) window.__t1 = performance.now(); return window.__t1 !== undefined; })()`, undefined, {
    polling: 'raf',
    timeout: STEP_TIMEOUT,
  });
  return page.evaluate(() => {
    const w = window as unknown as { __t0: number; __t1: number };
    const ms = w.__t1 - w.__t0;
    delete (w as { __t1?: number }).__t1;
    return ms;
  });
}

const markOnInput = (page: Page) =>
  page.evaluate(() => {
    const mark = () => ((window as unknown as { __t0: number }).__t0 = performance.now());
    document.addEventListener('click', mark, { capture: true });
    document.addEventListener('submit', mark, { capture: true });
  });

const ROWS_SHOWN = `document.querySelector('[data-testid=article-row]') !== null || document.querySelector('[data-testid=empty-results]') !== null`;

async function measure(browser: Browser, url: string, words: { common: string; rare: string }): Promise<Figures> {
  const context = await browser.newContext({ locale: 'ar' });
  const page = await context.newPage();
  const nan = (error: unknown) => {
    console.log(`    (a step failed: ${(error as Error).message.split('\n')[0]})`);
    return NaN;
  };
  try {
    await page.goto(`${url}/`, { waitUntil: 'commit' });
    const firstRow = await page
      .waitForSelector('[data-testid=article-row]', { timeout: STEP_TIMEOUT })
      .then(() => page.evaluate(() => performance.now()))
      .catch(nan);
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-app-ready'), undefined, { timeout: STEP_TIMEOUT }).catch(nan);
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    await markOnInput(page);

    // The most frequent person (the picker lists people by article count).
    let filter = NaN;
    try {
      await page.getByTestId('picker-person').locator('summary').click();
      const option = page.getByTestId('picker-person').getByRole('button').first();
      await option.waitFor({ timeout: STEP_TIMEOUT });
      await option.click();
      filter = await untilReady(page, `document.querySelector('[data-testid=active-filters]') !== null && (${ROWS_SHOWN})`);
    } catch (error) {
      filter = nan(error);
    }

    const search = async (word: string) => {
      try {
        await page.goto(`${url}/`, { waitUntil: 'commit' });
        await page.waitForFunction(() => document.documentElement.hasAttribute('data-app-ready'), undefined, { timeout: STEP_TIMEOUT });
        await markOnInput(page);
        await page.locator('[data-search-box]').fill(word);
        await page.locator('[data-search-box]').press('Enter');
        return await untilReady(page, `location.search.includes('q=') && (${ROWS_SHOWN})`);
      } catch (error) {
        return nan(error);
      }
    };
    const commonSearch = await search(words.common);
    const rareSearch = await search(words.rare);

    let article = NaN;
    try {
      await page.goto(`${url}/`, { waitUntil: 'commit' });
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-app-ready'), undefined, { timeout: STEP_TIMEOUT });
      await markOnInput(page);
      await page.getByTestId('article-row').first().locator('h2 a').click();
      article = await untilReady(page, `document.querySelector('[data-testid=article] .reading p') !== null`);
    } catch (error) {
      article = nan(error);
    }
    return { firstRow, heapMB: heap.usedSize / 1024 / 1024, filter, commonSearch, rareSearch, article, domNodes };
  } finally {
    await context.close();
  }
}

function print(label: string, runs: Figures[], extra: string): void {
  const m = (key: keyof Figures) => median(runs.map((r) => r[key]));
  const ms = (key: keyof Figures) => `${m(key).toFixed(0)} ms`;
  console.log(`${label}: ${extra}`);
  console.log(
    `  first row ${ms('firstRow')}, JS heap ${m('heapMB').toFixed(1)} MB (main thread), person filter ${ms('filter')}, common-word search ${ms('commonSearch')}, rare-word search ${ms('rareSearch')}, open article ${ms('article')}, home DOM ${m('domNodes').toFixed(0)} nodes (median of ${runs.length})`,
  );
}

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string', default: '10000,100000' },
      runs: { type: 'string', default: '3' },
      seed: { type: 'string', default: '20180306' },
    },
  });
  const sizes = values.sizes.split(',').filter(Boolean).map(Number);
  const runs = Number(values.runs);
  const seed = Number(values.seed);
  const work = mkdtempSync(join(tmpdir(), 'riwaya-bench-app-'));
  try {
    const build = join(work, 'build');
    execFileSync('npx', ['vite', 'build', '--outDir', build, '--emptyOutDir', '--logLevel', 'error'], { stdio: 'inherit' });
    const collections: Array<{ label: string; bundle: () => Promise<Bundle> }> = [
      { label: 'content/articles (reference)', bundle: async () => JSON.parse(readFileSync(join(build, 'bundle.json'), 'utf8')) as Bundle },
      ...sizes.map((size) => ({ label: `synthetic ${size.toLocaleString('en')}`, bundle: () => syntheticBundle(size, seed) })),
    ];
    const browser = await chromium.launch({ executablePath: CHROME, args: ['--no-sandbox'] });
    try {
      for (const { label, bundle } of collections) {
        const started = performance.now();
        const files = splitBundle(await bundle());
        const site = join(work, label.replace(/\W+/g, '-'));
        writeSite(build, site, files);
        const index = files.find((f) => f.path.startsWith('v2/index.'))!;
        const shards = files.filter((f) => f.path.startsWith('v2/shards/'));
        const biggestShard = Math.max(...shards.map((f) => statSync(join(site, f.path)).size));
        const words = searchWords(files);
        const indexBrotli = brotliCompressSync(Buffer.from(index.text)).length;
        console.log(`${label}: bundle built and split in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        const server = await startStaticServer(site, 0);
        try {
          const figures: Figures[] = [];
          for (let r = 0; r < runs; r++) figures.push(await measure(browser, server.url, words));
          print(
            label,
            figures,
            `index ${(index.text.length / 1024 / 1024).toFixed(2)} MB (${(indexBrotli / 1024 / 1024).toFixed(2)} MB brotli), ${shards.length} shards (largest ${(biggestShard / 1024).toFixed(1)} KB), searched «${words.common}» and «${words.rare}»`,
          );
        } finally {
          await server.close();
          rmSync(site, { recursive: true, force: true });
        }
      }
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return 0;
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  process.exitCode = await main(process.argv.slice(2));
}

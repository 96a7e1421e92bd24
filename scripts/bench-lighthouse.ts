/**
 * `npm run bench:lighthouse`: Lighthouse (mobile preset: simulated slow 4G and 4× CPU slowdown) on the production
 * build, served by the start command's server (`vite preview` with this project's config), three runs each of the
 * home page, one article and a static reference page — the same article as plain HTML with one stylesheet and the
 * same self-hosted Noto Naskh Arabic, no script — interleaved so that the machine's noise falls on all three alike.
 * Prints each page's median and runs, and the article's LCP against the reference's.
 *
 *   npm run bench:lighthouse [-- --runs 3] [-- --article <id>] [-- --no-build]
 *
 * Chromium from CHROME_PATH (default /usr/bin/chromium), headless, no sandbox, a fresh profile for every run.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { preview } from 'vite';
import type { Bundle, BundleItem } from '../src/core/bundle-schema.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    article: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    port: { type: 'string', default: '4190' },
  },
});
const RUNS = Number(values.runs);
const PORT = Number(values.port);
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

if (!values['no-build']) execFileSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });

const bundle = JSON.parse(readFileSync('dist/bundle.json', 'utf8')) as Bundle;
const newestFirst = [...bundle.items].sort((a, b) => (b._riwaya.published?.value ?? '').localeCompare(a._riwaya.published?.value ?? '') || a.id.localeCompare(b.id));
const article: BundleItem | undefined = values.article ? bundle.items.find((item) => item.id === values.article) : newestFirst[0];
if (!article) throw new Error(`no article ${values.article}`);

// The site as built, plus the reference page beside it, served by the same server.
const site = mkdtempSync(join(tmpdir(), 'riwaya-lighthouse-'));
cpSync('dist', site, { recursive: true });
const fonts = readdirSync(join(site, 'assets')).filter((name) => /noto-naskh-arabic-arabic-(400|700)-normal-[\w-]+\.woff2$/.test(name)).sort();
// The weights the app ships (the same files, the same faces).
if (fonts.length === 0) throw new Error('the build has no Noto Naskh woff2 font');
mkdirSync(join(site, 'reference'));
writeFileSync(
  join(site, 'reference', 'reference.css'),
  `${fonts
    .map((font) => `@font-face { font-family: 'Noto Naskh Arabic'; font-style: normal; font-display: swap; font-weight: ${font.includes('-700-') ? 700 : 400}; src: url('/assets/${font}') format('woff2'); }`)
    .join('\n')}
html { font-family: 'Noto Naskh Arabic', serif; background: #fbfaf7; color: #1c1b19; }
body { margin: 0; padding: 1.5rem 1rem; }
article { max-width: 70ch; margin: 0 auto; }
h1 { font-size: 1.875rem; line-height: 1.375; margin: 0 0 1.5rem; }
p { font-size: 1.175rem; line-height: 1.8; margin: 0 0 1rem; }
`,
);
// React writes the page (every text escaped), as the app's prerendering does.
const paragraphs = article.content_text.split(/\n+/).filter((line) => line.trim() !== '');
const reference = renderToStaticMarkup(
  h('html', { lang: 'ar', dir: 'rtl' },
    h('head', null,
      h('meta', { charSet: 'UTF-8' }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1.0' }),
      h('title', null, article.title),
      h('link', { rel: 'stylesheet', href: '/reference/reference.css' })),
    h('body', null, h('main', null, h('article', null, h('h1', null, article.title), ...paragraphs.map((text, i) => h('p', { key: i }, text)))))),
);
writeFileSync(join(site, 'reference', 'article.html'), `<!doctype html>\n${reference}\n`);

const server = await preview({ configFile: resolve('vite.config.ts'), logLevel: 'error', build: { outDir: site }, preview: { port: PORT, strictPort: true, host: '127.0.0.1' } });
const origin = `http://127.0.0.1:${PORT}`;
const pages = [
  { name: 'home', url: `${origin}/` },
  { name: 'article', url: `${origin}/article/${encodeURIComponent(article.id)}` },
  { name: 'reference', url: `${origin}/reference/article.html` },
] as const;

interface Run {
  score: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  si: number;
}
const runs = new Map<string, Run[]>(pages.map((page) => [page.name, []]));

async function measure(url: string): Promise<Run> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    if (!result) throw new Error(`no result for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    return {
      score: Math.round((lhr.categories.performance?.score ?? NaN) * 100),
      fcp: audit('first-contentful-paint'),
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      si: audit('speed-index'),
    };
  } finally {
    chrome.kill();
  }
}

try {
  for (let run = 1; run <= RUNS; run++) {
    for (const page of pages) {
      const result = await measure(page.url);
      runs.get(page.name)!.push(result);
      console.error(`run ${run}/${RUNS} ${page.name}: perf ${result.score}, LCP ${Math.round(result.lcp)} ms, TBT ${Math.round(result.tbt)} ms, CLS ${result.cls.toFixed(3)}`);
    }
  }
} finally {
  await server.close();
  rmSync(site, { recursive: true, force: true });
}

const median = (numbers: number[]) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const med = (name: string, key: keyof Run) => median(runs.get(name)!.map((run) => run[key]));
const ms = (value: number) => `${Math.round(value)}`;

const version = (JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')) as { version: string }).version;
console.log(`\nLighthouse ${version}, mobile preset, ${RUNS} runs per page, median (each run in brackets); article: ${article.id}`);
console.log(`${'page'.padEnd(10)} ${'perf'.padStart(5)} ${'FCP ms'.padStart(8)} ${'LCP ms'.padStart(8)} ${'TBT ms'.padStart(8)} ${'CLS'.padStart(7)} ${'SI ms'.padStart(8)}   runs (perf / LCP ms)`);
for (const { name } of pages) {
  const each = runs.get(name)!.map((run) => `${run.score}/${ms(run.lcp)}`).join(', ');
  console.log(
    `${name.padEnd(10)} ${String(med(name, 'score')).padStart(5)} ${ms(med(name, 'fcp')).padStart(8)} ${ms(med(name, 'lcp')).padStart(8)} ${ms(med(name, 'tbt')).padStart(8)} ${med(name, 'cls').toFixed(3).padStart(7)} ${ms(med(name, 'si')).padStart(8)}   [${each}]`,
  );
}
const ratio = med('article', 'lcp') / med('reference', 'lcp');
console.log(`article LCP / reference LCP: ${ratio.toFixed(2)} (target ≤ 1.30)`);
const checks = [
  ...(['home', 'article'] as const).flatMap((name) => [
    [`${name} perf ≥ 95`, med(name, 'score') >= 95],
    [`${name} CLS ≤ 0.02`, med(name, 'cls') <= 0.02],
    [`${name} TBT ≤ 100 ms`, med(name, 'tbt') <= 100],
  ] as const),
  ['article LCP ≤ 1.3 × reference', ratio <= 1.3],
] as const;
console.log(checks.map(([label, ok]) => `${ok ? '✓' : '✗'} ${label}`).join('\n'));

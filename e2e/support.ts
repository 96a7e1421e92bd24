/** Shared helpers for the e2e journeys: no assertions here. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { buildBundle, type SourceArticle } from '../src/core/build-bundle.ts';
import type { Bundle } from '../src/core/bundle-schema.ts';
import type { V2File } from '../src/core/bundle-v2/split.ts';
import { parseManifest } from '../src/core/manifest.ts';
import { listenLocally } from './static-server.ts';

/**
 * Opens `path` as a reader with these settings (language, light theme) sees it, at `viewport` when given: the
 * settings are stored before any script of the page runs, as the app keeps them.
 */
export async function openAs(page: Page, path: string, language: 'ar' | 'en', viewport?: { width: number; height: number }): Promise<void> {
  if (viewport) await page.setViewportSize(viewport);
  await page.addInitScript((settings) => localStorage.setItem('riwaya.settings', settings), JSON.stringify({ language, theme: 'light' }));
  await page.goto(path);
}

/**
 * Where a journey saves a screenshot: reports/screenshots/ on an ordinary run (so a test run leaves the checkout
 * clean), docs/screenshots/ — the images README shows — with RIWAYA_UPDATE_SCREENSHOTS=1 (npm run screenshots).
 */
export function screenshotPath(name: string): string {
  return `${process.env.RIWAYA_UPDATE_SCREENSHOTS === '1' ? 'docs' : 'reports'}/screenshots/${name}.png`;
}

/** The bundle the production build serves (made by `npm run build` from content/articles). */
export function servedBundle(): Bundle {
  return JSON.parse(readFileSync('dist/bundle.json', 'utf8')) as Bundle;
}

/** A bundle built by the real pipeline from a fixture folder of raw articles. */
export function bundleFromFixture(dir: string): Bundle {
  const folder = join('e2e/fixtures', dir);
  const manifest = parseManifest(readFileSync(join(folder, 'manifest.json'), 'utf8'));
  if (!manifest.ok) throw new Error(manifest.reason);
  const articles: SourceArticle[] = readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .map((file) => ({ file, text: readFileSync(join(folder, file), 'utf8'), manifest: manifest.entries.get(file) }));
  return buildBundle(articles);
}

/** Serve `body` instead of the real bundle for this page. */
export async function serveBundle(page: Page, body: string, status = 200, contentType = 'application/json'): Promise<void> {
  await page.route('**/bundle.json', (route) => route.fulfill({ status, contentType, body }));
}

/**
 * `body` as /bundle.json on an origin of its own that passes every other request to the production server at
 * `target` (the e2e webServer) and returns its answers as they come: the same prerendered pages, headers and policy.
 * Unlike serveBundle, no route is set, and Playwright turns the HTTP cache off for a page with a route (every load then
 * downloads and compiles the scripts again: 22 loads took 20-22 CPU-s with a route, 15 without, on 2026-12-06's two
 * cores). /bundle.json gets the server's own headers for it (asked with HEAD: its body is not wanted), without those
 * that described the server's body.
 */
export async function serveBundleBeside(target: string, body: string): Promise<{ url: string; close: () => Promise<void> }> {
  const upstream = new URL(target);
  const server: Server = createServer((incoming, answer) => {
    const path = incoming.url ?? '/';
    const replaced = new URL(path, 'http://x').pathname === '/bundle.json';
    const forward = httpRequest({ host: upstream.hostname, port: upstream.port, method: replaced ? 'HEAD' : incoming.method, path, headers: { ...incoming.headers, host: upstream.host } }, (response) => {
      const headers = { ...response.headers };
      if (replaced) {
        for (const name of ['content-length', 'content-encoding', 'etag', 'last-modified']) delete headers[name];
        answer.writeHead(200, headers);
        response.resume();
        answer.end(body);
        return;
      }
      answer.writeHead(response.statusCode ?? 502, headers);
      response.pipe(answer);
    });
    forward.on('error', () => {
      answer.writeHead(502);
      answer.end();
    });
    incoming.pipe(forward);
  });
  return { url: await listenLocally(server, 0), close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * A long archive made from the served bundle (issue 13): its articles copied under new ids until there are at least
 * `articles`, each copy with its own set of entities (the same names numbered), so the home list, the timeline and
 * the entity directory all grow with it. Stories stay the served ones (copies belong to none). Built in memory in a
 * moment, unlike a run of the pipeline on thousands of files, and valid by the same reader as any bundle.
 */
export function largeBundle(articles: number): Bundle {
  const served = servedBundle();
  const copies = Math.ceil(articles / served.items.length);
  const items: Bundle['items'] = [...served.items];
  const entities: Bundle['_riwaya']['entities'] = [...served._riwaya.entities];
  for (let copy = 1; copy < copies; copy++) {
    const entityId = (id: string) => `${id}~${copy}`;
    for (const entity of served._riwaya.entities) {
      entities.push({ ...entity, id: entityId(entity.id), name: `${entity.name} ${copy}`, aliases: entity.aliases.map((alias) => `${alias} ${copy}`) });
    }
    for (const item of served.items) {
      const riwaya = item._riwaya;
      items.push({
        ...item,
        id: `${item.id}~${copy}`,
        _riwaya: {
          ...riwaya,
          story: null,
          mentions: riwaya.mentions.map((m) => ({ ...m, entity: entityId(m.entity) })),
          quotes: riwaya.quotes.map((q) => ({ ...q, speaker: q.speaker === null ? null : entityId(q.speaker) })),
        },
      });
    }
  }
  return { ...served, items, _riwaya: { ...served._riwaya, entities } };
}

/**
 * A copy of the production build (dist/) in a temporary folder with a split bundle written over it — its entry as
 * `bundle.json`, its other files under `v2/` — as a host would serve a v2 deploy (serve `root` with
 * startStaticServer). `remove` deletes the folder.
 */
export function buildWithFiles(files: readonly V2File[]): { root: string; remove: () => void } {
  const work = mkdtempSync(join(tmpdir(), 'riwaya-v2-'));
  const root = join(work, 'site');
  cpSync('dist', root, { recursive: true });
  for (const file of files) {
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.text);
  }
  return { root, remove: () => rmSync(work, { recursive: true, force: true }) };
}

/** The paths under /v2/ a page requests (its data worker's requests included), in order, as they are made. */
export function v2Requests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/v2/')) seen.push(path);
  });
  return seen;
}

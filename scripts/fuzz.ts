/**
 * `npm run fuzz`: hostile article folders through the bundle CLI (issue 12).
 *
 * Writes the folders of src/fuzz/hostile-folders.ts (deterministic seed) under a temporary root, with a canary file
 * outside every folder, then runs the CLI over all of them three times (scripts/fuzz/run-cli.ts): twice alike, and
 * once under another time zone and locale. Asserts and counts, per folder and per file:
 * - no abort caused by single files (every folder holds good articles: exit 0 or 2, a bundle written),
 * - no crash (no exception out of the CLI) and no hang (no file over 10 s; the folder is stopped past its bound),
 * - no read outside the folder (no file opened outside it; the canary's marker in no output),
 * - nothing silently dropped (every *.txt entry is an item or named by a report line, each the way it should be; every
 *   manifest entry and field used or reported),
 * - no line lost (every non-blank line of a bundled file placed once per occurrence, as a whole line, in its item's
 *   headline, text or removed[]; no placed line that is not in the file),
 * - determinism (byte-identical bundles and reports across the runs, time zone and locale included).
 * Prints the counts. Then (unless --bundles 0) the hostile bundles of e2e/fuzz-bundles.spec.ts, --bundles of them,
 * through every route of the production build in Chromium. Exits 1 if any check fails.
 *
 *   npm run fuzz [-- --folders 60 --seed 12 --bundles 150]
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Bundle } from '../src/core/bundle-schema.ts';
import { unplacedLines } from '../src/core/lines.ts';
import { CANARY_MARKER, CANARY_TEXT, hostileFolders, type FolderEntry, type HostileFolder } from '../src/fuzz/hostile-folders.ts';

const { values } = parseArgs({
  options: { folders: { type: 'string', default: '60' }, seed: { type: 'string', default: '12' }, bundles: { type: 'string', default: '150' }, keep: { type: 'boolean', default: false } },
});
const FOLDERS = Number(values.folders);
const SEED = Number(values.seed);
/** No file may take longer than this. */
const FILE_BOUND_MS = 10_000;

const base = readdirSync('content/articles').filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join('content/articles', f), 'utf8'));
const folders = hostileFolders(SEED, FOLDERS, base);
const root = mkdtempSync(join(tmpdir(), 'riwaya-fuzz-'));
const canary = join(root, 'canary', 'canary.txt');
mkdirSync(join(root, 'canary'));
writeFileSync(canary, CANARY_TEXT);

function materialize(folder: HostileFolder): void {
  const dir = join(root, folder.name);
  mkdirSync(dir);
  for (const entry of folder.entries) {
    const path = typeof entry.name === 'string' ? join(dir, entry.name) : Buffer.concat([Buffer.from(`${dir}/`), entry.name]);
    if (entry.type === 'file') writeFileSync(path, entry.bytes);
    else if (entry.type === 'symlink') symlinkSync(entry.target === 'canary' ? canary : entry.target, path);
    else if (entry.type === 'dir') mkdirSync(path);
    else execFileSync('mkfifo', [path as string]);
  }
}
for (const folder of folders) materialize(folder);

interface FolderRun {
  folder: string;
  code: number;
  crash: string | null;
  out: string;
  err: string;
  ms: number;
  fileMs: Array<[string, number]>;
  assembleMs: number;
  outside: string[];
  openedInside: string[];
  realFolder: string;
}

/** Runs scripts/fuzz/run-cli.ts over every folder; a folder that passes its time bound stops the run (a hang). */
function runAll(label: string, env: NodeJS.ProcessEnv, timeFiles: boolean): Promise<{ runs: Map<string, FolderRun>; hung: string | null }> {
  const outDir = join(root, `out-${label}`);
  mkdirSync(outDir);
  const bound = new Map(folders.map((f) => [f.name, FILE_BOUND_MS * f.entries.length + 30_000]));
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/fuzz/run-cli.ts', root, outDir, ...folders.map((f) => f.name), ...(timeFiles ? ['--time-files'] : [])], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    const runs = new Map<string, FolderRun>();
    let hung: string | null = null;
    let timer: NodeJS.Timeout | undefined;
    let pending = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      let nl;
      while ((nl = pending.indexOf('\n')) !== -1) {
        const line = pending.slice(0, nl);
        pending = pending.slice(nl + 1);
        const message = JSON.parse(line) as FolderRun | { start: string };
        clearTimeout(timer);
        if ('start' in message) {
          const folder = message.start;
          timer = setTimeout(() => {
            hung = folder;
            child.kill('SIGKILL');
          }, bound.get(folder));
        } else runs.set(message.folder, message);
      }
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code !== 0 && hung === null) reject(new Error(`fuzz run ${label} exited with ${code}`));
      else resolveRun({ runs, hung });
    });
  });
}

const failures: string[] = [];
const fail = (what: string) => failures.push(what);
const started = performance.now();
// The three runs side by side (each is one process; the time bound per file, 10 s, is ~7× the slowest file even so).
// Another time zone (UTC+14) and locale (Turkish casing: I/ı) must change nothing.
const [a, b, c] = await Promise.all([
  runAll('a', {}, true),
  runAll('b', {}, false),
  runAll('c', { TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' }, false),
]);
for (const [label, run] of [['a', a], ['b', b], ['c', c]] as const) if (run.hung) fail(`hang: run ${label} stopped in ${run.hung} past its time bound`);

/** The entries of a manifest the fuzz wrote, when it is a JSON array (else none: the whole manifest is reported). */
function manifestEntries(bytes: Uint8Array): Array<Record<string, unknown> | null> {
  try {
    const parsed: unknown = JSON.parse(new TextDecoder('utf-8').decode(bytes));
    return Array.isArray(parsed) ? parsed.map((e: unknown) => (e !== null && typeof e === 'object' && !Array.isArray(e) ? (e as Record<string, unknown>) : null)) : [];
  } catch {
    return [];
  }
}

const counts = { folders: 0, inputs: 0, hostile: 0, files: 0, kept: 0, skipped: 0, ignored: 0, manifests: 0, links: 0, pipes: 0, lines: 0, manifestFields: 0, manifestEntries: 0, aborts: 0, crashes: 0, hangs: 0, outsideReads: 0, silentDrops: 0, wrongFates: 0, linesLost: 0, nondeterministic: 0 };
counts.hangs = [a, b, c].filter((r) => r.hung).length;
const categories = new Map<string, number>();
let slowest: [string, number] = ['', 0];
let slowestAssemble: [string, number] = ['', 0];

/** The name of an entry as the CLI's report must show it (spelled out by the generator where it differs). */
const shown = (entry: FolderEntry): string => (entry.type === 'file' && entry.shown !== undefined ? entry.shown : (entry.name as string));

/** Whether the report names manifest entry `index`: a problem of its own, or a duplicate it is part of. */
const reportsEntry = (err: string, index: number): boolean =>
  new RegExp(`^skipped manifest\\.json: (entry ${index} |entries \\d+ and ${index} |entries ${index} and )`, 'm').test(err);

for (const folder of folders) {
  counts.folders++;
  const run = a.runs.get(folder.name);
  if (!run) continue;
  counts.inputs += folder.entries.length;
  for (const entry of folder.entries) {
    categories.set(entry.category, (categories.get(entry.category) ?? 0) + 1);
    // A good article is the control, not an input meant to break anything.
    if (entry.category !== 'good') counts.hostile++;
    if (entry.name === 'manifest.json') counts.manifests++;
    else if (entry.type === 'symlink') counts.links++;
    else if (entry.type === 'fifo') counts.pipes++;
    else counts.files++;
  }
  if (run.crash) {
    counts.crashes++;
    fail(`crash in ${folder.name}: ${run.crash.split('\n').slice(0, 3).join(' | ')}`);
    continue;
  }
  if (run.code !== 0 && run.code !== 2) {
    counts.aborts++;
    fail(`abort in ${folder.name}: exit ${run.code}: ${run.err.split('\n').slice(-3).join(' | ')}`);
    continue;
  }
  for (const path of run.outside) {
    counts.outsideReads++;
    fail(`read outside the folder in ${folder.name}: ${path}`);
  }
  // No file over the bound: each article prepared alone, the collection passes over the folder, the whole run.
  for (const [file, ms] of run.fileMs) {
    if (ms > slowest[1]) slowest = [`${folder.name}/${file}`, ms];
    if (ms > FILE_BOUND_MS) {
      counts.hangs++;
      fail(`slow file ${folder.name}/${file}: ${(ms / 1000).toFixed(1)} s`);
    }
  }
  if (run.assembleMs > slowestAssemble[1]) slowestAssemble = [folder.name, run.assembleMs];
  if (run.assembleMs > FILE_BOUND_MS || run.ms > FILE_BOUND_MS * folder.entries.length) {
    counts.hangs++;
    fail(`slow folder ${folder.name}: collection passes ${(run.assembleMs / 1000).toFixed(1)} s, whole run ${(run.ms / 1000).toFixed(1)} s`);
  }
  const output = join(root, 'out-a', `${folder.name}.json`);
  const text = readFileSync(output, 'utf8');
  if (text.includes(CANARY_MARKER) || run.err.includes(CANARY_MARKER) || /root:x:0:0/.test(text + run.err)) {
    counts.outsideReads++;
    fail(`${folder.name}: the output quotes a file outside the folder`);
  }
  const bundle = JSON.parse(text) as Bundle;
  const items = new Map(bundle.items.map((item) => [item._riwaya.source_file, item]));
  const reported = new Set(run.err.split('\n').flatMap((line) => (/^skipped (.*?): /s.exec(line)?.[1] ?? []) as string[]));
  const opened = new Set(run.openedInside);
  const manifestUnusable = /^skipped manifest\.json: (?!entr)/m.test(run.err);
  for (const entry of folder.entries) {
    if (entry.name === 'manifest.json') {
      // A manifest that can be read is used (its bad entries reported one by one); one that cannot is reported whole.
      if (manifestUnusable !== (entry.fate === 'skipped')) {
        counts.wrongFates++;
        fail(`${folder.name}: manifest.json (${entry.category}) ${manifestUnusable ? 'reported unusable' : 'used without a word'}, should be ${entry.fate === 'skipped' ? 'reported unusable' : 'used'}`);
      }
      continue;
    }
    const name = shown(entry);
    const item = typeof entry.name === 'string' ? items.get(entry.name) : undefined;
    const fate = item ? 'kept' : reported.has(name) ? 'skipped' : 'ignored';
    counts[fate]++;
    if (fate === 'ignored' && entry.fate !== 'ignored') {
      counts.silentDrops++;
      fail(`silent drop in ${folder.name}: ${name} (${entry.category}) is neither bundled nor reported`);
    } else if (fate !== entry.fate) {
      counts.wrongFates++;
      fail(`${folder.name}: ${name} (${entry.category}) was ${fate}, should be ${entry.fate}`);
    }
    if (item && entry.type === 'file') {
      // The recorder saw the file opened: a recorder that stopped seeing opens would also miss reads outside.
      if (!opened.has(join(run.realFolder, entry.name as string))) fail(`${folder.name}: ${name} is bundled but the read recorder never saw it opened`);
      const raw = new TextDecoder('utf-8').decode(entry.bytes);
      const { lost, extra } = unplacedLines(raw, item);
      counts.lines += raw.split(/\r\n|\n|\r/).filter((l) => l.trim()).length;
      if (lost.length > 0 || extra.length > 0) {
        counts.linesLost += lost.length;
        fail(`${folder.name}/${name} (${entry.category}): ${lost.length} line(s) lost, ${extra.length} line(s) that are not in the file; first: ${JSON.stringify((lost[0] ?? extra[0] ?? '').slice(0, 80))}`);
      }
    }
  }
  // Every manifest entry the CLI did not use is reported: each field not used, each entry without a file name, each
  // file named that is not in the folder.
  const manifest = folder.entries.find((e) => e.name === 'manifest.json' && e.type === 'file');
  const entries = manifest?.type === 'file' && manifest.fate === 'kept' ? manifestEntries(manifest.bytes) : [];
  entries.forEach((entry, index) => {
    counts.manifestEntries++;
    const file = entry?.file;
    if (entry === null || typeof file !== 'string' || file === '') {
      if (!reportsEntry(run.err, index)) {
        counts.silentDrops++;
        fail(`${folder.name}: manifest entry ${index} has no file name and is not reported`);
      }
      return;
    }
    const item = items.get(file);
    if (!item) {
      const inFolder = folder.entries.some((e) => e.name === file);
      if (!inFolder && !run.err.includes(`note: manifest.json names ${file}, which is not in`)) {
        counts.silentDrops++;
        fail(`${folder.name}: manifest entry ${index} names ${file}, not in the folder, and that is not said`);
      }
      return;
    }
    const used: Record<string, boolean> = {
      // The file's own headline is the title by design; a manifest title is used when the file has none.
      title: item.title === entry.title || item._riwaya.title_source === 'headline',
      outlet: item._riwaya.outlet === entry.outlet,
      url: item.url === entry.url,
      published: item._riwaya.published?.value === entry.published,
    };
    for (const field of ['title', 'outlet', 'url', 'published'] as const) {
      if (entry[field] === undefined || entry[field] === null) continue;
      counts.manifestFields++;
      if (!used[field] && !reportsEntry(run.err, index)) {
        counts.silentDrops++;
        fail(`${folder.name}: manifest entry ${index} (${file}): ${field} ${JSON.stringify(entry[field])} neither used nor reported`);
      }
    }
  });
  for (const [label, other] of [['b', b], ['c', c]] as const) {
    const again = other.runs.get(folder.name);
    const same = again && again.code === run.code && again.err === run.err && readFileSync(join(root, `out-${label}`, `${folder.name}.json`)).equals(Buffer.from(text));
    if (!same) {
      counts.nondeterministic++;
      fail(`${folder.name}: run ${label} differs from run a`);
    }
  }
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`fuzz (seed ${SEED}): ${counts.folders} folders, ${counts.inputs} entries: ${counts.hostile} hostile inputs and ${counts.inputs - counts.hostile} good articles (${counts.files} files, ${counts.links} links, ${counts.pipes} pipes, ${counts.manifests} manifests), 3 runs in ${seconds} s`);
console.log(`  entries: ${counts.kept} bundled, ${counts.skipped} skipped with a reason, ${counts.ignored} ignored (not *.txt); ${counts.lines} lines checked; ${counts.manifestEntries} manifest entries and ${counts.manifestFields} of their fields checked`);
console.log(`  categories: ${[...categories].sort(([x], [y]) => x.localeCompare(y, 'en')).map(([k, n]) => `${k} ${n}`).join(', ')}`);
console.log(`  slowest file: ${slowest[0]} ${(slowest[1] / 1000).toFixed(2)} s; slowest collection passes: ${slowestAssemble[0]} ${(slowestAssemble[1] / 1000).toFixed(2)} s (bound ${FILE_BOUND_MS / 1000} s)`);
console.log(`  aborts ${counts.aborts} · crashes ${counts.crashes} · hangs ${counts.hangs} · reads outside ${counts.outsideReads} · silent drops ${counts.silentDrops} · wrong fates ${counts.wrongFates} · lines lost ${counts.linesLost} · nondeterministic ${counts.nondeterministic}`);
if (failures.length > 0) {
  console.log(`\n${failures.length} failure(s):\n  ${failures.slice(0, 60).join('\n  ')}`);
  console.log(`(folders kept in ${root})`);
} else if (!values.keep) rmSync(root, { recursive: true, force: true });
else console.log(`(folders kept in ${root})`);
let bundlesFailed = false;
if (Number(values.bundles) > 0) {
  console.log(`\nhostile bundles: ${values.bundles} through every route (e2e/fuzz-bundles.spec.ts)`);
  const e2e = spawnSync('npx', ['playwright', 'test', 'e2e/fuzz-bundles.spec.ts', '--reporter=dot'], { stdio: 'inherit', env: { ...process.env, RIWAYA_FUZZ_BUNDLES: values.bundles } });
  bundlesFailed = e2e.status !== 0;
}
process.exit(failures.length > 0 || bundlesFailed ? 1 : 0);

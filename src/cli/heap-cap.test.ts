/**
 * heap-cap.ts: the format 2 build runs in a child Node with a capped old generation, and writes exactly what the
 * build in one process writes; a cap the build cannot live with is said, and the build runs again without it.
 * The CLI is started as a user starts it (node with tsx's loader, src/cli/bundle.ts), on content/articles.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEAP_BASE_MIB, heapCapMiB } from './heap-cap.ts';

describe('heapCapMiB', () => {
  // V8's own limit on this machine (24 GiB) is 4,144 MiB: the cap grows with the folder and never passes it.
  it.each([
    // an empty folder: the base
    [0, 4144, HEAP_BASE_MIB],
    // content/articles: 68 articles, manifest.json, SOURCES.md, README.md
    [71, 4144, 257],
    // the 100,000 articles of `npm run bench`, and their manifest
    [100_001, 4144, 647],
    // a million files: V8's own limit is lower, so no cap
    [1_000_000, 4144, null],
    // a small machine whose V8 limit is below the cap of 100,000
    [100_000, 512, null],
  ])('%i files, V8 limit %i MiB → %s', (entries, limit, expected) => {
    expect(heapCapMiB(entries, limit)).toBe(expected);
  });
});

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'riwaya-heap-cap-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function filesUnder(dir: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) found.set(relative(dir, join(entry.parentPath, entry.name)), await readFile(join(entry.parentPath, entry.name), 'utf8'));
  }
  return found;
}

function bundle(output: string, env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bundle.ts', 'content/articles', '-o', join(output, 'bundle.json'), '--format', '2', '--quiet'], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
}

describe('the format 2 build in a capped child', () => {
  it('writes what the build in one process writes; a cap too small is said, and the build runs again without it', async () => {
    const inProcess = bundle(join(work, 'off'), { RIWAYA_HEAP_CAP: 'off' });
    const capped = bundle(join(work, 'capped'), {});
    // 12 MiB: too little for Node and tsx to start, so the child is aborted by V8.
    const tooSmall = bundle(join(work, 'small'), { RIWAYA_HEAP_CAP_MIB: '12' });
    expect([inProcess.status, capped.status, tooSmall.status]).toEqual([0, 0, 0]);
    expect(capped.stderr).toBe('');
    expect(tooSmall.stderr).toContain('riwaya bundle: the build needed more than the 12 MiB of heap it was given for 71 files; building again without that bound.');
    const reference = await filesUnder(join(work, 'off'));
    expect(reference.size).toBeGreaterThan(10);
    expect(await filesUnder(join(work, 'capped'))).toEqual(reference);
    // Nothing of the aborted child is left beside the bundle (its staging folder).
    expect(await filesUnder(join(work, 'small'))).toEqual(reference);
  }, 120_000);
});

/**
 * `npm run bundle -- <input-dir> -o <file>`: turns a folder of raw articles into a validated bundle.
 * Exit codes: 0 all files bundled; 2 bundle written but some files skipped; 1 nothing written (usage,
 * unreadable folder or manifest, no usable article, or a bundle that fails the schema).
 */
import { realpathSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { assembleBundle, buildBundle, DEFAULT_BUNDLE_TITLE, type BuildOptions } from '../core/build-bundle.ts';
import { bundleProblems } from '../core/bundle-schema.ts';
import { writeBundleFile } from './write-bundle.ts';
import { NerModelFileError, readNerModel } from './ner-model.ts';
import type { NerModel } from '../core/ner/model.ts';
import { PrepareError, PreparePool } from './prepare-pool.ts';
import { DEFAULT_MAX_BYTES, FolderError, readArticleFolder } from './read-articles.ts';

export const HELP = `Usage: npm run bundle -- <input-dir> -o <file> [options]

Reads every *.txt file (UTF-8) in <input-dir> and the optional <input-dir>/manifest.json
([{file, title?, outlet?, published?, url?}]) and writes one Riwaya bundle (JSON Feed 1.1
with the _riwaya extension, see docs/bundle-format.md). The bundle is validated against the
schema before it is written; the same input always gives byte-identical output.

Options:
  -o, --output <file>     where to write the bundle (required)
      --title <text>      the bundle's title (default: ${DEFAULT_BUNDLE_TITLE})
      --max-bytes <n>     skip files larger than this (default: ${DEFAULT_MAX_BYTES})
      --model <file>      the entity recogniser's model (default: models/ner-ar.json)
      --threads <n>       worker threads for the per-article stages (default: one per
                          core, here ${availableParallelism()}); 1 runs everything on the main thread
      --quiet             no progress bar and no summary line
  -h, --help              show this help

Files that cannot be used (empty, binary, not UTF-8, unreadable, too large) are reported
with their name and reason and skipped; the others are bundled.

Exit status: 0 every file bundled; 2 bundle written but some files were skipped;
1 nothing written (bad arguments, unreadable folder, manifest or model, no usable article).`;

function progressBar(done: number, total: number, file: string): string {
  const width = 24;
  const filled = total === 0 ? width : Math.round((done / total) * width);
  return `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${file.slice(0, 40).padEnd(40)}`;
}

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        title: { type: 'string' },
        'max-bytes': { type: 'string' },
        model: { type: 'string' },
        threads: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    console.error(`riwaya bundle: ${(error as Error).message}\n\n${HELP}`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const input = positionals[0];
  if (!input || positionals.length > 1 || !values.output) {
    console.error(`riwaya bundle: give one input folder and -o <file>.\n\n${HELP}`);
    return 1;
  }
  const maxBytes = values['max-bytes'] === undefined ? DEFAULT_MAX_BYTES : Number(values['max-bytes']);
  if (!Number.isInteger(maxBytes) || maxBytes <= 0) {
    console.error(`riwaya bundle: --max-bytes must be a positive whole number, not "${values['max-bytes']}".`);
    return 1;
  }

  const threads = values.threads === undefined ? availableParallelism() : Number(values.threads);
  if (!Number.isInteger(threads) || threads <= 0) {
    console.error(`riwaya bundle: --threads must be a positive whole number, not "${values.threads}".`);
    return 1;
  }

  const started = performance.now();
  // Started before the folder is read, so that the workers load the model meanwhile.
  const pool = threads > 1 ? new PreparePool({ threads, modelPath: values.model }) : null;
  try {
    return await bundleFolder(input, values.output, { maxBytes, title: values.title, model: values.model, quiet: values.quiet }, pool, started);
  } finally {
    await pool?.close();
  }
}

interface BundleSettings {
  maxBytes: number;
  title: string | undefined;
  model: string | undefined;
  quiet: boolean;
}

async function bundleFolder(input: string, output: string, values: BundleSettings, pool: PreparePool | null, started: number): Promise<number> {
  const { maxBytes } = values;
  const showProgress = !values.quiet && process.stderr.isTTY === true;
  let result;
  try {
    result = await readArticleFolder(input, {
      maxBytes,
      onFile: showProgress ? (done, total, file) => process.stderr.write(progressBar(done, total, file)) : undefined,
    });
  } catch (error) {
    if (error instanceof FolderError) {
      console.error(`riwaya bundle: ${error.message}`);
      return 1;
    }
    throw error;
  }
  if (showProgress) process.stderr.write('\n');
  for (const { file, reason } of result.skipped) console.error(`skipped ${file}: ${reason}`);
  for (const file of result.unmatchedManifestEntries) console.error(`note: manifest.json names ${file}, which is not in ${input}`);
  if (result.articles.length === 0) {
    console.error(`riwaya bundle: no usable article in ${input}; nothing written.`);
    return 1;
  }

  let model: NerModel;
  try {
    model = readNerModel(values.model);
  } catch (error) {
    if (error instanceof NerModelFileError) {
      console.error(`riwaya bundle: ${error.message}; nothing written.`);
      return 1;
    }
    throw error;
  }
  const options: BuildOptions = { ...(values.title ? { title: values.title } : {}), model };
  let bundle;
  if (pool === null) bundle = buildBundle(result.articles, options);
  else {
    try {
      bundle = assembleBundle(await pool.prepare(result.articles), options);
    } catch (error) {
      if (error instanceof PrepareError) {
        console.error(`riwaya bundle: ${error.message}; nothing written.`);
        return 1;
      }
      throw error;
    }
  }
  const problems = bundleProblems(bundle);
  if (problems.length > 0) {
    console.error(`riwaya bundle: the bundle fails the schema; nothing written:\n  ${problems.join('\n  ')}`);
    return 1;
  }
  let bytes: number;
  // Write beside the target and rename, so a failed run never leaves a half-written bundle.
  const temporary = `${output}.tmp-${process.pid}`;
  try {
    await mkdir(dirname(output), { recursive: true });
    bytes = writeBundleFile(bundle, temporary);
    await rename(temporary, output);
  } catch (error) {
    await rm(temporary, { force: true });
    console.error(`riwaya bundle: ${output}: cannot write the bundle (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); nothing written.`);
    return 1;
  }

  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const kib = (bytes / 1024).toFixed(0);
  if (!values.quiet) {
    console.log(`bundled ${result.articles.length} articles, skipped ${result.skipped.length}, in ${seconds} s → ${output} (${kib} KiB)`);
  }
  return result.skipped.length > 0 ? 2 : 0;
}

// Run when executed directly (tsx src/cli/bundle.ts …), not when imported by a test.
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}

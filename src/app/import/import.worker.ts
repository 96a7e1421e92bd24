/**
 * The import's Web Worker: a thin message shell over runImport (run-import.ts). The recogniser's model is a
 * content-hashed asset fetched from the app's own origin the first time an import needs it, so neither the model
 * nor the pipeline is part of any page's JavaScript: they load when a reader imports.
 */
import modelUrl from '../../../models/ner-ar.json?url';
import { feedText } from '../../core/export-feed.ts';
import { loadNerModel } from '../../core/ner/model-file.ts';
import type { NerModel } from '../../core/ner/model.ts';
import type { ImportAnswer, ImportRequest, WorkerInput } from './import-messages.ts';
import { bytesWanted, ImportCancelled, ImportEmpty, importedArticles, runImport, type ImportInput } from './run-import.ts';

let model: Promise<NerModel> | null = null;
let cancelled = false;
/** The files sent so far for the next import (ImportRequest 'add'), and whether it is being sent. */
let pending: { path: string; file: Blob }[] = [];
let sending = false;

const post = (answer: ImportAnswer) => self.postMessage(answer);

function loadModel(): Promise<NerModel> {
  model ??= fetch(modelUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`the entity model could not be fetched (HTTP ${response.status})`);
      return response.json() as Promise<unknown>;
    })
    .then(loadNerModel);
  // A failed fetch is tried again by the next import.
  model.catch(() => (model = null));
  return model;
}

/** The files' bytes, read here rather than on the page. */
async function inputOf(input: WorkerInput): Promise<ImportInput> {
  if (input.kind === 'text') return input;
  const chosen = pending;
  pending = [];
  const unreadable: string[] = [];
  const wanted = bytesWanted(chosen.map((c) => c.path));
  const read = await Promise.all(
    chosen.map(async ({ path, file }, i) => {
      try {
        return { path, bytes: new Uint8Array(await file.slice(0, wanted[i]).arrayBuffer()), size: file.size };
      } catch {
        // One file that cannot be read (moved or deleted since it was chosen) costs only itself.
        unreadable.push(path);
        return null;
      }
    }),
  );
  return { kind: 'files', files: read.filter((f) => f !== null), unreadable };
}

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  if (event.data.type === 'cancel') {
    cancelled = true;
    return;
  }
  if (event.data.type === 'add') {
    // The first batch of an import: a cancel of the one before is forgotten, one from now on is kept for 'start'.
    if (!sending) {
      sending = true;
      cancelled = false;
      pending = [];
    }
    for (const file of event.data.files) pending.push(file);
    return;
  }
  if (!sending) cancelled = false;
  sending = false;
  if (cancelled) {
    pending = [];
    post({ type: 'cancelled' });
    return;
  }
  try {
    const { bundle, report } = await runImport(await inputOf(event.data.input), {
      loadModel,
      onProgress: (progress) => post({ type: 'progress', progress }),
      isCancelled: () => cancelled,
    });
    post({ type: 'done', report, articles: importedArticles(bundle), feed: new Blob([feedText(bundle)], { type: 'application/feed+json' }) });
  } catch (error) {
    if (error instanceof ImportCancelled) post({ type: 'cancelled' });
    else if (error instanceof ImportEmpty) post({ type: 'empty', report: error.report });
    else post({ type: 'failed', message: (error as Error).message });
  }
};

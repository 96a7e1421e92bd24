/**
 * The import's Web Worker: a thin message shell over runImport (run-import.ts). The recogniser's model is a
 * content-hashed asset fetched from the app's own origin the first time an import needs it, so neither the model
 * nor the pipeline is part of any page's JavaScript: they load when a reader imports.
 */
import modelUrl from '../../../models/ner-ar.json?url';
import { feedText } from '../../core/export-feed.ts';
import { loadNerModel } from '../../core/ner/model-file.ts';
import type { NerModel } from '../../core/ner/model.ts';
import type { ImportAnswer, ImportRequest } from './import-messages.ts';
import { ImportCancelled, ImportEmpty, importedArticles, runImport } from './run-import.ts';

let model: Promise<NerModel> | null = null;
let cancelled = false;

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

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  if (event.data.type === 'cancel') {
    cancelled = true;
    return;
  }
  cancelled = false;
  try {
    const { bundle, report } = await runImport(event.data.input, {
      loadModel,
      onProgress: (progress) => post({ type: 'progress', progress }),
      isCancelled: () => cancelled,
    });
    post({ type: 'done', report, articles: importedArticles(bundle), json: feedText(bundle) });
  } catch (error) {
    if (error instanceof ImportCancelled) post({ type: 'cancelled' });
    else if (error instanceof ImportEmpty) post({ type: 'empty', report: error.report });
    else post({ type: 'failed', message: (error as Error).message });
  }
};

/**
 * The page's side of the import: one worker (import.worker.ts), created on the first import and kept for the next
 * (its model stays loaded). The files go to it as File objects: it reads them itself.
 */
import type { ImportAnswer, ImportRequest, WorkerInput } from './import-messages.ts';

/** About 20 ms of the page's main thread a batch. */
const FILES_PER_MESSAGE = 32;

export class ImportClient {
  private worker: Worker | null = null;

  /**
   * Starts an import; every answer of the worker goes to `onAnswer` until a final one (done, empty, cancelled,
   * failed). Files are sent in batches, with a pause for the page between them (import-messages.ts says why).
   */
  async start(input: WorkerInput, files: { path: string; file: File }[], onAnswer: (answer: ImportAnswer) => void): Promise<void> {
    const worker = (this.worker ??= new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' }));
    worker.onmessage = (event: MessageEvent<ImportAnswer>) => onAnswer(event.data);
    worker.onerror = (event) => {
      onAnswer({ type: 'failed', message: event.message || 'the import worker failed' });
      this.dispose();
    };
    for (let at = 0; at < files.length; at += FILES_PER_MESSAGE) {
      // The first batch too: the input's change event (or the drop) is a task of its own already.
      await new Promise((resolve) => setTimeout(resolve, 0));
      worker.postMessage({ type: 'add', files: files.slice(at, at + FILES_PER_MESSAGE) } satisfies ImportRequest);
    }
    worker.postMessage({ type: 'start', input } satisfies ImportRequest);
  }

  /** Asks the running import to stop: it answers `cancelled` within one slice of work. */
  cancel(): void {
    this.worker?.postMessage({ type: 'cancel' } satisfies ImportRequest);
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}

/** A file input's files with their paths (webkitRelativePath for a folder input, the name otherwise). */
export function chosenFiles(list: FileList | null): { path: string; file: File }[] {
  return [...(list ?? [])].map((file) => ({ path: file.webkitRelativePath || file.name, file }));
}

/**
 * The page's side of the import: one worker (import.worker.ts), created on the first import and kept for the next
 * (its model stays loaded). The files' bytes are transferred to it, not copied.
 */
import type { ImportAnswer, ImportRequest } from './import-messages.ts';
import type { ImportInput } from './run-import.ts';

export class ImportClient {
  private worker: Worker | null = null;

  /** Starts an import; every answer of the worker goes to `onAnswer` until a final one (done, empty, cancelled, failed). */
  start(input: ImportInput, onAnswer: (answer: ImportAnswer) => void): void {
    const worker = (this.worker ??= new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' }));
    worker.onmessage = (event: MessageEvent<ImportAnswer>) => onAnswer(event.data);
    worker.onerror = (event) => {
      onAnswer({ type: 'failed', message: event.message || 'the import worker failed' });
      this.dispose();
    };
    const request: ImportRequest = { type: 'start', input };
    const transfer = input.kind === 'files' ? input.files.map((f) => f.bytes.buffer as ArrayBuffer) : [];
    worker.postMessage(request, transfer);
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

/** The browser's files as the import takes them: a folder's files by their path under it, others by their name. */
export async function importFilesOf(files: Iterable<{ path: string; file: File }>): Promise<{ path: string; bytes: Uint8Array }[]> {
  return Promise.all([...files].map(async ({ path, file }) => ({ path, bytes: new Uint8Array(await file.arrayBuffer()) })));
}

/** A file input's files with their paths (webkitRelativePath for a folder input, the name otherwise). */
export function chosenFiles(list: FileList | null): { path: string; file: File }[] {
  return [...(list ?? [])].map((file) => ({ path: file.webkitRelativePath || file.name, file }));
}

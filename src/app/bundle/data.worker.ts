/**
 * The data worker: owns the collection (index, search postings, content shards) and answers the main thread's
 * requests ({id, method, args} → {id, value} or {id, error}); the main thread only renders (data-client.ts).
 */
import { Engine, serializeError, type EngineMethods } from './engine.ts';

const engine = new Engine(undefined, (event) => self.postMessage({ event }));

interface Request {
  id: number;
  method: keyof EngineMethods;
  args: unknown[];
}

self.onmessage = async (event: MessageEvent<Request>) => {
  const { id, method, args } = event.data;
  try {
    const value = await (engine[method] as (...a: unknown[]) => Promise<unknown>)(...args);
    self.postMessage({ id, value });
  } catch (error) {
    self.postMessage({ id, error: serializeError(error) });
  }
};

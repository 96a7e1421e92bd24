/**
 * The data worker: owns the collection (index, search postings, content shards) and answers the main thread's
 * requests ({id, method, args} → {id, value} or {id, error}); the main thread only renders (data-client.ts).
 */
import type { QueryResult } from './collection.ts';
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
    // A query's articles as a typed array handed over, not copied: a filter of a 100,000-article archive lists 85,000
    // (as an array of numbers, cloning it took ~10 ms of the main thread's time).
    if (method === 'query') {
      const answer = value as QueryResult;
      const docs = answer.docs instanceof Int32Array ? answer.docs.slice() : Int32Array.from(answer.docs);
      self.postMessage({ id, value: { ...answer, docs } }, [docs.buffer]);
    } else self.postMessage({ id, value });
  } catch (error) {
    self.postMessage({ id, error: serializeError(error) });
  }
};

// The worker thread's entry point, in JavaScript because Node loads a worker's entry before any loader hook: a
// worker does not inherit the parent's `--import tsx` (Node 20.6+, privatenumber/tsx#354), so this file registers
// tsx in the worker itself and then imports the TypeScript worker (tsx is the CLI's runner: `tsx src/cli/bundle.ts`).
import { register } from 'tsx/esm/api';

register();
await import('./prepare-worker.ts');

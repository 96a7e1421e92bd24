// The terms worker's entry point, in JavaScript for the reason prepare-worker.mjs gives.
import { register } from 'tsx/esm/api';

register();
await import('./terms-worker.ts');

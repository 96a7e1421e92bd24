/** Every Arabic string at once, for the build's prerendering and the tests (the app loads the page sections and the removed kinds with their pages). */
import { ar } from './ar.ts';
import { arPages } from './ar-pages.ts';
import { arRemoved } from './ar-removed.ts';
import type { Messages } from './en.ts';

export const arWhole: Messages = { ...ar, ...arPages, ...arRemoved };

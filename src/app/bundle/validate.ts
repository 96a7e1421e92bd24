/**
 * The full check of an untrusted bundle (zod, with the configuration our CSP needs), in a chunk of its own: a page
 * loads it only when the bundle it fetched is not the one the build checked (see load-bundle.ts).
 */
import '../zod-config.ts';

export { readBundle } from '../../core/bundle-schema.ts';

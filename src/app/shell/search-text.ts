/**
 * The text work of search results — marking matched words, picking a snippet, and the Arabic folding — loaded by
 * use-search-results.ts.
 */
export { highlight } from '../../core/search/terms.ts';
export { snippet } from '../../core/search/snippet.ts';
export { matchKey } from '../../core/normalize.ts';

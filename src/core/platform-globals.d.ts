// The only platform global src/core uses, declared for src/core/tsconfig.json, which has neither the DOM lib nor
// @types/node. TextDecoder is in the WHATWG Encoding standard, not in ECMAScript, but every browser and Node (as a
// global since Node 11) provide it, with UTF-16LE. normalize.ts turns folded code units back into a string with it,
// faster than String.fromCharCode on long texts. Only the subset core calls is declared, so a new use of anything
// else fails the core type check. The root tsconfig.json excludes this file: there the DOM lib and @types/node
// already declare TextDecoder, and a second declaration would clash.
declare class TextDecoder {
  /** fatal: a byte sequence that is not valid in the encoding throws (article-files.ts reads strict UTF-8). */
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: ArrayBufferView): string;
}

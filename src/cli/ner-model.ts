/**
 * Reads the entity recogniser's model file (models/ner-ar.json, written by `npm run train:ner`) and hands its
 * parsed JSON to core. A missing or broken file is an error that names the file and the reason.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadNerModel } from '../core/ner/model-file.ts';
import type { NerModel } from '../core/ner/model.ts';

/** The committed model, found from this file's place in the repository (not from the working directory). */
export const DEFAULT_NER_MODEL_PATH = fileURLToPath(new URL('../../models/ner-ar.json', import.meta.url));

export class NerModelFileError extends Error {}

export function readNerModel(path: string = DEFAULT_NER_MODEL_PATH): NerModel {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new NerModelFileError(`${path}: cannot read the entity model (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  try {
    return loadNerModel(JSON.parse(text));
  } catch (error) {
    throw new NerModelFileError(`${path}: not a usable entity model (${(error as Error).message})`);
  }
}

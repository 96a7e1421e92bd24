/**
 * Item ids from file names, unique by construction. An id is the file name without `.txt` (any case), except where
 * that is empty (a file named `.txt`) or already taken: `a.txt` beside `a.TXT`, or the same name given twice. Then
 * the id is the stem (`untitled` for an empty one) with the first free `-2`, `-3`, … after it. Files are taken in
 * code-unit order and every plain stem is reserved first, so the result does not depend on the order the files
 * come in, and a file named `a-2.txt` keeps `a-2`.
 */
import { compareCodeUnits } from './order.ts';

export const EMPTY_STEM_ID = 'untitled';

export function stemOf(file: string): string {
  return file.replace(/\.txt$/i, '');
}

/** A file whose id is not its plain stem, and why: a code for the caller to put in words. */
export interface ItemIdChange {
  file: string;
  id: string;
  kind: 'empty-stem' | 'taken';
  /** For 'taken': the file that keeps the plain stem. */
  takenBy?: string;
}

/** The id of each file (same order as `files`) and the files whose id is not their plain stem. */
export function assignItemIds(files: readonly string[]): { ids: string[]; changes: ItemIdChange[] } {
  const order = files.map((_, i) => i).sort((a, b) => compareCodeUnits(files[a]!, files[b]!) || a - b);
  const taken = new Set(files.map(stemOf));
  const owner = new Map<string, string>();
  const ids: string[] = new Array<string>(files.length);
  const changes: ItemIdChange[] = [];
  for (const i of order) {
    const file = files[i]!;
    const stem = stemOf(file);
    if (stem.length > 0 && !owner.has(stem)) {
      owner.set(stem, file);
      ids[i] = stem;
      continue;
    }
    const base = stem.length > 0 ? stem : EMPTY_STEM_ID;
    let id = base;
    if (stem.length > 0 || taken.has(id) || owner.has(id)) {
      let n = 2;
      while (taken.has(`${base}-${n}`) || owner.has(`${base}-${n}`)) n++;
      id = `${base}-${n}`;
    }
    owner.set(id, file);
    taken.add(id);
    ids[i] = id;
    changes.push(stem.length > 0 ? { file, id, kind: 'taken', takenBy: owner.get(stem)! } : { file, id, kind: 'empty-stem' });
  }
  return { ids, changes };
}

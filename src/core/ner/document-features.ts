/**
 * Document features for the second pass: a name is often written in full once and then alone or with a clitic
 * (أليكس فيشمان … وفيشمان), and a first pass labels some of its occurrences and misses others. For each word, the
 * second pass is told which entity types the first pass gave the OTHER occurrences of the same word in the same
 * document (any reading without clitics or article, at least three letters), so the document decides together.
 */
import { boundedMemo } from '../bounded-memo.ts';
import { matchKey } from '../normalize.ts';
import { baseReadings } from './features.ts';
import { NER_LABELS } from './viterbi.ts';

const TYPES = ['PERS', 'LOC', 'ORG', 'MISC'] as const;
const TYPE_OF_LABEL = NER_LABELS.map((l) => (l === 'O' ? -1 : TYPES.indexOf(l.slice(2) as (typeof TYPES)[number])));
const MIN_READING = 3;

/** The readings of a word that document features compare (without clitics and article, three letters or more). */
export function readingKeys(word: string): string[] {
  const key = matchKey(word);
  return /^[\u0621-\u064a]+$/.test(key) ? baseReadings(key).filter((r) => r.length >= MIN_READING) : [];
}

const keysOf = boundedMemo(readingKeys, 200_000);

/**
 * Per sentence, per word, the document feature strings: `D<type>` for each type the first pass gave another
 * occurrence of one of the word's readings in the document, and `D-` when the word recurs and was never an entity.
 */
export function documentFeatures(sentences: string[][], firstPass: ArrayLike<number>[]): string[][][] {
  // reading → counts per type (index 0..3) and of O (index 4), over the whole document.
  const counts = new Map<string, Int32Array>();
  const slotOf = (label: number) => {
    const t = TYPE_OF_LABEL[label] as number;
    return t < 0 ? 4 : t;
  };
  sentences.forEach((words, s) => {
    words.forEach((word, i) => {
      for (const r of keysOf(word)) {
        let c = counts.get(r);
        if (!c) counts.set(r, (c = new Int32Array(5)));
        c[slotOf(firstPass[s]![i] as number)]!++;
      }
    });
  });
  return sentences.map((words, s) =>
    words.map((word, i) => {
      const own = slotOf(firstPass[s]![i] as number);
      const seen = new Uint8Array(5);
      for (const r of keysOf(word)) {
        const c = counts.get(r) as Int32Array;
        for (let k = 0; k < 5; k++) if ((c[k] as number) - (k === own ? 1 : 0) > 0) seen[k] = 1;
      }
      const features: string[] = [];
      for (let k = 0; k < 4; k++) if (seen[k]) features.push(`D${TYPES[k]}`);
      if (features.length === 0 && seen[4]) features.push('D-');
      // The first pass's own labels of this token and its neighbours (stacking).
      const labels = firstPass[s]!;
      features.push(`L0${labels[i]}`, `L-${i > 0 ? labels[i - 1] : 'S'}`, `L+${i + 1 < words.length ? labels[i + 1] : 'E'}`);
      return features;
    }),
  );
}

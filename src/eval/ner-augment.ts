/**
 * Mention replacement for training (Dai & Adel 2020, "An Analysis of Simple Data Augmentation for Named Entity
 * Recognition"): a copy of a document in which every person name is replaced by another person name of the
 * training data, the same name by the same replacement throughout, and an attached proclitic kept on the first
 * word. The recogniser then has to learn persons from their context and shape rather than from the few names its
 * corpus happens to contain — most persons in news it will read are names it never saw.
 */
import type { TrainingSentence } from '../core/ner/train.ts';
import { procliticReadings } from '../core/arabic/clitics.ts';
import { matchKey } from '../core/normalize.ts';
import { NER_LABELS, spansOf } from '../core/ner/viterbi.ts';


/** The proclitic letters written on a word (و، ب، ول …) as the word layer reads them, or ''. */
function procliticOf(word: string): string {
  const key = matchKey(word);
  if (key.length !== word.length) return '';
  const readings = procliticReadings(key, { prepositionOnlyBeforeArticle: false });
  const longest = readings.reduce((a, r) => (r.prefix > a.prefix && !r.article ? r : a), readings[0]!);
  return longest.prefix > 0 && longest.stem.length >= 3 ? word.slice(0, longest.prefix) : '';
}

/** Names of one type in the sentences, without proclitics on their first word, sorted and deduplicated. */
export function entityNames(sentences: TrainingSentence[], type: string): string[][] {
  const seen = new Map<string, string[]>();
  for (const s of sentences) {
    for (const span of spansOf(s.labels)) {
      if (span.type !== type) continue;
      const words = s.words.slice(span.start, span.end);
      words[0] = words[0]!.slice(procliticOf(words[0]!).length);
      seen.set(words.join(' '), words);
    }
  }
  return [...seen.keys()].sort().map((k) => seen.get(k)!);
}

/** A copy of one document with its names of the given types replaced (names[type]), drawn with `random`. */
export function replaceNames(document: TrainingSentence[], names: Record<string, string[][]>, random: () => number): TrainingSentence[] {
  const replacement = new Map<string, string[]>();
  return document.map((s) => {
    const words: string[] = [];
    const labels: number[] = [];
    let i = 0;
    for (const span of spansOf(s.labels).filter((x) => names[x.type])) {
      const pool = names[span.type]!;
      const B = NER_LABELS.indexOf(`B-${span.type}` as (typeof NER_LABELS)[number]);
      const I = NER_LABELS.indexOf(`I-${span.type}` as (typeof NER_LABELS)[number]);
      for (; i < span.start; i++) {
        words.push(s.words[i]!);
        labels.push(s.labels[i]!);
      }
      const original = s.words.slice(span.start, span.end);
      const clitic = procliticOf(original[0]!);
      const key = `${span.type} ${[original[0]!.slice(clitic.length), ...original.slice(1)].join(' ')}`;
      let name = replacement.get(key);
      if (!name) replacement.set(key, (name = pool[Math.floor(random() * pool.length)]!));
      name.forEach((w, k) => {
        words.push(k === 0 ? clitic + w : w);
        labels.push(k === 0 ? B : I);
      });
      i = span.end;
    }
    for (; i < s.words.length; i++) {
      words.push(s.words[i]!);
      labels.push(s.labels[i]!);
    }
    return { words, labels };
  });
}

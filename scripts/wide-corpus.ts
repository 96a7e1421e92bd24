/**
 * A synthetic archive whose names and words keep growing with its size, as a real one's do.
 *
 * The bench's default corpus (bench.ts `writeCorpus`) re-draws the 68 articles' own paragraphs: at 100,000 articles
 * it still has their few hundred entities and a few thousand distinct words, so it cannot show what a real archive's
 * tens of thousands of persons, places and organizations, and its hundreds of thousands of word forms, cost the CLI
 * (entity merging, stories, the search index) and the app (index size, entity directory, filters).
 *
 * This one is written from the sentences of `../shared/ner/anercorp-train.tsv` (real 2006–07 newswire, tagged, CC BY-SA
 * 4.0; its test split is not used). Every tagged PERS / LOC / ORG span is replaced by a name drawn for the article, and
 * names come from Pitman–Yor pools (a few are in many articles, most in one or two, and their number grows as a power
 * of the archive's size, Heaps' law). New names are made by a letter-trigram chain trained on the corpus's own tagged
 * words of that type; a person's name starts with a given name from the recogniser's general lexicon. A small share of
 * other words is replaced the same way from a pool of new word forms, so the search index's vocabulary grows too.
 * Articles are about as long as content/articles' (3.6 KB on average). Publication dates spread over 2012–2025,
 * outlets over 40 names. Deterministic: mulberry32 with the given seed.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mulberry32 } from '../src/core/random.ts';
import { articleText, OUTLETS, pad } from './synthetic-articles.ts';

const NER_FILE = new URL('../../shared/ner/anercorp-train.tsv', import.meta.url);
const MODEL_FILE = new URL('../models/ner-ar.json', import.meta.url);

type Random = () => number;

interface Sentence {
  tokens: string[];
  /** Per token: the entity type that starts there (PERS / LOC / ORG), '' inside a span or outside any. */
  starts: string[];
  /** Per token: true when it is inside a PERS / LOC / ORG span (replaced with the span's name). */
  inside: boolean[];
}

export interface WideMaterial {
  sentences: Sentence[];
  givenNames: string[];
  chains: Record<'PERS' | 'LOC' | 'ORG' | 'WORD', LetterChain>;
  orgHeads: string[];
  residue: string[];
}

/** Sentences of the NER training file with their PERS / LOC / ORG spans marked (MISC is left as written). */
function readSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let current: Sentence = { tokens: [], starts: [], inside: [] };
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      if (current.tokens.length > 0) sentences.push(current);
      current = { tokens: [], starts: [], inside: [] };
      continue;
    }
    const [token = '', tag = 'O'] = line.split('\t');
    const type = tag.slice(2);
    const named = type === 'PERS' || type === 'LOC' || type === 'ORG';
    current.tokens.push(token);
    current.starts.push(named && tag.startsWith('B-') ? type : '');
    current.inside.push(named);
  }
  if (current.tokens.length > 0) sentences.push(current);
  return sentences;
}

/**
 * A letter-trigram chain over words: new words that look like the ones it was trained on, and are none of the words
 * in `known` (every word of the corpus: a made-up name must not be an everyday word such as عندما).
 */
class LetterChain {
  private readonly next = new Map<string, string[]>();

  constructor(
    words: Iterable<string>,
    private readonly known: ReadonlySet<string>,
  ) {
    for (const word of words) {
      if (!/^[\u0621-\u064a]{3,}$/.test(word)) continue;
      const padded = `^^${word}$`;
      for (let i = 2; i < padded.length; i++) {
        const key = padded.slice(i - 2, i);
        const list = this.next.get(key) ?? [];
        list.push(padded[i] as string);
        this.next.set(key, list);
      }
    }
  }

  /** A word of 3–11 letters, preferably one the training words do not hold. */
  word(random: Random): string {
    let word = '';
    for (let attempt = 0; attempt < 20; attempt++) {
      word = '';
      let key = '^^';
      for (;;) {
        const list = this.next.get(key);
        if (!list) break;
        const letter = list[Math.floor(random() * list.length)] as string;
        if (letter === '$' || word.length >= 11) break;
        word += letter;
        key = key[1] + letter;
      }
      if (word.length >= 3 && !this.known.has(word)) return word;
    }
    return word.length >= 3 ? word : 'كلمة';
  }
}

/**
 * Pitman–Yor draws: each draw is a new value with probability (θ + dK)/(n + θ), otherwise an earlier one with
 * probability ∝ (its count − d). Sampled without a scan: a uniform earlier draw (∝ count), kept with probability
 * (count − d)/count.
 */
class PitmanYor {
  private readonly values: string[] = [];
  private readonly counts: number[] = [];
  /** The value index of every draw so far. */
  private readonly draws: number[] = [];

  constructor(
    private readonly make: (random: Random) => string,
    private readonly discount: number,
    private readonly concentration: number,
  ) {
    // Outside these the process is not defined (and the draw below would never end).
    if (!(discount >= 0 && discount < 1 && concentration > 0)) throw new RangeError(`Pitman–Yor: discount ${discount} ∉ [0, 1) or concentration ${concentration} ≤ 0`);
  }

  get size(): number {
    return this.values.length;
  }

  draw(random: Random): string {
    const n = this.draws.length;
    const k = this.values.length;
    let index: number;
    if (random() * (n + this.concentration) < this.concentration + this.discount * k) {
      index = this.values.length;
      this.values.push(this.make(random));
      this.counts.push(0);
    } else {
      for (;;) {
        const candidate = this.draws[Math.floor(random() * n)] as number;
        const count = this.counts[candidate] as number;
        if (random() * count < count - this.discount) {
          index = candidate;
          break;
        }
      }
    }
    this.counts[index]!++;
    this.draws.push(index);
    return this.values[index] as string;
  }
}

export function loadWideMaterial(residue: string[]): WideMaterial {
  const sentences = readSentences(readFileSync(NER_FILE, 'utf8'));
  const model = JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as { lexicons: { givenNames: string[]; orgHeads: string[] } };
  const wordsOf = (type: string) => sentences.flatMap((s) => s.tokens.filter((_, i) => s.inside[i] && typeOfSpanAt(s, i) === type));
  const known = new Set(sentences.flatMap((s) => s.tokens));
  return {
    sentences,
    givenNames: model.lexicons.givenNames.filter((n) => /^[\u0621-\u064a ]+$/.test(n)),
    orgHeads: model.lexicons.orgHeads,
    chains: {
      PERS: new LetterChain(wordsOf('PERS'), known),
      LOC: new LetterChain(wordsOf('LOC'), known),
      ORG: new LetterChain(wordsOf('ORG'), known),
      WORD: new LetterChain(sentences.flatMap((s) => s.tokens.filter((_, i) => !s.inside[i])), known),
    },
    residue,
  };
}

/** The type of the span token i is in (walking back to its start). */
function typeOfSpanAt(sentence: Sentence, i: number): string {
  for (let j = i; j >= 0; j--) if (sentence.starts[j]) return sentence.starts[j] as string;
  return '';
}


/** Writes `count` articles and manifest.json into `dir`; returns the bytes of text written. */
export async function writeWideCorpus(dir: string, count: number, seed: number, material: WideMaterial): Promise<number> {
  const random = mulberry32(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)] as T;
  const { chains } = material;
  const pools = {
    PERS: new PitmanYor((r) => `${material.givenNames[Math.floor(r() * material.givenNames.length)]} ${chains.PERS.word(r)}${r() < 0.3 ? ` ${chains.PERS.word(r)}` : ''}`, 0.7, 50),
    LOC: new PitmanYor((r) => chains.LOC.word(r), 0.5, 50),
    ORG: new PitmanYor((r) => `${material.orgHeads[Math.floor(r() * material.orgHeads.length)]} ${chains.ORG.word(r)}`, 0.5, 30),
  };
  const words = new PitmanYor((r) => chains.WORD.word(r), 0.7, 200);
  const outlets = [...OUTLETS, ...Array.from({ length: 35 }, () => `صحيفة ${chains.ORG.word(random)}`)];
  const manifest: object[] = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    // The article's cast: names its spans take, so that an article repeats its people as news does.
    const cast = {
      PERS: Array.from({ length: 1 + Math.floor(random() * 4) }, () => pools.PERS.draw(random)),
      LOC: Array.from({ length: 1 + Math.floor(random() * 3) }, () => pools.LOC.draw(random)),
      ORG: Array.from({ length: 1 + Math.floor(random() * 2) }, () => pools.ORG.draw(random)),
    };
    const render = (sentence: Sentence): string => {
      const out: string[] = [];
      sentence.tokens.forEach((token, t) => {
        const type = sentence.starts[t] as keyof typeof cast | '';
        if (type) out.push(pick(cast[type]));
        else if (!sentence.inside[t]) out.push(token.length >= 4 && random() < 0.02 ? words.draw(random) : token);
      });
      return out.join(' ').replace(/ ([.,،:؛!؟)])/g, '$1').replace(/\( /g, '(');
    };
    const paragraphs = Array.from({ length: 3 + Math.floor(random() * 10) }, () =>
      Array.from({ length: 1 + Math.floor(random() * 2) }, () => render(pick(material.sentences))).join(' '),
    );
    const headlineWords = render(pick(material.sentences)).split(' ');
    const headline = headlineWords.slice(0, 6 + Math.floor(random() * 7)).join(' ').replace(/[.،,:]$/, '');
    const text = articleText(random, () => headline, paragraphs, material.residue);
    const file = `wide-${pad(i, 6)}.txt`;
    await writeFile(join(dir, file), text);
    bytes += Buffer.byteLength(text);
    const year = 2012 + Math.floor(random() * 14);
    const precision = random();
    const published = precision < 0.85 ? `${year}-${pad(1 + Math.floor(random() * 12), 2)}-${pad(1 + Math.floor(random() * 28), 2)}` : precision < 0.95 ? `${year}-${pad(1 + Math.floor(random() * 12), 2)}` : null;
    manifest.push({ file, outlet: random() < 0.9 ? pick(outlets) : null, published });
  }
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  console.log(`wide corpus: ${count} articles; names drawn: ${pools.PERS.size} persons, ${pools.LOC.size} places, ${pools.ORG.size} organizations, ${words.size} new word forms`);
  return bytes;
}

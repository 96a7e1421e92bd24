/**
 * `npm run eval:align [-- --dir <folder>] [--gold <file>] [--verbose] [--split dev|heldout] [--sweep] [--ceiling]`:
 * builds the bundle of an article folder with the real pipeline (readArticleFolder → buildBundle, as the CLI
 * does), aligns every pair of articles of each group of test-data/align-gold.json exactly as the compare page does
 * (alignArticles with each item's text and entity mentions), and scores the sentence pairs it makes against the hand-made pairs.
 *
 * A predicted pair is a row that holds a sentence of both articles. A gold sentence (stored as text, so the gold
 * does not depend on the splitter) is found in its article's content_text; a predicted sentence stands for the gold
 * sentence it overlaps by at least half of the shorter of the two. Precision: predicted pairs that are gold pairs,
 * over predicted pairs. Recall: the same count over the largest one-to-one matching of the gold pairs (the most a
 * one-to-one aligner can find: a gold sentence may have two listed partners when an outlet repeats itself).
 * --verbose lists every predicted pair (✓ gold, ✗ not) and every gold pair not predicted (·), with its similarity;
 * --split dev (or heldout) scores only those groups, so a miss can be looked at without reading the held-out ones;
 * --ceiling prints, on the dev groups, how many gold pairs score above a threshold against how many others do.
 * Printed for the groups marked "dev" (on which the settings were looked at), the "heldout" ones, and all.
 * A report, not a test: exit 0 whatever the scores; 1 when the inputs cannot be used.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { readNerModel } from '../src/cli/ner-model.ts';
import { FolderError, readArticleFolder } from '../src/cli/read-articles.ts';
import { alignArticles, MATCH_SIMILARITY, sentenceSimilarities, WORD_SHARE, type AlignOptions } from '../src/core/align/align.ts';
import { splitSentences } from '../src/core/align/sentences.ts';
import { buildBundle } from '../src/core/build-bundle.ts';
import type { BundleItem } from '../src/core/bundle-schema.ts';

interface GoldPair {
  a: string;
  b: string;
  textA: string;
  textB: string;
}

interface GoldGroup {
  date: string;
  split: 'dev' | 'heldout';
  title: string;
  articles: string[];
  pairs: GoldPair[];
}

interface Span {
  start: number;
  end: number;
}

export interface Counts {
  predicted: number;
  correct: number;
  /** Size of the largest one-to-one matching of the gold pairs. */
  gold: number;
}

/** Size of a maximum bipartite matching (augmenting paths; the graphs here have a few dozen edges). */
export function maxMatching(edges: Array<[string, string]>): number {
  const adjacency = new Map<string, string[]>();
  for (const [a, b] of edges) (adjacency.get(a) ?? adjacency.set(a, []).get(a)!).push(b);
  const partner = new Map<string, string>();
  const augment = (a: string, seen: Set<string>): boolean => {
    for (const b of adjacency.get(a) ?? []) {
      if (seen.has(b)) continue;
      seen.add(b);
      const current = partner.get(b);
      if (current === undefined || augment(current, seen)) {
        partner.set(b, a);
        return true;
      }
    }
    return false;
  };
  let size = 0;
  for (const a of adjacency.keys()) if (augment(a, new Set())) size++;
  return size;
}

const overlap = (x: Span, y: Span) => Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));

/** Index of the gold sentence `span` stands for, or -1. */
function goldIndex(span: Span, golds: Span[]): number {
  for (let g = 0; g < golds.length; g++) {
    const o = overlap(span, golds[g]!);
    if (o > 0 && o >= 0.5 * Math.min(span.end - span.start, golds[g]!.end - golds[g]!.start)) return g;
  }
  return -1;
}

function locate(item: BundleItem, text: string): Span {
  const start = item.content_text.indexOf(text);
  if (start < 0) throw new FolderError(`gold sentence not found in ${item.id}: ${text.slice(0, 60)}…`);
  return { start, end: start + text.length };
}

interface GoldOfPair {
  /** Per article, the gold sentences' spans. */
  goldSpans: [Span[], Span[]];
  /** 'g:h' for gold sentence g of the first article paired with gold sentence h of the second. */
  goldKeys: Set<string>;
  /** The same pairs as edges, for the one-to-one matching. */
  edges: Array<[string, string]>;
}

function goldOfPair(x: BundleItem, y: BundleItem, pairs: GoldPair[]): GoldOfPair {
  const goldSpans: [Span[], Span[]] = [[], []];
  const indexOf = (side: 0 | 1, item: BundleItem, text: string) => {
    const span = locate(item, text);
    const list = goldSpans[side];
    const found = list.findIndex((s) => s.start === span.start && s.end === span.end);
    if (found >= 0) return found;
    list.push(span);
    return list.length - 1;
  };
  const goldKeys = new Set<string>();
  const edges: Array<[string, string]> = [];
  for (const p of pairs) {
    const [tx, ty] = p.a === x.id ? [p.textA, p.textB] : [p.textB, p.textA];
    const key = `${indexOf(0, x, tx)}:${indexOf(1, y, ty)}`;
    goldKeys.add(key);
    edges.push([`a${key.split(':')[0]}`, `b${key.split(':')[1]}`]);
  }
  return { goldSpans, goldKeys, edges };
}

const inputOf = (item: BundleItem) => ({ text: item.content_text, mentions: item._riwaya.mentions, dates: item._riwaya.dates });

/** Scores one article pair; `log` receives the pairs for --verbose. */
export function scorePair(x: BundleItem, y: BundleItem, pairs: GoldPair[], options: AlignOptions = {}, log?: (line: string) => void): Counts {
  const { goldSpans, goldKeys, edges } = goldOfPair(x, y, pairs);
  const inputs = [x, y].map(inputOf);
  const alignment = alignArticles(inputs, options);
  let predicted = 0;
  let correct = 0;
  const found = new Set<string>();
  for (const row of alignment.rows) {
    const [i, j] = row.cells;
    if (i === null || j === null || i === undefined || j === undefined) continue;
    predicted++;
    const sx = alignment.sentences[0]![i]!;
    const sy = alignment.sentences[1]![j]!;
    const key = `${goldIndex(sx, goldSpans[0])}:${goldIndex(sy, goldSpans[1])}`;
    const ok = goldKeys.has(key);
    if (ok) {
      correct++;
      found.add(key);
    }
    log?.(`  ${ok ? '✓' : '✗'} ${row.similarity.toFixed(2)} ${x.content_text.slice(sx.start, sx.end).slice(0, 70)} ‖ ${y.content_text.slice(sy.start, sy.end).slice(0, 70)}`);
  }
  if (log) {
    // The gold pairs not predicted, with their similarity (the best over the sentences standing for them).
    const scores = sentenceSimilarities([inputs[0]!, inputs[1]!], options);
    for (const key of goldKeys) {
      if (found.has(key)) continue;
      const [gx, gy] = key.split(':').map(Number) as [number, number];
      let best = 0;
      for (const s of scores) {
        if (goldIndex(alignment.sentences[0]![s.i]!, goldSpans[0]) === gx && goldIndex(alignment.sentences[1]![s.j]!, goldSpans[1]) === gy) best = Math.max(best, s.similarity);
      }
      const [sx, sy] = [goldSpans[0][gx]!, goldSpans[1][gy]!];
      log(`  · ${best.toFixed(2)} ${x.content_text.slice(sx.start, sx.end).slice(0, 70)} ‖ ${y.content_text.slice(sy.start, sy.end).slice(0, 70)}`);
    }
  }
  return { predicted, correct, gold: maxMatching(edges) };
}

/** A scored sentence pair for --ceiling: its similarity, whether it is a gold pair, whether each is the other's best. */
export interface ScoredPair {
  similarity: number;
  /** The gold key ('g:h') when the pair is a gold pair, else null. */
  gold: string | null;
  mutualBest: boolean;
}

/**
 * Every sentence pair of two articles that shares a feature, with its similarity (alignment's scorer, before any
 * matching): how far the gold pairs stand above the others, whatever a matcher then does with the scores.
 */
export function scoredPairs(x: BundleItem, y: BundleItem, pairs: GoldPair[]): { scored: ScoredPair[]; edges: Array<[string, string]> } {
  const { goldSpans, goldKeys, edges } = goldOfPair(x, y, pairs);
  const sentences = [splitSentences(x.content_text), splitSentences(y.content_text)] as const;
  const scores = sentenceSimilarities([inputOf(x), inputOf(y)]);
  const bestOfA = new Map<number, number>();
  const bestOfB = new Map<number, number>();
  for (const s of scores) {
    bestOfA.set(s.i, Math.max(bestOfA.get(s.i) ?? 0, s.similarity));
    bestOfB.set(s.j, Math.max(bestOfB.get(s.j) ?? 0, s.similarity));
  }
  const scored = scores.map((s) => {
    const key = `${goldIndex(sentences[0][s.i]!, goldSpans[0])}:${goldIndex(sentences[1][s.j]!, goldSpans[1])}`;
    return { similarity: s.similarity, gold: goldKeys.has(key) ? key : null, mutualBest: s.similarity === bestOfA.get(s.i) && s.similarity === bestOfB.get(s.j) };
  });
  return { scored, edges };
}

const add = (a: Counts, b: Counts): Counts => ({ predicted: a.predicted + b.predicted, correct: a.correct + b.correct, gold: a.gold + b.gold });

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      dir: { type: 'string', default: 'content/articles' },
      gold: { type: 'string', default: 'test-data/align-gold.json' },
      verbose: { type: 'boolean', short: 'v', default: false },
      sweep: { type: 'boolean', default: false },
      ceiling: { type: 'boolean', default: false },
      split: { type: 'string' },
    },
  });
  let groups: GoldGroup[];
  let items: Map<string, BundleItem>;
  try {
    const data = JSON.parse(await readFile(values.gold, 'utf8')) as { groups?: GoldGroup[] };
    if (!Array.isArray(data.groups)) throw new FolderError(`${values.gold}: no "groups" list`);
    groups = data.groups;
    const folder = await readArticleFolder(values.dir);
    const bundle = buildBundle(folder.articles, { model: readNerModel() });
    items = new Map(bundle.items.map((item) => [item.id, item]));
    for (const group of groups) for (const id of group.articles) if (!items.has(id)) throw new FolderError(`${values.gold}: no article ${id} in ${values.dir}`);
  } catch (error) {
    console.error(`riwaya eval:align: ${(error as Error).message}`);
    return 1;
  }

  const zero = (): Counts => ({ predicted: 0, correct: 0, gold: 0 });
  const scoreGroup = (group: GoldGroup, options: AlignOptions, log?: (l: string) => void): Counts => {
    let counts = zero();
    for (let p = 0; p < group.articles.length; p++) {
      for (let q = p + 1; q < group.articles.length; q++) {
        const [a, b] = [group.articles[p]!, group.articles[q]!];
        const pairs = group.pairs.filter((g) => (g.a === a && g.b === b) || (g.a === b && g.b === a));
        log?.(`${a} ~ ${b}`);
        counts = add(counts, scorePair(items.get(a)!, items.get(b)!, pairs, options, log));
      }
    }
    return counts;
  };
  if (values.split !== undefined) groups = groups.filter((g) => g.split === values.split);
  if (values.ceiling) {
    // What any threshold on the similarity can reach, on the dev groups only: the gold pairs (one-to-one) scoring at
    // least t, against the other pairs scoring at least t that are each other's best (the ones a one-to-one matcher
    // would take first) and all other pairs.
    const scored: Array<ScoredPair & { pair: string }> = [];
    const edgesByPair = new Map<string, Array<[string, string]>>();
    for (const group of groups.filter((g) => g.split === 'dev')) {
      for (let p = 0; p < group.articles.length; p++) {
        for (let q = p + 1; q < group.articles.length; q++) {
          const [a, b] = [group.articles[p]!, group.articles[q]!];
          const pairs = group.pairs.filter((g) => (g.a === a && g.b === b) || (g.a === b && g.b === a));
          const result = scoredPairs(items.get(a)!, items.get(b)!, pairs);
          for (const s of result.scored) scored.push({ ...s, pair: `${a}~${b}` });
          edgesByPair.set(`${a}~${b}`, result.edges);
        }
      }
    }
    const goldTotal = [...edgesByPair.values()].reduce((sum, edges) => sum + maxMatching(edges), 0);
    console.log(`ceiling on the dev groups (${goldTotal} gold one-to-one): t, gold one-to-one scoring ≥ t, other mutual-best pairs ≥ t, other pairs ≥ t`);
    for (const t of [0.4, 0.35, 0.3, 0.25, 0.2, 0.15, 0.12, 0.1, 0.05]) {
      let gold = 0;
      for (const pair of edgesByPair.keys()) {
        const edges = scored.filter((s) => s.pair === pair && s.gold !== null && s.similarity >= t).map((s): [string, string] => [`a${s.gold!.split(':')[0]}`, `b${s.gold!.split(':')[1]}`]);
        gold += maxMatching(edges);
      }
      const others = scored.filter((s) => s.gold === null && s.similarity >= t);
      console.log(`  ${t.toFixed(2)}  ${gold}  ${others.filter((s) => s.mutualBest).length}  ${others.length}`);
    }
    console.log('');
  }
  if (values.sweep) {
    // How the two settings were chosen: precision/recall on the dev groups only, over a grid.
    console.log(`sweep on the dev groups (P/R); defaults: match ${MATCH_SIMILARITY}, word share ${WORD_SHARE}`);
    for (const wordShare of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1]) {
      const cells: string[] = [];
      for (const matchSimilarity of [0.2, 0.25, 0.3, 0.35, 0.4, 0.45]) {
        const c = groups.filter((g) => g.split === 'dev').reduce((sum, g) => add(sum, scoreGroup(g, { wordShare, matchSimilarity })), zero());
        cells.push(`${matchSimilarity}: ${(c.correct / Math.max(1, c.predicted)).toFixed(2)}/${(c.correct / Math.max(1, c.gold)).toFixed(2)}`);
      }
      console.log(`word share ${wordShare}  ${cells.join('  ')}`);
    }
    console.log('');
  }
  const totals = { dev: zero(), heldout: zero() };
  const f3 = (x: number) => x.toFixed(3);
  const line = (c: Counts) => `P ${f3(c.predicted === 0 ? 0 : c.correct / c.predicted)} R ${f3(c.gold === 0 ? 0 : c.correct / c.gold)} (${c.correct} correct of ${c.predicted} predicted; ${c.gold} gold one-to-one)`;
  try {
    for (const group of groups) {
      const counts = scoreGroup(group, {}, values.verbose ? (l: string) => console.log(l) : undefined);
      totals[group.split] = add(totals[group.split], counts);
      console.log(`${group.date} [${group.split}] ${group.title}: ${line(counts)}`);
    }
  } catch (error) {
    console.error(`riwaya eval:align: ${(error as Error).message}`);
    return 1;
  }
  console.log('');
  if (values.split !== 'heldout') console.log(`dev:      ${line(totals.dev)}`);
  if (values.split !== 'dev') console.log(`held-out: ${line(totals.heldout)}`);
  if (values.split === undefined) console.log(`all:      ${line(add(totals.dev, totals.heldout))}`);
  return 0;
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  process.exitCode = await main(process.argv.slice(2));
}

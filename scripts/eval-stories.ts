/**
 * `npm run eval:stories [-- --dir <folder>] [--labels <file>] [--verbose]`: runs the real pipeline on an article
 * folder (readArticleFolder → buildBundle, as the CLI does) and scores its stories against human story labels
 * with B-cubed precision, recall and F1 (Bagga & Baldwin 1998), over the labelled items only. An item with
 * `story: null` counts as a story of its own. Then prints, per story, the comparison pairs comparePairs suggests,
 * for a human to read. A report, not a test: exit 0 whatever the scores; 1 when the inputs cannot be used.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { readNerModel } from '../src/cli/ner-model.ts';
import type { NerModel } from '../src/core/ner/model.ts';
import { buildBundle } from '../src/core/build-bundle.ts';
import { ALL_PAIRS_MAX, comparePairs, groupStories } from '../src/core/stories.ts';
import { storyInputOf } from '../src/core/story-input.ts';
import { FolderError, readArticleFolder } from '../src/cli/read-articles.ts';

export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
}

/** B-cubed over the items that have a gold label; `predicted` maps item → cluster (absent = its own cluster). */
export function bCubed(gold: Map<string, string>, predicted: Map<string, string>): BCubed {
  const clusterOf = (id: string) => predicted.get(id) ?? `self:${id}`;
  const ids = [...gold.keys()];
  let precision = 0;
  let recall = 0;
  for (const id of ids) {
    const sameGold = ids.filter((other) => gold.get(other) === gold.get(id));
    const samePredicted = ids.filter((other) => clusterOf(other) === clusterOf(id));
    const both = samePredicted.filter((other) => gold.get(other) === gold.get(id)).length;
    precision += both / samePredicted.length;
    recall += both / sameGold.length;
  }
  precision /= ids.length;
  recall /= ids.length;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}


export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      dir: { type: 'string', default: 'content/articles' },
      labels: { type: 'string', default: 'test-data/corpus-stories.json' },
      verbose: { type: 'boolean', short: 'v', default: false },
    },
  });
  let labels: Map<string, string>;
  let folder;
  let model: NerModel;
  try {
    const data = JSON.parse(await readFile(values.labels, 'utf8')) as { stories?: Record<string, string> };
    if (!data.stories || typeof data.stories !== 'object') throw new FolderError(`${values.labels}: no "stories" object`);
    labels = new Map(Object.entries(data.stories));
    folder = await readArticleFolder(values.dir);
    model = readNerModel();
  } catch (error) {
    console.error(`riwaya eval:stories: ${(error as Error).message}`);
    return 1;
  }

  const started = performance.now();
  const bundle = buildBundle(folder.articles, { model });
  const ms = performance.now() - started;
  const items = new Map(bundle.items.map((item) => [item.id, item]));
  const gold = new Map([...labels].filter(([id]) => items.has(id)));
  const predicted = new Map<string, string>();
  for (const [id] of gold) {
    const story = items.get(id)!._riwaya.story;
    if (story !== null) predicted.set(id, story);
  }
  const score = bCubed(gold, predicted);
  const f3 = (x: number) => x.toFixed(3);
  console.log(`eval:stories on ${values.dir}: ${bundle.items.length} items built in ${ms.toFixed(0)} ms, ${gold.size} labelled (${labels.size - gold.size} labels without an item)`);
  console.log(`B-cubed: P ${f3(score.precision)} R ${f3(score.recall)} F1 ${f3(score.f1)}`);
  console.log(`stories: ${bundle._riwaya.stories.length}; items without a story: ${bundle.items.filter((i) => i._riwaya.story === null).length}`);

  const inputs = bundle.items.map(storyInputOf);
  // The same articles through the blocked path that collections over ALL_PAIRS_MAX articles take, for the record.
  const blocked = groupStories(inputs, { allPairsMax: 0 }).storyOf;
  const blockedScore = bCubed(gold, new Map([...gold.keys()].filter((id) => blocked.has(id)).map((id) => [id, blocked.get(id)!])));
  console.log(`B-cubed on the blocked path (collections over ${ALL_PAIRS_MAX} articles): P ${f3(blockedScore.precision)} R ${f3(blockedScore.recall)} F1 ${f3(blockedScore.f1)}`);
  for (const story of bundle._riwaya.stories) {
    const labelCounts = new Map<string, number>();
    for (const id of story.item_ids) {
      const label = labels.get(id) ?? '(unlabelled)';
      labelCounts.set(label, (labelCounts.get(label) ?? 0) + 1);
    }
    console.log(`\n${story.id} (${story.item_ids.length} items: ${[...labelCounts].map(([l, n]) => `${l} ${n}`).join(', ')})`);
    console.log(`  title: ${story.title}`);
    if (values.verbose) for (const id of story.item_ids) console.log(`  - ${id} [${labels.get(id) ?? '-'}] ${items.get(id)!.title}`);
    for (const pair of comparePairs(story, inputs)) {
      console.log(`  compare ${pair.similarity.toFixed(2)}: ${pair.a} «${items.get(pair.a)!.title}»`);
      console.log(`                ${pair.b} «${items.get(pair.b)!.title}»`);
    }
  }
  const missing = [...gold.keys()].filter((id) => !predicted.has(id));
  if (missing.length > 0) console.log(`\nlabelled items without a story: ${missing.map((id) => `${id} [${gold.get(id)}]`).join(', ')}`);
  return 0;
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  process.exitCode = await main(process.argv.slice(2));
}

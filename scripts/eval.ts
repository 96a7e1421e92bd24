/**
 * `npm run eval -- <gold.json> [--dir <folder>] [--verbose]`: runs the real pipeline on an article folder and
 * scores the articles a gold file names. A report, not a test: exit 0 whatever the scores; exit 1 only when the
 * gold file (or the folder) cannot be used.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { buildBundle } from '../src/core/build-bundle.ts';
import type { BundleItem, Entity } from '../src/core/bundle-schema.ts';
import { FolderError, readArticleFolder } from '../src/cli/read-articles.ts';
import { NerModelFileError, readNerModel } from '../src/cli/ner-model.ts';
import type { NerModel } from '../src/core/ner/model.ts';
import {
  parseGold,
  scoreArticle,
  scoreCrossDocument,
  summarize,
  type ArticleScore,
  type Count,
  type CrossDocumentScore,
  type GoldFile,
  type Summary,
} from '../src/eval/score.ts';

const HELP = `Usage: npm run eval -- <gold.json> [--dir <folder>] [--verbose]

Builds a bundle from every article in <folder> (default content/articles) and scores the articles
named in <gold.json> (see test-data/seeds-gold.json, its "note" and "matching" fields).
  --dir <folder>   the article folder (*.txt + manifest.json)
  --verbose, -v    list what each article missed
Exit status: 0 (a report, whatever the scores); 1 when the gold file or folder cannot be used.`;

async function loadGold(path: string): Promise<GoldFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new FolderError(`${path}: cannot read the gold file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new FolderError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = parseGold(data);
  if (!parsed.ok) throw new FolderError(`${path}: not a gold file:\n  ${parsed.problems.join('\n  ')}`);
  return parsed.gold;
}

const ratio = (c: Count) => `${c.found}/${c.total}`;
const percent = (c: Count) => (c.total === 0 ? 'n/a' : `${((100 * c.found) / c.total).toFixed(1)}%`);
const f3 = (x: number) => x.toFixed(3);

function summaryLines(s: Summary): string[] {
  const p = s.persons;
  return [
    `persons: P ${f3(p.precision)} R ${f3(p.recall)} F1 ${f3(p.f1)} (predicted ${p.predicted}, correct ${p.truePositives}; gold ${p.goldTotal}, found ${p.goldFound})`,
    `cross-document identity: ${ratio(s.crossDocument)} persons carry one entity id in all their items`,
    `forbidden persons leaked: ${s.forbiddenLeaked.found} of ${s.forbiddenLeaked.total}`,
    `junk removed: ${percent(s.junkRemoved)} (${ratio(s.junkRemoved)} boilerplate strings absent)`,
    `lines lost: ${s.linesLost} (must be 0)`,
    `date mentions: found ${ratio(s.datesFound)} (${percent(s.datesFound)}), resolved ${ratio(s.datesResolved)} (${percent(s.datesResolved)})`,
    `publication date right: ${ratio(s.published)}`,
    `outlet right: ${ratio(s.outlet)}`,
    `places_some found: ${ratio(s.places)} (${percent(s.places)})`,
    `organizations_some found: ${ratio(s.organizations)} (${percent(s.organizations)})`,
    `subheadings found: ${ratio(s.subheadings)}`,
    `titles right: ${ratio(s.titles)}`,
  ];
}

function articleLines(a: ArticleScore): string[] {
  const lines: string[] = [];
  const list = (label: string, xs: string[]) => {
    if (xs.length > 0) lines.push(`  ${label}: ${xs.join(' | ')}`);
  };
  list('persons missed', a.persons.missed);
  list('persons extra', a.persons.extra);
  list('forbidden leaked', a.forbiddenLeaked);
  list('junk present', a.junkPresent);
  list('lines lost', a.linesLost);
  list(
    'dates',
    a.dates.misses.map((m) =>
      m.notInText
        ? `${m.text} (not in content_text)`
        : m.got === undefined
          ? `${m.text} (no date span)`
          : `${m.text} → ${m.got ?? 'null'}, want ${m.value ?? 'null'}`,
    ),
  );
  if (!a.published.right) lines.push(`  published: ${a.published.got ?? 'null'}, want ${a.published.want}`);
  if (a.outlet && !a.outlet.right) lines.push(`  outlet: ${a.outlet.got ?? 'null'}, want ${a.outlet.want}`);
  list('places missed', a.places.missed);
  list('organizations missed', a.organizations.missed);
  list('subheadings missed', a.subheadings.missed);
  if (a.title && !a.title.right) lines.push(`  title: «${a.title.got}», want «${a.title.want}»`);
  return lines.length === 0 ? [] : [a.id, ...lines];
}

function crossLines(cross: CrossDocumentScore[]): string[] {
  return cross
    .filter((c) => !c.same)
    .map((c) => `cross-document ${c.person}: ${c.items.map((id) => `${id}=[${(c.idsByItem[id] ?? []).join(',')}]`).join(' ')}`);
}

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        dir: { type: 'string', default: 'content/articles' },
        verbose: { type: 'boolean', short: 'v', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    console.error(`riwaya eval: ${(error as Error).message}\n\n${HELP}`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const goldPath = positionals[0];
  if (!goldPath || positionals.length > 1) {
    console.error(`riwaya eval: give one gold file.\n\n${HELP}`);
    return 1;
  }

  let gold: GoldFile;
  let folder;
  let model: NerModel;
  try {
    gold = await loadGold(goldPath);
    folder = await readArticleFolder(values.dir);
    model = readNerModel();
  } catch (error) {
    if (error instanceof FolderError || error instanceof NerModelFileError) {
      console.error(`riwaya eval: ${error.message}`);
      return 1;
    }
    throw error;
  }

  // The whole folder is built, as the CLI would: entity identity across documents depends on the collection.
  const bundle = buildBundle(folder.articles, { model });
  const items = new Map<string, BundleItem>(bundle.items.map((item) => [item.id, item]));
  const entities = new Map<string, Entity>(bundle._riwaya.entities.map((e) => [e.id, e]));
  const rawById = new Map(folder.articles.map((a) => [a.file.replace(/\.txt$/i, ''), a.text]));

  const scores: ArticleScore[] = [];
  const absent: string[] = [];
  for (const [id, article] of Object.entries(gold.articles)) {
    const item = items.get(id);
    const raw = rawById.get(id);
    if (!item || raw === undefined) absent.push(id);
    else scores.push(scoreArticle(id, article, item, entities, raw));
  }
  const cross = scoreCrossDocument(gold, items, entities);
  const summary = summarize(scores, cross);

  console.log(`eval ${goldPath} on ${values.dir}: ${summary.articles} gold articles scored (${bundle.items.length} built)`);
  for (const id of absent) console.log(`warning: ${id} is not in ${values.dir} (skipped, not scored)`);
  for (const { file, reason } of folder.skipped) console.log(`warning: ${file} skipped by the reader: ${reason}`);
  for (const line of summaryLines(summary)) console.log(line);
  if (values.verbose) {
    console.log('');
    for (const a of scores) for (const line of articleLines(a)) console.log(line);
    for (const line of crossLines(cross)) console.log(line);
  }
  return 0;
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  process.exitCode = await main(process.argv.slice(2));
}

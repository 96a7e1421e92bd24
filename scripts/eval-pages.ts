/**
 * `npm run eval:pages -- <folder>`: the pipeline on a folder of real pages that is not in the repository (pages saved
 * from news sites, kept local: their texts may not be republished), scored against the folder's gold.json:
 *
 *   [{ "file": "01.txt", "url": "…", "outlet": "…", "headline": "<the headline line as in the file>" | null,
 *      "published": "YYYY-MM-DD" | null, "persons": ["<full name as first written, no title, no proclitic>"],
 *      "residue": ["<each residue line, as in the file>"], "residuePersons": ["<persons named only in residue>"] }]
 *
 * Each file is bundled alone (no manifest: the page's own lines give the date and the outlet), so nothing else in the
 * folder helps. Prints, per file with a difference, the persons missed and extra, the residue lines left in the text,
 * the article's own paragraphs taken out of it (a line of 12 words or more that the gold does not call residue), a
 * wrong headline or publication day; then persons P/R/F1 (a person entity of the article matches a gold name when its
 * name or an alias is that name after matchKey, "عبد ال…" read as "عبدال…"), residue lines left, headlines and days
 * right. A report, not a test: exit 0 whatever the scores.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBundle } from '../src/core/build-bundle.ts';
import type { Entity } from '../src/core/bundle-schema.ts';
import { matchKey } from '../src/core/normalize.ts';
import { readNerModel } from '../src/cli/ner-model.ts';

interface PageGold {
  file: string;
  headline: string | null;
  published: string | null;
  persons: string[];
  residue: string[];
  residuePersons?: string[];
}

const dir = process.argv[2];
if (!dir) {
  console.error('Usage: npm run eval:pages -- <folder with *.txt and gold.json>');
  process.exit(1);
}
const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as PageGold[];
const model = readNerModel();
const norm = (s: string) => matchKey(s).replace(/\s+/g, ' ').replace(/عبد ال/g, 'عبدال').trim();
const PARAGRAPH_WORDS = 12;
const totals = { tp: 0, fp: 0, fn: 0, residueLeft: 0, residue: 0, paragraphsCut: 0, headlines: 0, headlinesRight: 0, days: 0, daysRight: 0 };

for (const g of gold) {
  const text = readFileSync(join(dir, g.file), 'utf8');
  const bundle = buildBundle([{ file: g.file, text }], { model });
  const item = bundle.items[0]!;
  const byId = new Map<string, Entity>(bundle._riwaya.entities.map((e) => [e.id, e]));
  const persons = [...new Set(item._riwaya.mentions.map((m) => m.entity))].map((id) => byId.get(id)!).filter((e) => e.type === 'person');
  const wanted = g.persons.map(norm);
  const residueOnly = new Set((g.residuePersons ?? []).map(norm));
  const found = new Set<string>();
  const extra: string[] = [];
  for (const e of persons) {
    const names = new Set([e.name, ...e.aliases].map(norm));
    const hit = wanted.find((p) => names.has(p));
    if (hit) found.add(hit);
    else if (![...names].some((n) => residueOnly.has(n))) extra.push(e.name);
  }
  const missed = wanted.filter((p) => !found.has(p));
  totals.tp += found.size;
  totals.fp += extra.length;
  totals.fn += missed.length;
  const left = g.residue.filter((l) => l.trim().length > 0 && item.content_text.includes(l.trim()));
  // The article's own paragraphs taken out of the text: lines of PARAGRAPH_WORDS words or more that the gold does not
  // call residue (shorter lines may be a byline, a date or a caption, which the cleaner moves to removed[] rightly).
  const residueLines = new Set(g.residue.map((l) => l.trim()));
  // Spaces compared collapsed: the cleaner joins a paragraph broken over several lines.
  const flat = (t: string) => t.replace(/\s+/g, ' ');
  const content = flat(item.content_text);
  const cut = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.split(/\s+/).length >= PARAGRAPH_WORDS && !residueLines.has(l) && l !== g.headline?.trim() && !content.includes(flat(l)));
  totals.paragraphsCut += cut.length;
  totals.residueLeft += left.length;
  totals.residue += g.residue.length;
  const notes: string[] = [];
  if (g.headline !== null) {
    totals.headlines++;
    if (norm(item.title) === norm(g.headline)) totals.headlinesRight++;
    else notes.push(`headline «${item.title}», not «${g.headline}»`);
  }
  if (g.published !== null) {
    totals.days++;
    const day = item._riwaya.published?.value ?? null;
    if (day === g.published) totals.daysRight++;
    else notes.push(`published ${day}, not ${g.published}`);
  }
  if (missed.length) notes.push(`missed: ${missed.join(' | ')}`);
  if (extra.length) notes.push(`extra: ${extra.join(' | ')}`);
  if (left.length) notes.push(`residue left: ${left.join(' ‖ ')}`);
  if (cut.length) notes.push(`article paragraphs cut: ${cut.map((l) => l.slice(0, 80)).join(' ‖ ')}`);
  if (notes.length) console.log(`${g.file}\n  ${notes.join('\n  ')}`);
}
const p = totals.tp / (totals.tp + totals.fp);
const r = totals.tp / (totals.tp + totals.fn);
console.log(`\npersons P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r)).toFixed(3)} (found ${totals.tp}, extra ${totals.fp}, missed ${totals.fn})`);
console.log(`residue lines left in the text ${totals.residueLeft}/${totals.residue}; article paragraphs cut ${totals.paragraphsCut}; headlines right ${totals.headlinesRight}/${totals.headlines}; publication days right ${totals.daysRight}/${totals.days}`);

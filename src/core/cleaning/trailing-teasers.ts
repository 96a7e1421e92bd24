/**
 * Leads of other stories appended after an article without any heading: some pages end with a strip of "more
 * news" whose scraper keeps only each story's one-paragraph lead, so the text runs on, paragraph after paragraph,
 * into unrelated stories (a football result, oil prices, the weather). No marker announces them; what gives them
 * away is that they are about something else. So they are found by topical coherence: a lead of another story
 * shares almost no content word with the article before it, nor with the lead next to it.
 *
 * Words are compared as core compares them elsewhere (align/tokens.ts: matchKey, the article's clitics stripped,
 * function words dropped), with the proclitics (و ف ب ل ك, arabic/clitics.ts) taken off too so that "لأوكرانيا" meets "أوكرانيا".
 * The threshold was measured on content/articles: see TEASER_MAX_OVERLAP.
 */
import { contentKeys } from '../align/tokens.ts';
import { deepestReading, procliticReadings } from '../arabic/clitics.ts';
import { isStopword } from '../arabic/stopwords.ts';
import { matchKey } from '../normalize.ts';
import { wordCount } from '../word-count.ts';

/**
 * The largest share of a paragraph's content words that may be found around it — in the article (the headline and
 * every line before the trailing lead-shaped lines) or in the paragraph just before or after it — for it to count
 * as another story's lead. Measured on content/articles with five leads of unrelated stories appended to each of
 * the 68 articles (the measurement is in the commit message): an appended lead finds a median of 4% of its words around it
 * (95th percentile 14.8%, at most 22.7%: "Monday", "per cent", "capital" come up by chance); the article's own
 * lead-shaped paragraphs (29 of them after the second paragraph) find 0, 8.3 and 9.1%, then none until 16.7%,
 * median 31.8%. 0.15 lies in that empty band, and 326 of the 340 appended leads fall at or under it.
 */
export const TEASER_MAX_OVERLAP = 0.15;
/** One lead is not enough evidence: a real article may end on a paragraph about something else (background). */
export const MIN_TEASER_RUN = 2;
/** The article keeps at least its first paragraphs: the lead that the rest is measured against. */
export const MIN_KEPT_PARAGRAPHS = 2;
/**
 * A lead is one full sentence: enough content words to be measured (a short line shares nothing by chance, like the
 * "Country: 2" items of a list), and not longer than a long lead sentence.
 */
const MIN_LEAD_KEYS = 8;
const MAX_LEAD_WORDS = 60;

/** A paragraph that opens on a quotation continues the speaker of the paragraph before. */
const OPENING_QUOTE = /^["«“'(]/;

/** The content words of a text, as comparison keys (numbers dropped: a year or a count is shared by chance). */
export function topicKeys(text: string): Set<string> {
  const keys = new Set<string>();
  for (const key of contentKeys(text)) if (/\p{L}/u.test(key)) keys.add(deepestReading(procliticReadings(key, { minStem: 3 })).stem);
  return keys;
}

/**
 * Does this paragraph continue the one before it, by its first word? Arabic ties a paragraph to the previous one with
 * a fused conjunction (وقال، وأضاف، فيما) or opens it on a function word (كما "also", لكن "but", من جانبه "for his
 * part") or a quotation; a story's lead opens on its subject or its verb. `leadVerbs` are the reporting verbs that
 * open leads ("قال …"), function words in the stopword list all the same. A lead whose first word begins with و
 * or ف as a root letter (وزير "minister", وكالة "agency") reads as a continuation too: the rule errs on keeping.
 */
export function opensAsContinuation(text: string, leadVerbs: ReadonlySet<string>): boolean {
  if (OPENING_QUOTE.test(text)) return true;
  const first = matchKey(text.slice(0, 30)).split(/[\s،,:]+/)[0] ?? '';
  if (first.startsWith('و') || first.startsWith('ف')) return true;
  return isStopword(first) && !leadVerbs.has(first);
}

/** Shaped like another story's lead: one sentence-sized paragraph that does not continue the one before. */
export function hasLeadShape(text: string, leadVerbs: ReadonlySet<string>): boolean {
  return wordCount(text) <= MAX_LEAD_WORDS && !opensAsContinuation(text, leadVerbs);
}

/** A body line of the cleaned article, in order. */
export interface BodyLine {
  text: string;
  /** Not headline-shaped (a subheading or a list item is never another story's lead). */
  paragraph: boolean;
}

/**
 * Where the trailing run of other stories' leads starts in `body` (the index is body.length when there is none).
 * Each line of the run is a paragraph with a lead's shape and shares at most TEASER_MAX_OVERLAP of its content words
 * with the headline, the lines before it and the next one of the run; the run is cut only when it holds
 * MIN_TEASER_RUN paragraphs or more, and the first MIN_KEPT_PARAGRAPHS lines always stay. Each line is tokenized
 * once, and only when the shape of the last lines allows a run at all.
 */
export function trailingTeaserStart(headline: string | null, body: readonly BodyLine[], leadVerbs: ReadonlySet<string>): number {
  const n = body.length;
  // Cheap test first: most articles end on a continuation paragraph, and then there is nothing to measure.
  let shaped = n;
  while (shaped > MIN_KEPT_PARAGRAPHS && body[shaped - 1]!.paragraph && hasLeadShape(body[shaped - 1]!.text, leadVerbs)) shaped--;
  if (n - shaped < MIN_TEASER_RUN) return n;

  const keys = body.map((line) => topicKeys(line.text));
  // What a lead of the run is measured against: the article up to the trailing lead-shaped lines (the headline and
  // every line before them), and its two neighbours — a paragraph about the subject of the one before or after it
  // is not another story. Lines of the run further away are not counted: two leads of other stories may share a
  // word by chance ("international"), and the chances would add up along the run.
  const article = new Set(headline === null ? [] : topicKeys(headline));
  for (let i = 0; i < shaped; i++) for (const key of keys[i]!) article.add(key);
  const incoherent = (at: number): boolean => {
    const own = keys[at]!;
    if (own.size < MIN_LEAD_KEYS) return false;
    let found = 0;
    for (const key of own) if (article.has(key) || keys[at - 1]!.has(key) || (at + 1 < n && keys[at + 1]!.has(key))) found++;
    return found / own.size <= TEASER_MAX_OVERLAP;
  };
  let start = n;
  while (start > shaped && incoherent(start - 1)) start--;
  return n - start >= MIN_TEASER_RUN ? start : n;
}

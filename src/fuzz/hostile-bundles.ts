/**
 * Hostile bundles for the e2e fuzz (issue 12): what a tampered, truncated or hand-written bundle.json can hold.
 * Each is the text the app fetches, made from a real bundle by a few mutations (or a broken file outright), with the
 * routes worth visiting for it. Pure and deterministic: the same seed gives the same bundles (mulberry32).
 */
import { mulberry32 } from '../core/random.ts';
import { readBundle, type Bundle } from '../core/bundle-schema.ts';

/**
 * What the reader must make of a bundle: its pages, its pages with a notice naming the items left out, or the error
 * view (a file that is no bundle at all, or whose envelope is broken).
 */
export type Outcome = 'page' | 'dropped' | 'error';

export interface HostileBundle {
  /** What was done to the bundle, for a failure message. */
  label: string;
  /** The outcome each change declares, the worst of them; undefined when one of them cannot say in advance. */
  expect: Outcome | undefined;
  body: string;
  /** Paths to open with this bundle: every route, with ids taken from the bundle where it has them. */
  paths: string[];
}

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

/** Strings that are markup, script, or layout-breaking text when they are not shown as plain text. */
const BUNDLE_PAYLOADS = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 1">',
  '<svg onload="window.__pwned = 1"></svg>',
  '"><iframe srcdoc="<script>parent.__pwned=1</script>">',
  'javascript:window.__pwned=1',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '\u202Eعكس\u202C',
  '\u2066عزل\u2069\u200F',
  'كلمة'.repeat(2000),
  'ب\u064E'.repeat(300),
  '🏳️‍🌈👨‍👩‍👧‍👦',
  '%00%2e%2e%2f',
  '__proto__',
  ' ',
];

/** An id that is awkward in a URL or a selector. */
const HOSTILE_IDS = ['../../etc/passwd', 'a?b=1#c', '%2F%2E%2E', 'مقال عربي', 'id with spaces', 'x'.repeat(3000), '<b>id</b>', '__proto__', 'constructor', '.', '..'];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
/** One change to a parsed bundle: what it did, and the outcome it leads to when that is known in advance. */
type Mutation = (bundle: Bundle & Record<string, unknown>, random: Random) => [string, Outcome | undefined];

const items = (bundle: Bundle) => bundle.items;
const someItem = (bundle: Bundle, random: Random) => pick(random, items(bundle));

/** Fields that are only shown (no id, code, date or offset depends on them): any non-empty text is valid there. */
const DISPLAY_FIELDS = new Set(['title', 'name', 'aliases', 'tags', 'text', 'outlet', 'source_file']);

/** Every string leaf of a JSON value under a display field, with a setter. */
function stringLeaves(value: Json, out: Array<(s: string) => void> = [], display = false): Array<(s: string) => void> {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      if (typeof v === 'string') {
        if (display) out.push((s) => (value[i] = s));
      } else stringLeaves(v, out, display);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (typeof v === 'string') {
        if (DISPLAY_FIELDS.has(k)) out.push((s) => (value[k] = s));
      } else stringLeaves(v, out, DISPLAY_FIELDS.has(k));
    }
  }
  return out;
}

/** Renames an item everywhere it is referenced, so that only the name is hostile. */
function renameItem(bundle: Bundle, from: string, to: string): void {
  for (const item of bundle.items) if (item.id === from) item.id = to;
  for (const story of bundle._riwaya.stories) story.item_ids = story.item_ids.map((id) => (id === from ? to : id));
}

function renameEntity(bundle: Bundle, from: string, to: string): void {
  for (const entity of bundle._riwaya.entities) if (entity.id === from) entity.id = to;
  for (const item of bundle.items) {
    for (const m of item._riwaya.mentions) if (m.entity === from) m.entity = to;
    for (const q of item._riwaya.quotes) if (q.speaker === from) q.speaker = to;
  }
}

const setPublished = (item: Bundle['items'][number], value: string, precision: 'day' | 'month' | 'year'): void => {
  item._riwaya.published = { value, precision };
  if (precision === 'day') item.date_published = `${value}T00:00:00Z`;
  else delete item.date_published;
};

/** One change to a parsed bundle; returns its label. */
const MUTATIONS: Mutation[] = [
  (bundle, random) => {
    const leaves = stringLeaves(bundle as unknown as Json);
    for (let i = 0; i < 40; i++) pick(random, leaves)(pick(random, BUNDLE_PAYLOADS));
    return ['payloads in 40 displayed fields', 'page'];
  },
  (bundle, random) => {
    const item = someItem(bundle, random);
    item.title = pick(random, BUNDLE_PAYLOADS);
    item.content_text = `${item.content_text}\n\n${BUNDLE_PAYLOADS.join('\n\n')}`;
    item.tags = [...item.tags, ...BUNDLE_PAYLOADS.slice(0, 6)];
    return ['payloads in an article', 'page'];
  },
  (bundle, random) => {
    const id = pick(random, HOSTILE_IDS);
    renameItem(bundle, someItem(bundle, random).id, id);
    return [`item id ${JSON.stringify(id.slice(0, 20))}`, 'page'];
  },
  (bundle, random) => {
    const entity = bundle._riwaya.entities[0];
    if (!entity) return ['no entity to rename', 'page'];
    const id = pick(random, HOSTILE_IDS);
    renameEntity(bundle, entity.id, id);
    entity.name = pick(random, BUNDLE_PAYLOADS);
    return [`entity id ${JSON.stringify(id.slice(0, 20))} and a payload name`, 'page'];
  },
  (bundle, random) => {
    // The ends of the publication range are read; a year past it, a 30 February or a year 0 leave the item out.
    const [value, precision, outcome] = pick(random, [['1800-01-01', 'day', 'page'], ['2100-12-31', 'day', 'page'], ['1800', 'year', 'page'], ['2100-12', 'month', 'page'], ['9999-12-31', 'day', 'dropped'], ['2023-02-30', 'day', 'dropped'], ['0000-01-01', 'day', 'dropped']] as const);
    setPublished(someItem(bundle, random), value, precision);
    return [`published ${value}`, outcome];
  },
  (bundle, random) => {
    for (const item of items(bundle)) setPublished(item, random() < 0.5 ? '1800-01-01' : '2100-12-31', 'day');
    return ['every article at the ends of the year range', 'page'];
  },
  (bundle, random) => {
    const item = someItem(bundle, random);
    item._riwaya.dates.push({ start: 0, end: 1, value: pick(random, ['9999-12-31', '0001-01-01', '2023-02-30', '1800']), precision: 'day' });
    return ['a mentioned date far away or impossible', undefined];
  },
  (bundle, random) => {
    const item = someItem(bundle, random);
    const m = item._riwaya.mentions[0];
    const n = item.content_text.length;
    if (m) Object.assign(m, pick(random, [{ start: n + 10, end: n + 20 }, { start: 5, end: 2 }, { start: -1, end: 3 }, { start: 0, end: 1e308 }, { start: 1.5, end: 2 }]));
    else item._riwaya.headings.push({ start: n, end: n + 100 });
    return ['a span outside its text', 'dropped'];
  },
  (bundle, random) => {
    const item = someItem(bundle, random) as unknown as Record<string, unknown>;
    const field = pick(random, ['title', 'content_text', '_riwaya', 'id', 'tags']);
    if (random() < 0.5) delete item[field];
    // (Each value is wrong for each of these fields: no empty list, which tags may be.)
    else item[field] = pick(random, [null, 42, {}, true] as Json[]);
    return [`an item with ${field} missing or of the wrong type`, 'dropped'];
  },
  (bundle, random) => {
    const list = bundle.items as unknown[];
    list.splice(Math.floor(random() * list.length), 0, pick(random, [null, 'item', 42, [], {}] as Json[]));
    return ['a value that is not an item among the items', 'dropped'];
  },
  (bundle, random) => {
    bundle.items.push(structuredClone(someItem(bundle, random)));
    return ['two items with one id', 'dropped'];
  },
  (bundle, random) => {
    const item = someItem(bundle, random);
    item._riwaya.mentions.push({ start: 0, end: 1, entity: 'no-such-entity' });
    item._riwaya.story = random() < 0.5 ? 'no-such-story' : item._riwaya.story;
    const story = bundle._riwaya.stories[0];
    if (story) story.item_ids.push('no-such-item');
    return ['references to an entity, a story and an item that do not exist', 'dropped'];
  },
  (bundle, random) => {
    // Short copies (the lead paragraph, its spans), so that the size is in the count of articles, not in bytes.
    const base = structuredClone(someItem(bundle, random));
    const lead = base.content_text.split('\n\n')[0] ?? '';
    const within = <T extends { end: number }>(list: T[]) => list.filter((s) => s.end <= lead.length);
    const ext = base._riwaya;
    const short = { ...base, content_text: lead, _riwaya: { ...ext, mentions: within(ext.mentions), dates: within(ext.dates), quotes: within(ext.quotes), headings: within(ext.headings) } };
    for (let i = 0; i < 1500; i++) bundle.items.push({ ...structuredClone(short), id: `copy-${i}`, title: `${base.title} ${i}` });
    return ['1,500 more articles', 'page'];
  },
  (bundle) => {
    for (let i = 0; i < 3000; i++) bundle._riwaya.entities.push({ id: `person-${i}`, type: 'person', name: `شخص ${i}`, aliases: [`شخص ${i}`] });
    return ['3,000 more entities', 'page'];
  },
  (bundle, random) => {
    const item = someItem(bundle, random);
    item.content_text = `${item.content_text}\n\n${'ا'.repeat(200_000)}`;
    return ['a 200,000-letter word', 'page'];
  },
  (bundle, random) => {
    const item = someItem(bundle, random);
    // A kind is a lowercase code, known or not: "BAD KIND" is not one.
    const [kind, outcome] = pick(random, [['BAD KIND', 'dropped'], ['x'.repeat(500), 'page'], ['shortcode', 'page']] as const);
    item._riwaya.removed.push({ kind, text: pick(random, BUNDLE_PAYLOADS) });
    return [`a removed entry of kind ${JSON.stringify(kind.slice(0, 12))}`, outcome];
  },
  (bundle) => {
    const riwaya = bundle._riwaya as unknown as Record<string, unknown>;
    Object.defineProperty(bundle, '__proto__', { value: { polluted: true }, enumerable: true, configurable: true, writable: true });
    Object.defineProperty(riwaya, 'constructor', { value: { prototype: { polluted: true } }, enumerable: true, configurable: true, writable: true });
    return ['__proto__ and constructor keys', 'page'];
  },
  (bundle, random) => {
    const field = pick(random, ['version', 'language', 'title', 'items', '_riwaya']);
    // Each of these values breaks each of these fields.
    bundle[field] = pick(random, ['', null, 7, false] as Json[]);
    return [`envelope field ${field} broken`, 'error'];
  },
  (bundle) => {
    (bundle._riwaya as unknown as Record<string, unknown>).schema = 99;
    return ['a schema version from the future', 'error'];
  },
];

/** Files that are not a bundle at all. */
function brokenFiles(valid: string): Array<[string, string, Outcome]> {
  return [
    ['an empty file', '', 'error'],
    ['null', 'null', 'error'],
    ['an array', '[]', 'error'],
    ['an empty object', '{}', 'error'],
    ['HTML', '<!doctype html><script>window.__pwned = 1</script>', 'error'],
    ['cut in half', valid.slice(0, Math.floor(valid.length / 2)), 'error'],
    // A byte order mark is legal before JSON: the bundle is read.
    ['a byte order mark first', `\uFEFF${valid}`, 'page'],
    ['nested 100,000 deep', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'error'],
  ];
}

const SEVERITY: Outcome[] = ['page', 'dropped', 'error'];
/** The outcome of several changes at once: the worst, unknown when one of them is. */
const worst = (outcomes: Array<Outcome | undefined>): Outcome | undefined =>
  outcomes.includes(undefined) ? undefined : (outcomes as Outcome[]).reduce((a, b) => (SEVERITY.indexOf(b) > SEVERITY.indexOf(a) ? b : a), 'page');

/** The routes to visit with a bundle, ids taken from it where it has any. */
function pathsFor(bundle: unknown): string[] {
  const b = bundle as Partial<Bundle> | null;
  const list = Array.isArray(b?.items) ? b.items : [];
  const itemId = (i: number) => {
    const item = list[i] as { id?: unknown } | undefined;
    return typeof item?.id === 'string' ? item.id : 'missing';
  };
  const entities = Array.isArray(b?._riwaya?.entities) ? b._riwaya.entities : [];
  const stories = Array.isArray(b?._riwaya?.stories) ? b._riwaya.stories : [];
  const entity = typeof entities[0]?.id === 'string' ? entities[0].id : 'missing';
  const story = typeof stories[0]?.id === 'string' ? stories[0].id : 'missing';
  const e = encodeURIComponent;
  return [
    '/',
    `/article/${e(itemId(0))}`,
    `/article/${e(itemId(list.length - 1))}`,
    '/timeline',
    '/entities',
    `/entity/${e(entity)}`,
    `/?q=${e('الناتو')}&person=${e(entity)}&from=1800-01&to=2100-12`,
    `/compare?ids=${e(itemId(0))},${e(itemId(1))},${e(itemId(2))}`,
    `/story/${e(story)}`,
    '/settings',
    '/no/such/page',
  ];
}

/** What the core's reader makes of the text the app fetches (JSON as fetch reads it: a leading BOM is dropped). */
export function outcomeOf(body: string): Outcome {
  let data: unknown;
  try {
    data = JSON.parse(body.replace(/^\uFEFF/, ''));
  } catch {
    return 'error';
  }
  const reading = readBundle(data);
  return !reading.ok ? 'error' : reading.dropped.length > 0 ? 'dropped' : 'page';
}

/** How many bundles show every broken file and every mutation once (the rest combine mutations). */
export const EACH_KIND_ONCE = brokenFiles('').length + MUTATIONS.length;

/** `count` hostile bundles made from `base` with `seed`: broken files first, then mutated bundles. */
export function hostileBundles(seed: number, count: number, base: Bundle): HostileBundle[] {
  const random = mulberry32(seed);
  const valid = JSON.stringify(base);
  const out: HostileBundle[] = brokenFiles(valid).map(([label, body, expect]) => ({ label, expect, body, paths: pathsFor(base) }));
  let turn = 0;
  while (out.length < count) {
    const bundle = structuredClone(base) as Bundle & Record<string, unknown>;
    const done: Array<[string, Outcome | undefined]> = [];
    // Each mutation in turn on its own, then a few at once.
    const n = turn < MUTATIONS.length ? 1 : 1 + Math.floor(random() * 3);
    for (let i = 0; i < n; i++) done.push((turn < MUTATIONS.length ? MUTATIONS[turn]! : pick(random, MUTATIONS))(bundle, random));
    turn++;
    out.push({ label: done.map(([label]) => label).join(' + '), expect: worst(done.map(([, outcome]) => outcome)), body: JSON.stringify(bundle), paths: pathsFor(bundle) });
  }
  return out.slice(0, count);
}

/**
 * Hostile article folders for `npm run fuzz` (issue 12): the kinds of input a scraper, a careless user or an
 * attacker hands the CLI, as plain descriptions (no file system here; scripts/fuzz.ts writes them to disk).
 *
 * Every folder holds a few good articles (mutated real ones from content/articles) among its hostile entries, so a
 * run that writes nothing is an abort caused by single files. Each entry says what must become of it: `kept` (an
 * item whose source is this file), `skipped` (a report line naming it) or `ignored` (not an article: no *.txt name).
 * The same seed gives the same folders on every machine (mulberry32).
 */
import { mulberry32 } from '../core/random.ts';

/** What the CLI must do with an entry. */
export type Fate = 'kept' | 'skipped' | 'ignored';

/**
 * An entry of a folder. `shown` is the name the CLI's report must give when it is not the name itself (bytes that are
 * not UTF-8 and control characters written \xNN), spelled out here independently of the CLI's code.
 */
export type FolderEntry =
  | { type: 'file'; name: string | Uint8Array; shown?: string; bytes: Uint8Array; fate: Fate; category: string }
  /** A symbolic link; `target` is `canary` for the file outside the folder that must never be read, else a path. */
  | { type: 'symlink'; name: string; target: string; fate: Fate; category: string }
  | { type: 'fifo'; name: string; fate: Fate; category: string }
  | { type: 'dir'; name: string; fate: Fate; category: string };

export interface HostileFolder {
  name: string;
  entries: FolderEntry[];
}

/** A marker no article contains: the text of the file outside every folder. Found in any output, it was read. */
export const CANARY_MARKER = 'CANARY-7f3a-خارج-المجلد';
export const CANARY_TEXT = `عنوان خبر سري ${CANARY_MARKER}\n\nقال المتحدث إن ${CANARY_MARKER} لا يقرأ أبدا.\n`;
/** The size limit the fuzz runs the CLI with (the CLI's default, 1 MiB). */
export const FUZZ_MAX_BYTES = 1024 * 1024;

const encoder = new TextEncoder();
const utf8 = (text: string): Uint8Array => encoder.encode(text);

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const int = (random: Random, min: number, max: number): number => min + Math.floor(random() * (max - min + 1));

/** Lines that clean down to nothing (the tester's list in issue 12), one or several per file. */
const RESIDUE_LINES = [
  'https://example.com/news/2023/05/item?id=1',
  'إعلان',
  '-----',
  'المصدر: رويترز',
  'كلمات دلالية: الناتو، روسيا، أوكرانيا',
  '#الناتو',
  'شارك هذا المقال عبر فيسبوك تويتر واتساب',
  'اقرأ أيضاً',
  'إقرأ أيضاً:',
  '[covid19-ultimate-card region="EG" title="مصر"]',
  'ـــــــــــــــــــ',
  '\u200B',
  '\u200F\u200E',
  'مقالات مشابهة',
  'Advertisement',
];

/** Text that is markup, a script or a control sequence when read as anything but text. */
const PAYLOADS = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 1">',
  '<a href="javascript:window.__pwned=1">اضغط</a>',
  '"><svg onload=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
  '${process.exit(1)}',
  '__proto__',
  '\u202Eعكس الاتجاه\u202C',
  '\u2066معزول\u2069',
  '\x1b[31mأحمر\x1b[0m',
  '\u0007 جرس',
  'ب'.concat('\u064E'.repeat(400)),
  '🇸🇦👨‍👩‍👧‍👦',
  '\uFEFFفي الوسط',
  '\u2028فاصل سطر\u2029',
  '\u0085',
];

/** Dates in article text: real, impossible, far away, in Hijri and in several spellings. */
const DATE_LINES = [
  'في 31 فبراير 2023 أعلن الوزير',
  'يوم 30/02/2023 وقع الحادث',
  'في عام 9999 سيحدث ذلك',
  'منذ سنة 0000 الميلادية',
  'في 15 رمضان 1444 هـ',
  'بتاريخ 2023-13-45 نشرت الوكالة',
  'الثلاثاء 1 يناير 1800',
  'في ٢٠٢٣/٠٥/١٤ قال',
  'منذ 99999999999999999999 عام',
];

/** A real article split into its non-blank lines. */
function linesOf(text: string): string[] {
  return text.split(/\r\n|\n|\r/).filter((l) => l.trim().length > 0);
}

/** A good article: a real one, lightly mutated (lines dropped, repeated, a residue or payload line put in). */
function goodArticle(random: Random, base: readonly string[]): string {
  const lines = linesOf(pick(random, base));
  const out: string[] = [];
  for (const line of lines) {
    const r = random();
    if (r < 0.05 && out.length > 1) continue;
    out.push(line);
    if (r > 0.97) out.push(line);
    else if (r > 0.94) out.push(pick(random, RESIDUE_LINES));
    else if (r > 0.92) out.push(pick(random, PAYLOADS));
    else if (r > 0.9) out.push(pick(random, DATE_LINES));
  }
  return `${out.join(pick(random, ['\n', '\n\n', '\r\n', '\r']))}\n`;
}

/** One hostile file: its bytes and what the CLI must do with it. */
interface Made {
  category: string;
  bytes: Uint8Array;
  fate: Fate;
}

const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** A long run of a pattern filling about `bytes` bytes, as a string. */
function fill(pattern: string, bytes: number): string {
  return pattern.repeat(Math.max(1, Math.floor(bytes / utf8(pattern).length)));
}

/** Long inputs that once made a stage quadratic, or could: the fuzz writes them as files, the bench times them. */
export const LONG_INPUT_SHAPES = {
  /** One word repeated without a space: one token of the whole size. */
  word: (bytes: number) => `عنوان\n${fill('ستولتنبرغ', bytes - 64)}\n`,
  /** One line of ordinary words, no line break: one paragraph, one sentence. */
  line: (bytes: number) => `عنوان\n${fill('قال الأمين العام للناتو ينس ستولتنبرغ في بروكسل ', bytes - 64)}\n`,
  /** Short lines that are all read-also markers: the cleaner's context rules at every line. */
  lines: (bytes: number) => fill('إقرأ أيضاً: خبر\n', bytes - 64),
  /** One letter carrying a run of marks (fatha), then tatweel, zero-width spaces and punctuation. */
  marks: (bytes: number) => `عنوان\nب${fill('\u064E', bytes - 64)}\n`,
  tatweel: (bytes: number) => `عنوان\nب${fill('\u0640', bytes - 64)}\n`,
  'zero-width': (bytes: number) => `عنوان\nب${fill('\u200B', bytes - 64)}\n`,
  punctuation: (bytes: number) => `عنوان\nب${fill('!،', bytes - 64)}\n`,
  /**
   * Full stops, commas and spaces, then a letter: a run that a trailing trim pattern (\s.،)+$ tries from every one of
   * its characters, quadratic when it is run on a whole line (the agency-line check did, 2026-12-05: 200 s at 260 KB).
   */
  'spaced-punctuation': (bytes: number) => `عنوان\nب${fill('. ، ', bytes - 64)}ب\n`,
  /**
   * Short lines of one or two words, as a site's menu is: the page-top labels the headline is looked for under (a
   * menu's run was measured whole from each of its labels, 2026-12-05: 8.6 s at 20,000 lines).
   */
  labels: (bytes: number) => fill('أخبار\nرياضة جديدة\n', bytes - 64),
} as const;

/** The file makers, by category. Each returns bytes that stay under FUZZ_MAX_BYTES unless it is about the limit. */
const FILE_MAKERS: Array<(random: Random, base: readonly string[]) => Made> = [
  (random) => {
    const count = int(random, 1, 4);
    const lines = Array.from({ length: count }, () => pick(random, RESIDUE_LINES));
    return { category: 'residue-only', bytes: utf8(`${lines.join('\n')}\n`), fate: 'kept' };
  },
  (random, base) => ({ category: 'lone-cr', bytes: utf8(goodArticle(random, base).replace(/\r\n|\n/g, '\r')), fate: 'kept' }),
  (random, base) => ({ category: 'crlf', bytes: utf8(goodArticle(random, base).replace(/\r\n|\n|\r/g, '\r\n')), fate: 'kept' }),
  (random, base) => {
    const text = goodArticle(random, base);
    const mixed = text.split(/\r\n|\n|\r/).map((l, i) => l + ['\n', '\r', '\r\n'][i % 3]).join('');
    return { category: 'mixed-line-ends', bytes: utf8(mixed), fate: 'kept' };
  },
  (random, base) => ({ category: 'bom', bytes: concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(goodArticle(random, base))), fate: 'kept' }),
  () => ({ category: 'empty', bytes: new Uint8Array(0), fate: 'skipped' }),
  (random) => ({ category: 'white-space-only', bytes: utf8(pick(random, [' ', '\n\n\n', '\t \r\n', '\u00A0\u3000\n'])), fate: 'skipped' }),
  (random, base) => {
    const text = utf8(goodArticle(random, base));
    const at = int(random, 0, text.length - 1);
    return { category: 'nul-byte', bytes: concat(text.subarray(0, at), new Uint8Array([0]), text.subarray(at)), fate: 'skipped' };
  },
  (random, base) => {
    const text = utf8(goodArticle(random, base));
    const bad = pick(random, [[0xff], [0xc3, 0x28], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xc0, 0xaf], [0xe2, 0x82]]);
    const at = int(random, 0, text.length);
    return { category: 'invalid-utf8', bytes: concat(text.subarray(0, at), new Uint8Array(bad), text.subarray(at)), fate: 'skipped' };
  },
  (random, base) => {
    // Cut in the middle of a two-byte Arabic letter: the last character is half a character.
    const text = utf8(goodArticle(random, base));
    let at = int(random, 1, text.length - 1);
    while (at < text.length && (text[at]! & 0xc0) !== 0x80) at++;
    const cut = text.subarray(0, Math.min(at, text.length - 1));
    const valid = (() => {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(cut);
        return true;
      } catch {
        return false;
      }
    })();
    return { category: 'truncated-mid-character', bytes: cut, fate: valid ? 'kept' : 'skipped' };
  },
  (random) => {
    // UTF-16 with its byte order mark: NUL bytes in every Latin character, none in Arabic ones.
    const text = `Title ${pick(random, ['NATO', 'Reuters'])}\nقال الأمين العام\n`;
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    return { category: 'utf16', bytes, fate: 'skipped' };
  },
  () => ({ category: 'one-megabyte-word', bytes: utf8(LONG_INPUT_SHAPES.word(FUZZ_MAX_BYTES)), fate: 'kept' }),
  () => ({ category: 'one-megabyte-line', bytes: utf8(LONG_INPUT_SHAPES.line(FUZZ_MAX_BYTES)), fate: 'kept' }),
  (random) => ({ category: 'one-megabyte-of-lines', bytes: utf8(LONG_INPUT_SHAPES[pick(random, ['lines', 'labels'] as const)](FUZZ_MAX_BYTES)), fate: 'kept' }),
  (random) => ({ category: 'one-megabyte-of-marks', bytes: utf8(LONG_INPUT_SHAPES[pick(random, ['marks', 'tatweel', 'zero-width', 'punctuation', 'spaced-punctuation'] as const)](FUZZ_MAX_BYTES)), fate: 'kept' }),
  () => ({ category: 'over-the-limit', bytes: utf8(fill('خبر طويل جدا\n', FUZZ_MAX_BYTES + 1024)), fate: 'skipped' }),
  (random, base) => {
    const lines = linesOf(goodArticle(random, base));
    const payload = Array.from({ length: int(random, 2, 6) }, () => pick(random, PAYLOADS));
    return { category: 'payloads', bytes: utf8(`${[lines[0] ?? 'عنوان', ...payload, ...lines.slice(1)].join('\n')}\n`), fate: 'kept' };
  },
  (random, base) => {
    const lines = linesOf(goodArticle(random, base));
    return { category: 'dates', bytes: utf8(`${[...lines.slice(0, 2), ...Array.from({ length: 4 }, () => pick(random, DATE_LINES)), ...lines.slice(2)].join('\n')}\n`), fate: 'kept' };
  },
  (random, base) => {
    // Two articles glued after a read-also marker, then teasers: what scrapers produce.
    const a = goodArticle(random, base);
    const b = goodArticle(random, base);
    return { category: 'glued-article', bytes: utf8(`${a}\nإقرأ أيضاً:\n${b}\nاقرأ أيضا\n${linesOf(b)[0] ?? ''}\n`), fate: 'kept' };
  },
  (random, base) => {
    const lines = linesOf(goodArticle(random, base));
    for (let i = lines.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
    }
    return { category: 'shuffled-lines', bytes: utf8(`${lines.join('\n')}\n`), fate: 'kept' };
  },
  () => ({ category: 'many-short-lines', bytes: utf8(Array.from({ length: 20_000 }, (_, i) => (i % 7 === 0 ? 'إعلان' : `سطر ${i}`)).join('\n')), fate: 'kept' }),
  (random) => ({ category: 'latin-only', bytes: utf8(`${pick(random, ['Breaking news', 'lorem ipsum dolor', '12345', 'NATO'])}\n`), fate: 'kept' }),
  (random) => ({ category: 'one-character', bytes: utf8(pick(random, ['ا', '.', '؟', '0', '\u0640', 'ﷲ'])), fate: 'kept' }),
];

/** Names a file can have besides an ordinary one; `base` is a fresh stem. With the name the report must show. */
function hostileName(random: Random, stem: string): { name: string; shown?: string } {
  const name = pick(random, [
    `${stem}.txt`,
    `${stem}.TXT`,
    `${stem}.Txt`,
    `${stem} مع مسافة.txt`,
    `خبر-${stem}.txt`,
    `-${stem}.txt`,
    `${stem}#?%&.txt`,
    `${stem}\u202E.txt`,
    `${stem}\n.txt`,
    `${stem}.txt.txt`,
    `${'ط'.repeat(100)}${stem}.txt`.slice(0, 120),
    `..${stem}.txt`,
    `${stem}.md`,
  ]);
  return name.includes('\n') ? { name, shown: name.replace('\n', '\\x0A') } : { name };
}

/** The entries of a manifest.json that is hostile in one or several ways. */
function hostileManifest(random: Random, files: string[]): Made {
  const entry = (file: string): Record<string, unknown> => {
    const e: Record<string, unknown> = { file };
    const r = random();
    if (r < 0.15) e.url = pick(random, ['javascript:alert(1)', 'https://a.com/\njavascript:alert(1)', 'file:///etc/passwd', 'ftp://a.com', 'data:text/html,x', ' https://a.com ']);
    else if (r < 0.3) e.published = pick(random, ['9999-12-31', '2023-02-30', '0000-01-01', '2023-13-01', '2023', 'yesterday', 12345, '1800-01-01', '2100-12-31']);
    else if (r < 0.4) e.title = pick(random, ['', '<script>alert(1)</script>', 'عنوان\nسطر ثان', 42, null]);
    else if (r < 0.5) e.outlet = pick(random, ['', ['list'], { nested: true }, 'رويترز']);
    // An own "__proto__" key, as JSON.parse gives it (an assignment would set the prototype instead).
    else if (r < 0.55) Object.defineProperty(e, '__proto__', { value: { polluted: true }, enumerable: true, configurable: true, writable: true });
    else e.url = 'https://example.com/ok';
    return e;
  };
  const entries: unknown[] = files.map(entry);
  const r = random();
  if (r < 0.2 && files.length > 0) entries.push({ file: pick(random, files), outlet: 'مكرر' });
  if (r > 0.8) entries.push({ title: 'لا ملف' }, { file: '../outside.txt' }, { file: 'not-here.txt' }, 'string entry', null);
  const shape = random();
  let text: string;
  let fate: Fate = 'kept';
  if (shape < 0.08) {
    text = `${JSON.stringify(entries).slice(0, -5)}`;
    fate = 'skipped';
  } else if (shape < 0.12) {
    text = JSON.stringify({ files: entries });
    fate = 'skipped';
  } else if (shape < 0.15) {
    // A JSON array after all: usable, its one entry (an array 5,000 deep) reported as having no file name.
    text = '[' + '['.repeat(5000) + ']'.repeat(5001);
  } else {
    text = JSON.stringify(entries, null, pick(random, [0, 2]));
  }
  const bom = random() < 0.3 ? new Uint8Array([0xef, 0xbb, 0xbf]) : new Uint8Array(0);
  return { category: 'manifest', bytes: concat(bom, utf8(text)), fate };
}

/** Entries that are not plain files: links in and out of the folder, pipes, folders named like articles. */
function specialEntries(random: Random, stem: () => string, insideTarget: string): FolderEntry[] {
  const out: FolderEntry[] = [];
  const makers: Array<() => FolderEntry> = [
    () => ({ type: 'symlink', name: `${stem()}.txt`, target: 'canary', fate: 'skipped', category: 'link-out-absolute' }),
    () => ({ type: 'symlink', name: `${stem()}.txt`, target: '../canary/canary.txt', fate: 'skipped', category: 'link-out-relative' }),
    () => ({ type: 'symlink', name: `${stem()}.txt`, target: '/etc/passwd', fate: 'skipped', category: 'link-to-system-file' }),
    () => ({ type: 'symlink', name: `${stem()}.txt`, target: insideTarget, fate: 'kept', category: 'link-inside' }),
    () => ({ type: 'symlink', name: `${stem()}.txt`, target: 'missing-target.txt', fate: 'skipped', category: 'dangling-link' }),
    () => {
      const name = `${stem()}.txt`;
      return { type: 'symlink', name, target: name, fate: 'skipped', category: 'link-loop' };
    },
    () => ({ type: 'symlink', name: `${stem()}.txt`, target: '/dev/zero', fate: 'skipped', category: 'link-to-device' }),
    () => ({ type: 'symlink', name: `${stem()}.txt`, target: '..', fate: 'skipped', category: 'link-to-parent-folder' }),
    () => ({ type: 'fifo', name: `${stem()}.txt`, fate: 'skipped', category: 'fifo' }),
    () => ({ type: 'dir', name: `${stem()}.txt`, fate: 'skipped', category: 'folder-named-txt' }),
  ];
  const count = int(random, 2, 4);
  for (let i = 0; i < count; i++) out.push(pick(random, makers)());
  return out;
}

/** What stands in a folder's manifest.json, folder after folder: mostly a hostile manifest. */
const MANIFEST_KINDS = ['manifest', 'manifest', 'manifest-fifo', 'manifest', 'manifest-link-out', 'manifest', 'manifest-folder', 'none'] as const;

/**
 * `count` hostile folders from `seed`, built around `base` (texts of real articles). About 25 entries each: 3–5
 * good articles, hostile files of every category in turn, links, pipes, folders, name collisions and a manifest.
 */
export function hostileFolders(seed: number, count: number, base: readonly string[]): HostileFolder[] {
  const random = mulberry32(seed);
  const folders: HostileFolder[] = [];
  let makerTurn = 0;
  for (let f = 0; f < count; f++) {
    let n = 0;
    const stem = () => `f${String(n++).padStart(3, '0')}`;
    const entries: FolderEntry[] = [];
    const fileFate = (name: string, fate: Fate): Fate => (name.toLowerCase().endsWith('.txt') ? fate : 'ignored');
    const goods = int(random, 3, 5);
    for (let i = 0; i < goods; i++) {
      const name = `${stem()}.txt`;
      entries.push({ type: 'file', name, bytes: utf8(goodArticle(random, base)), fate: 'kept', category: 'good' });
    }
    const insideTarget = entries[0]!.name as string;
    // Every category in turn across the folders, plus random ones: each category is met many times.
    const hostile = int(random, 12, 16);
    for (let i = 0; i < hostile; i++) {
      const maker = i < 4 ? FILE_MAKERS[makerTurn++ % FILE_MAKERS.length]! : pick(random, FILE_MAKERS);
      const made = maker(random, base);
      // The megabyte files cost time, not coverage: at most one of them per folder.
      if (made.bytes.length > 100_000 && entries.some((e) => e.type === 'file' && e.bytes.length > 100_000)) continue;
      const { name, shown } = hostileName(random, stem());
      entries.push({ type: 'file', name, ...(shown ? { shown } : {}), bytes: made.bytes, fate: fileFate(name, made.fate), category: made.category });
    }
    // Names that collide: a.txt beside a.TXT, and a file named ".txt".
    const twin = `${stem()}`;
    entries.push({ type: 'file', name: `${twin}.txt`, bytes: utf8(goodArticle(random, base)), fate: 'kept', category: 'case-collision' });
    entries.push({ type: 'file', name: `${twin}.TXT`, bytes: utf8(goodArticle(random, base)), fate: 'kept', category: 'case-collision' });
    if (random() < 0.3) entries.push({ type: 'file', name: '.txt', bytes: utf8(goodArticle(random, base)), fate: 'kept', category: 'empty-stem' });
    if (random() < 0.3) {
      // "café.txt" in Latin-1: a name that is not UTF-8.
      const at = stem();
      const name = concat(utf8(`${at}caf`), new Uint8Array([0xe9]), utf8('.txt'));
      entries.push({ type: 'file', name, shown: `${at}caf\\xE9.txt`, bytes: utf8(goodArticle(random, base)), fate: 'skipped', category: 'name-not-utf8' });
    }
    entries.push(...specialEntries(random, stem, insideTarget));
    // The manifest: hostile, absent, or not a file at all, each kind in turn.
    const manifestKind = MANIFEST_KINDS[f % MANIFEST_KINDS.length];
    const articleNames = entries.filter((e) => typeof e.name === 'string' && e.fate === 'kept').map((e) => e.name as string);
    if (manifestKind === 'manifest') {
      const made = hostileManifest(random, articleNames);
      entries.push({ type: 'file', name: 'manifest.json', bytes: made.bytes, fate: made.fate, category: 'manifest' });
    } else if (manifestKind === 'manifest-fifo') {
      entries.push({ type: 'fifo', name: 'manifest.json', fate: 'skipped', category: manifestKind });
    } else if (manifestKind === 'manifest-link-out') {
      entries.push({ type: 'symlink', name: 'manifest.json', target: 'canary', fate: 'skipped', category: manifestKind });
    } else if (manifestKind === 'manifest-folder') {
      entries.push({ type: 'dir', name: 'manifest.json', fate: 'skipped', category: manifestKind });
    }
    folders.push({ name: `folder-${String(f).padStart(3, '0')}`, entries });
  }
  return folders;
}

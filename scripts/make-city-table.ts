// One-off generator of src/core/geo/cities.ts: the world's cities that Unicode CLDR names in Arabic (the exemplar
// cities of its time zones: capitals and large cities of every region), frozen into a committed table. It is not part
// of the build and not an npm script: run it only to refresh the table on purpose, and review the diff, since every
// changed name changes entity ids and display names.
//
//   cd /tmp && npm pack cldr-dates-full@48.2.0 && tar xzf cldr-dates-full-48.2.0.tgz
//   cd - && npx tsx scripts/make-city-table.ts --cldr /tmp/package
//
// A name is left out when it would say "place" where Arabic news usually means something else, decided by general
// evidence only, never by reading our corpus:
// - it is a country's name in countries.ts, or inside one, with جزر/جزيرة and a final ا/ه aside (قطر، مالطة،
//   المالديف، هونغ كونغ): the country is the place;
// - it is one word that the training part of ANERcorp (../shared/ner, the first nine tenths, as train:ner uses) does
//   not label as a location more often than as anything else, and: its zone is outside Europe, Asia and Africa
//   (there CLDR names small towns and islands: كريسماس، ماهي، دارون، كناري، جوني), or it is a given name of the
//   recogniser's lexicon (ديلي), or ANERcorp labels it otherwise at least twice (ترك "left", مسقط as in مسقط رأسه
//   "his birthplace"), or it has three letters or fewer (نوم "sleep"), or the shape of a colour adjective (سمراء
//   "dark-skinned", Samara). A city left out is the recogniser's to find;
// - a zone that is no city: Etc/Unknown, Antarctic stations, the US county zones ("بيولا، داكوتا الشمالية").
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { matchKey } from '../src/core/normalize.ts';
import { COUNTRIES } from '../src/core/geo/countries.ts';
import { COUNTRY_ALTERNATES } from '../src/core/geo/country-alternates.ts';
import { NER_LABELS } from '../src/core/ner/viterbi.ts';
import { parseNerFile, splitDevelopment } from '../src/eval/ner-data.ts';

const OUT = 'src/core/geo/cities.ts';
const { values } = parseArgs({
  options: {
    cldr: { type: 'string' },
    ner: { type: 'string', default: '../shared/ner/anercorp-train.tsv' },
  },
});
if (!values.cldr) throw new Error('--cldr <folder of the unpacked cldr-dates-full package> is required');

type ZoneTree = { [key: string]: ZoneTree | string };
const zonesOf = (locale: string): ZoneTree =>
  (JSON.parse(readFileSync(join(values.cldr!, 'main', locale, 'timeZoneNames.json'), 'utf8')) as { main: Record<string, { dates: { timeZoneNames: { zone: ZoneTree } } }> }).main[locale]!.dates.timeZoneNames.zone;
const cldrVersion = (JSON.parse(readFileSync(join(values.cldr, 'package.json'), 'utf8')) as { version: string }).version;

/** Zone id → exemplar city, in CLDR's order. */
function exemplarCities(tree: ZoneTree, prefix = '', out = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value !== 'object') continue;
    if (typeof value.exemplarCity === 'string') out.set(prefix + key, value.exemplarCity);
    else exemplarCities(value, `${prefix}${key}/`, out);
  }
  return out;
}
const arabic = exemplarCities(zonesOf('ar'));
const english = exemplarCities(zonesOf('en'));

// Evidence from the NER training part: per folded word, tokens labelled location and tokens labelled anything else.
const { train } = splitDevelopment(parseNerFile(readFileSync(values.ner, 'utf8')));
const asLocation = new Map<string, number>();
const asOther = new Map<string, number>();
for (const sentence of train) {
  sentence.words.forEach((word, i) => {
    const key = matchKey(word);
    const label = NER_LABELS[sentence.labels[i]!]!;
    const counts = label.endsWith('LOC') ? asLocation : asOther;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
}
/** A name as a country's is compared: without جزر/جزيرة ("islands") before it and ا/ه at its end (مالطا، مالطة). */
const require = createRequire(import.meta.url);
const givenNames = new Set(Object.keys(require('arabic-name-to-en/cases/fullnamedb.js') as Record<string, string>).map(matchKey));
const countryForm = (key: string) => key.replace(/^(?:جزر|جزيره) /, '').replace(/[اه]$/, '');
const countryKeys = Object.entries(COUNTRIES).flatMap(([code, c]) => [...c.ar, ...(COUNTRY_ALTERNATES[code] ?? [])]).map(matchKey);
const countryForms = new Set(countryKeys.map(countryForm));
/** The country itself, or a name inside a country's name (هونغ كونغ in هونغ كونغ الصينية). */
const isCountry = (key: string) => countryForms.has(countryForm(key)) || countryKeys.some((c) => ` ${c} `.includes(` ${key} `));

/**
 * The regions whose CLDR cities are capitals and large cities that Arabic news names; elsewhere (the Americas,
 * Australia, the islands of the Pacific, Atlantic and Indian oceans) CLDR's zones name small towns and islands whose
 * Arabic spellings are ordinary words or names (كريسماس، ماهي، دارون، كناري، جوني، استانلي).
 */
const ARAB_NEWS_REGIONS = /^(?:Europe|Asia|Africa)\//;

const slugOf = (name: string) =>
  name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const quote = (text: string): string => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

const rows: string[] = [];
const left: string[] = [];
const slugs = new Set<string>();
const seen = new Set<string>();
for (const [zone, name] of arabic) {
  const en = english.get(zone) ?? (zone.split('/').at(-1) as string).replace(/_/g, ' ');
  if (zone.startsWith('Etc/') || zone.startsWith('Antarctica/') || name.includes('،') || en.includes(',')) {
    left.push(`${zone} ${name}: no city`);
    continue;
  }
  // CLDR's parenthetical glosses name the city twice: "هيبرون (مدينة الخليل)" gives both.
  const gloss = /^(.*?)\s*\((.*)\)$/.exec(name);
  const names = (gloss ? [gloss[1] as string, gloss[2] as string] : [name]).filter((n) => {
    const key = matchKey(n);
    const why = isCountry(key)
      ? 'a country'
      : seen.has(key)
        ? 'named already'
        : key.includes(' ') || (asLocation.get(key) ?? 0) > (asOther.get(key) ?? 0)
          ? null
          : !ARAB_NEWS_REGIONS.test(zone)
            ? 'one word ANERcorp does not call a location, outside Europe, Asia and Africa'
            : givenNames.has(key)
              ? 'a given name'
              : (asOther.get(key) ?? 0) >= 2
                ? `ANERcorp: ${asOther.get(key)} other, ${asLocation.get(key) ?? 0} location`
                : key.length <= 3
                  ? 'three letters or fewer'
                  : /^[^ا]{3}اء$/.test(key)
                    ? 'the shape of a colour adjective (فعلاء: سمراء "dark-skinned")'
                    : null;
    if (why) left.push(`${zone} ${n}: ${why}`);
    else seen.add(key);
    return !why;
  });
  if (names.length === 0) continue;
  let slug = slugOf(en);
  if (slugs.has(slug)) slug = slugOf(zone);
  slugs.add(slug);
  rows.push(`  ${quote(slug)}: [${names.map(quote).join(', ')}],`);
}

const today = new Date().toISOString().slice(0, 10);
writeFileSync(
  OUT,
  `/**
 * Cities by slug (an entity's id is place:<slug>, from the English name): the exemplar cities of Unicode CLDR's time
 * zones in Arabic, capitals and large cities of every region, as CLDR ${cldrVersion} writes them (Unicode licence,
 * https://www.unicode.org/license.txt).
 *
 * Generated by scripts/make-city-table.ts on ${today} from cldr-dates-full ${cldrVersion} (main/ar and main/en
 * timeZoneNames.json). Left out (${left.length} names; the script prints each with its reason, its header gives the
 * rules): country names (the country is the place), zones that are no city, and one-word names that ANERcorp's
 * training part does not call a location and that are likely something else — outside Europe, Asia and Africa, a
 * given name, labelled otherwise twice, three letters or fewer, or a colour adjective's shape.
 * Committed, never regenerated at build or run time. A city CLDR does not name is found by the recogniser alone.
 */
export const CITIES: Readonly<Record<string, string[]>> = {
${rows.join('\n')}
};
`,
);
console.log(`${rows.length} cities → ${OUT} (CLDR ${cldrVersion}); left out:\n${left.join('\n')}`);

import { afterEach, describe, expect, it } from 'vitest';
import { COUNTRIES } from '../geo/countries.ts';
import { gazetteerEntries } from './gazetteer.ts';
import { matchKey } from '../normalize.ts';
import { isStopword } from '../arabic/index.ts';

const realDisplayNames = Intl.DisplayNames;
const mutableIntl = Intl as { DisplayNames: typeof Intl.DisplayNames };

describe('gazetteer', () => {
  afterEach(() => {
    mutableIntl.DisplayNames = realDisplayNames;
  });

  // The places come from the committed tables in src/core/geo, so whatever ICU a machine has (or none at all),
  // the gazetteer and so the bundle are the same. Before, it asked Intl.DisplayNames at run time.
  it('is the same whether Intl.DisplayNames is missing or names regions differently', () => {
    const expected = gazetteerEntries();
    mutableIntl.DisplayNames = class {
      constructor() {
        throw new RangeError('no ICU region names on this machine');
      }
    } as unknown as typeof Intl.DisplayNames;
    expect(gazetteerEntries()).toEqual(expected);
    // Another ICU version: every region renamed.
    mutableIntl.DisplayNames = class {
      of(code: string): string {
        return `بلد ${code}`;
      }
    } as unknown as typeof Intl.DisplayNames;
    expect(gazetteerEntries()).toEqual(expected);
  });

  // Each row: ISO code → the display name (ICU 78.2 / CLDR 48 through scripts/make-geo-table.ts, the first name) and
  // a spelling an article of content/articles uses, which must name the same place.
  const rows: Array<[string, string, string]> = [
    // bbc 2018-03-06 #104 writes both "المملكة المتحدة" (ICU's name) and "بريطانيا" (country-alternates.ts)
    ['GB', 'المملكة المتحدة', 'بريطانيا'],
    // cnn 2018-03-29 #197: "أمريكا" for the United States
    ['US', 'الولايات المتحدة', 'أمريكا'],
    // skynews 2018-03-26 #603: "وجمهورية التشيك"; ICU says only التشيك
    ['CZ', 'التشيك', 'جمهورية التشيك'],
    // bbc 2018-03-27 #235: "الدنمارك (2)"; ICU spells it الدانمرك
    ['DK', 'الدانمرك', 'الدنمارك'],
    // seed 000: a region-name attribute "فلسطين"; ICU names the territories
    ['PS', 'الأراضي الفلسطينية', 'فلسطين'],
    // seed 000: Egypt under ICU's own name
    ['EG', 'مصر', 'مصر'],
    // ICU's "ميانمار (بورما)": the gloss in parentheses is a second name
    ['MM', 'ميانمار', 'بورما'],
    // user-assigned XK is kept: news treats Kosovo as a country
    ['XK', 'كوسوفو', 'كوسوفو'],
  ];
  it.each(rows)('place:%s is shown as %s and also named %s', (code, display, spelling) => {
    const entry = gazetteerEntries().find((e) => e.id === `place:${code}`);
    expect(entry?.names[0]).toBe(display);
    expect(entry?.names).toContain(spelling);
    expect(COUNTRIES[code]?.ar[0]).toBe(display);
  });

  // Codes ICU names that are not countries today: deprecated (SU, YU), reservations (EU, UN), private use (ZZ).
  it.each(['SU', 'YU', 'EU', 'UN', 'ZZ'])('has no place:%s', (code) => {
    expect(gazetteerEntries().some((e) => e.id === `place:${code}`)).toBe(false);
  });
  // Cities come from CLDR's exemplar cities (scripts/make-city-table.ts), not from the places one corpus names.
  const cityRows: Array<[string, string]> = [
    // CLDR Asia/Damascus, Africa/Cairo, Europe/Kiev (en "Kyiv"), Asia/Gaza: capitals and cities of every region
    ['damascus', 'دمشق'],
    ['cairo', 'القاهرة'],
    ['kyiv', 'كييف'],
    ['gaza', 'غزة'],
    // CLDR Asia/Hebron "هيبرون (مدينة الخليل)": the gloss is a second name
    ['hebron', 'مدينة الخليل'],
  ];
  it.each(cityRows)('place:%s is named %s', (slug, name) => {
    expect(gazetteerEntries().find((e) => e.id === `place:${slug}`)?.names).toContain(name);
  });

  // Left out by the generator: a country's name, also written otherwise (Asia/Qatar قطر; Europe/Malta مالطة for the
  // country مالطا; Indian/Maldives المالديف for جزر المالديف), words that usually mean something else (Pacific/Truk
  // ترك "left", America/Nome نوم "sleep", Asia/Dili ديلي a given name, Europe/Samara سمراء "dark-skinned", and the
  // small towns and islands of the Americas and the oceans: Indian/Christmas كريسماس, Indian/Mahe ماهي,
  // Australia/Darwin دارون, America/Juneau جوني), and non-cities (Etc/Unknown "مدينة غير معروفة").
  it.each(['قطر', 'مالطة', 'المالديف', 'ترك', 'نوم', 'ديلي', 'سمراء', 'كريسماس', 'ماهي', 'دارون', 'جوني', 'مدينة غير معروفة'])('has no city named %s', (name) => {
    expect(gazetteerEntries().some((e) => e.id.startsWith('place:') && !/^place:[A-Z]{2}$/.test(e.id) && e.names.includes(name))).toBe(false);
  });
  it('names no city with a country\'s name or a function word, and each name once', () => {
    const entries = gazetteerEntries().filter((e) => e.type === 'place');
    const countries = new Set(entries.filter((e) => /^place:[A-Z]{2}$/.test(e.id)).flatMap((e) => e.names.map(matchKey)));
    const cityNames = entries.filter((e) => !/^place:[A-Z]{2}$/.test(e.id)).flatMap((e) => e.names.map(matchKey));
    expect(cityNames.length).toBeGreaterThan(150);
    expect(cityNames.filter((n) => countries.has(n) || isStopword(n))).toEqual([]);
    expect(new Set(cityNames).size).toBe(cityNames.length);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { COUNTRIES } from '../geo/countries.ts';
import { gazetteerEntries } from './gazetteer.ts';

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
});

import type { Published } from '../../core/bundle-schema.ts';

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(language: string, precision: Published['precision']): Intl.DateTimeFormat {
  const key = `${language}|${precision}`;
  let f = cache.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      precision === 'day' ? { year: 'numeric', month: 'long', day: 'numeric' } : precision === 'month' ? { year: 'numeric', month: 'long' } : { year: 'numeric' };
    // Gregorian explicitly: 'ar' alone may pick another calendar in some locales.
    f = new Intl.DateTimeFormat(language === 'ar' ? 'ar-u-ca-gregory-nu-latn' : 'en-GB-u-ca-gregory', { ...options, timeZone: 'UTC' });
    cache.set(key, f);
  }
  return f;
}

/** A date at the precision that is known: "20 أبريل 2023", "نوفمبر 2023", "2023". */
export function formatPublished(published: Published, language: string): string {
  const [y, m = '01', d = '01'] = published.value.split('-');
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return formatter(language, published.precision).format(date);
}

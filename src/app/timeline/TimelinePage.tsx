import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useBundle } from '../bundle/use-bundle.ts';
import { formatPublished } from '../shell/format.ts';

/** Publication dates grouped by month; undated articles listed apart, not hidden. */
export function TimelinePage() {
  const { t, i18n } = useTranslation();
  const { items } = useBundle();
  const months = new Map<string, typeof items>();
  const undated: typeof items = [];
  for (const item of items) {
    const value = item._riwaya.published?.value;
    if (!value || value.length < 7) undated.push(item);
    else months.set(value.slice(0, 7), [...(months.get(value.slice(0, 7)) ?? []), item]);
  }
  return (
    <section>
      <h1 className="mb-1 text-3xl font-bold">{t('timeline.title')}</h1>
      <p className="mb-6 text-muted">{t('timeline.intro')}</p>
      {[...months.entries()].map(([month, monthItems]) => (
        <section key={month} className="mb-6 border-s-2 border-accent ps-4">
          <h2 className="mb-2 text-xl font-semibold">{formatPublished({ value: month, precision: 'month' }, i18n.language)}</h2>
          <ul className="space-y-1">
            {monthItems.map((item) => (
              <li key={item.id}>
                <Link to={`/article/${encodeURIComponent(item.id)}`} className="hover:underline" dir="auto">{item.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {undated.length > 0 && (
        <section className="mb-6">
          <h2 className="mb-2 text-xl font-semibold">{t('timeline.undated')}</h2>
          <ul>
            {undated.map((item) => (
              <li key={item.id}><Link to={`/article/${encodeURIComponent(item.id)}`} dir="auto">{item.title}</Link></li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}

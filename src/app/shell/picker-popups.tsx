/**
 * The open popups of the filter pickers (shell/EntityPicker.tsx, shell/DateRangePicker.tsx): their search box and
 * lists, loaded the first time one opens. A closed picker is only its summary, so home's and the timeline's critical
 * JavaScript carry no list code.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entity } from '../../core/bundle-schema.ts';
import { nameFilter } from './name-filter.ts';
import { useFormat } from './use-format.ts';

interface EntityOptionsProps {
  label: string;
  options: Array<{ entity: Entity; count: number }>;
  selected: string[];
  onChoose: (id: string) => void;
}

/** A searchable list of entities with the number of articles each appears in. */
export function EntityOptions({ label, options, selected, onChoose }: EntityOptionsProps) {
  const { t } = useTranslation();
  const { number } = useFormat();
  const [filter, setFilter] = useState('');
  const inputId = useId();
  // Names are matched with core's Arabic folding (the search's: hamza, ى/ي, ة/ه, harakat), in this lazy module.
  const matcher = nameFilter(filter);
  const shown = matcher ? options.filter((o) => matcher(o.entity.aliases)) : options;
  return (
    <>
      <label htmlFor={inputId} className="sr-only">{t('filters.searchIn', { what: label })}</label>
      <input id={inputId} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder={t('filters.searchIn', { what: label })} className="mb-2 w-full rounded border border-rule bg-paper px-2 py-1" />
      {shown.length === 0 ? (
        <p className="p-2 text-sm text-muted">{t('filters.noMatch')}</p>
      ) : (
        <ul className="max-h-64 overflow-y-auto">
          {shown.map(({ entity, count }) => (
            <li key={entity.id}>
              <button type="button" aria-pressed={selected.includes(entity.id)} onClick={() => onChoose(entity.id)} className="flex w-full justify-between gap-2 rounded px-2 py-1 text-start hover:bg-rule aria-pressed:font-bold">
                <bdi lang="ar">{entity.name}</bdi>
                <span className="text-sm text-muted">{number(count)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

interface RangeSelectsProps {
  months: string[];
  from: string | null;
  to: string | null;
  onRange: (from: string | null, to: string | null) => void;
  /** Once the end is chosen (the popup closes). */
  onEnd: () => void;
}

/** The range's two lists of the collection's months, named in the UI's language (digits included). */
export function RangeSelects({ months, from, to, onRange, onEnd }: RangeSelectsProps) {
  const { t } = useTranslation();
  const { month: formatMonth } = useFormat();
  const bound = (which: 'from' | 'to', value: string | null) => (
    <label className="flex items-center justify-between gap-2 text-sm">
      {t(which === 'from' ? 'filters.from' : 'filters.to')}
      <select
        value={value ?? ''}
        data-testid={`date-${which}`}
        onChange={(event) => {
          const chosen = event.target.value || null;
          onRange(which === 'from' ? chosen : from, which === 'to' ? chosen : to);
          if (which === 'to') onEnd();
        }}
        className="rounded border border-rule bg-paper px-1 py-0.5"
      >
        <option value="">{t('filters.anyDate')}</option>
        {/* A chosen month outside the collection (from an address) stays shown as chosen. */}
        {(value && !months.includes(value) ? [value, ...months] : months).map((month) => (
          <option key={month} value={month}>{formatMonth(month)}</option>
        ))}
      </select>
    </label>
  );
  return (
    <>
      {bound('from', from)}
      {bound('to', to)}
    </>
  );
}

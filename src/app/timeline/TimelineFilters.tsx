import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ENTITY_FILTER_KEYS, type EntityFilterKey, type Filters } from '../bundle/filters.ts';
import { monthHistogram } from '../bundle/derive.ts';
import { useBundle } from '../bundle/use-bundle.ts';
import { DateRangePicker } from '../shell/DateRangePicker.tsx';
import { EntityPicker } from '../shell/EntityPicker.tsx';
import { pickerOptionsOf } from '../shell/picker-options.ts';
import { RangeNotes } from '../shell/RangeNotes.tsx';
import type { RangeNote } from '../bundle/filters.ts';

const PICKER_LABEL = { person: 'filters.person', org: 'filters.org', place: 'filters.place' } as const;

interface Props {
  filters: Filters;
  notes: RangeNote[];
  onChange: (change: Partial<Filters>) => void;
}

/**
 * The home page's filters on the timeline, with the same address parameters (person, org, place, from, to): the same
 * pickers and date range (shell/), answered by the data worker. The dates choose articles by publication month, as on
 * home; the axis then spans what those articles publish and mention.
 */
export function TimelineFilters({ filters, notes, onChange }: Props) {
  const { t } = useTranslation();
  const { items, entityById, entityCounts } = useBundle();
  const options = useMemo(() => pickerOptionsOf(entityCounts, entityById), [entityCounts, entityById]);
  const months = useMemo(() => monthHistogram(items).map((bar) => bar.month), [items]);
  const toggle = (key: EntityFilterKey, id: string) => onChange({ [key]: filters[key].includes(id) ? filters[key].filter((x) => x !== id) : [...filters[key], id] });
  const chosen = ENTITY_FILTER_KEYS.flatMap((key) => filters[key].map((id) => ({ key, id })));
  return (
    <div className="mb-4">
      <div className="mb-2 flex flex-wrap items-center gap-2" role="group" aria-label={t('timeline.filters')} data-testid="timeline-filters">
        {ENTITY_FILTER_KEYS.map((key) => (
          <EntityPicker key={key} testId={`picker-${key}`} label={t(PICKER_LABEL[key])} options={options[key]} selected={filters[key]} onToggle={(id) => toggle(key, id)} />
        ))}
        <DateRangePicker months={months} from={filters.from} to={filters.to} onRange={(from, to) => onChange({ from, to })} />
      </div>
      {(filters.from || filters.to) && <p className="mb-2 text-xs text-muted">{t('timeline.dateNote')}</p>}
      <RangeNotes notes={notes} from={filters.from} to={filters.to} />
      {(chosen.length > 0 || filters.from || filters.to) && (
        <ul className="flex flex-wrap gap-2" aria-label={t('filters.active')} data-testid="active-filters">
          {chosen.map(({ key, id }) => (
            <li key={`${key}:${id}`}>
              <button type="button" onClick={() => toggle(key, id)} className="rounded-full bg-rule px-3 py-0.5 text-sm" aria-label={t('filters.remove', { name: entityById.get(id)?.name ?? id })}>
                <bdi lang="ar">{entityById.get(id)?.name ?? id}</bdi> ✕
              </button>
            </li>
          ))}
          <li>
            <button type="button" onClick={() => onChange({ person: [], org: [], place: [], from: null, to: null })} className="text-sm text-accent underline">{t('filters.clear')}</button>
          </li>
        </ul>
      )}
    </div>
  );
}

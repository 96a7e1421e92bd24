import { lazy, memo, Suspense, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from './use-format.ts';
import { closeDisclosure, useDismiss } from './use-dismiss.ts';

const RangeSelects = lazy(async () => ({ default: (await import('./picker-popups.tsx')).RangeSelects }));

interface Props {
  /** The collection's months, first to last (the strip's). */
  months: string[];
  from: string | null;
  to: string | null;
  onRange: (from: string | null, to: string | null) => void;
}

/**
 * The date range as two lists of the collection's months, named in the UI's language, digits included (a native
 * month input names them in the browser's language: "April 2018" in the Arabic UI). A popup like the entity
 * pickers: one tab stop on home; it closes once the end is chosen, on Escape, or on a press outside it. Its lists
 * (shell/picker-popups.tsx) are loaded when it first opens.
 */
function DateRangePickerView({ months, from, to, onRange }: Props) {
  const { t } = useTranslation();
  const { month: formatMonth } = useFormat();
  const details = useRef<HTMLDetailsElement>(null);
  useDismiss(details);
  // The lists are built when the popup opens: a closed one costs no markup.
  const [open, setOpen] = useState(false);
  const summary =
    from && to
      ? from === to
        ? t('filters.datesMonth', { month: formatMonth(from) })
        : t('filters.datesRange', { from: formatMonth(from), to: formatMonth(to) })
      : from
        ? t('filters.datesFrom', { from: formatMonth(from) })
        : to
          ? t('filters.datesTo', { to: formatMonth(to) })
          : t('filters.dates');
  return (
    // Placed as the entity pickers' popup (shell/EntityPicker.tsx): under the summary on a wide screen, across the
    // page's width on a phone (walk-through: at 390 px its month lists sat at x −125…−13 and the page was 528 px wide).
    <details ref={details} className="sm:relative" data-testid="date-range" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer rounded border border-rule px-3 py-1.5">{summary}</summary>
      {open && (
        <div className="absolute start-4 end-4 z-20 mt-1 grid max-w-[calc(100vw-2rem)] gap-2 rounded border border-rule bg-paper p-3 shadow-lg sm:start-0 sm:end-auto sm:w-64">
          <Suspense>
            <RangeSelects months={months} from={from} to={to} onRange={onRange} onEnd={() => closeDisclosure(details.current)} />
          </Suspense>
        </div>
      )}
    </details>
  );
}

/** Drawn again only when its props change, as the strip. */
export const DateRangePicker = memo(DateRangePickerView);

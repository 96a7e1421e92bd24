import { lazy, Suspense, useRef, useState } from 'react';
import type { Entity } from '../../core/bundle-schema.ts';
import { useFormat } from './use-format.ts';
import { closeDisclosure, useDismiss } from './use-dismiss.ts';

const EntityOptions = lazy(async () => ({ default: (await import('./picker-popups.tsx')).EntityOptions }));

interface Props {
  label: string;
  options: Array<{ entity: Entity; count: number }>;
  selected: string[];
  onToggle: (id: string) => void;
  testId: string;
}

/**
 * A searchable multi-select of entities with the number of articles each appears in (home's and the timeline's). It
 * closes on a choice (the result count under it changes at once), on Escape and on a press outside it; choose again
 * to add another. Its list is built, and its code loaded, when it opens: a closed picker costs no markup.
 */
export function EntityPicker({ label, options, selected, onToggle, testId }: Props) {
  const { number } = useFormat();
  const [open, setOpen] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  useDismiss(details);
  return (
    // The popup hangs from the summary on a wide screen. On a phone it spans the page's width, 1rem from each edge,
    // under the summary: the details is not its containing block there (not positioned), the page is, so wherever the
    // summary sits in the row the popup neither runs off an edge nor makes the page wider (walk-through: at 390 px
    // the place picker spanned x −91…197). Capped to the viewport on any screen.
    <details ref={details} className="sm:relative" data-testid={testId} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer rounded border border-rule px-3 py-1.5">
        {label}
        {selected.length > 0 && <span className="ms-1 rounded-full bg-accent px-2 text-sm text-paper">{number(selected.length)}</span>}
      </summary>
      <div className="absolute start-4 end-4 z-20 mt-1 max-w-[calc(100vw-2rem)] rounded border border-rule bg-paper p-2 shadow-lg sm:start-0 sm:end-auto sm:w-72">
        {open && (
          <Suspense>
            <EntityOptions
              label={label}
              options={options}
              selected={selected}
              onChoose={(id) => {
                onToggle(id);
                closeDisclosure(details.current);
              }}
            />
          </Suspense>
        )}
      </div>
    </details>
  );
}

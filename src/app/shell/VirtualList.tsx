/**
 * A list of any length that keeps the page small (issue 13): up to VIRTUALIZE_ABOVE rows it is a plain list, every
 * row in the page as before; above, only the rows near the viewport are in the page, placed where the whole list
 * would put them, so the page scrolls as if every row were there.
 *
 * - Server and first client render agree (the home page is prerendered and hydrated): until the list has hydrated
 *   it shows its first FIRST_ROWS rows in the flow; the rows near the viewport replace them once it can measure the
 *   window, and the list takes the height of all its rows. No style attribute in that markup: the CSP (style-src
 *   'self') blocks those in a page's HTML, and allows only the ones React sets from script.
 * - Keyboard: Tab goes through the rows drawn (the browser scrolls the focused one into view, which draws the next
 *   ones); j/k, ↓/↑, Home and End move from row to row, scrolling a row into the page before it takes the focus.
 *   The row that has the focus stays in the page while the reader scrolls away from it, so the focus is never lost
 *   and never lands on a row that is not there.
 * - Screen readers: each row says where it stands in the whole list (aria-posinset of aria-setsize).
 * - Back to the list restores where it was (list-memory.ts).
 */
import { useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useLocation } from 'react-router';
import { focusableIn, focusablesIn, listMoveOf, moveTarget, searchDirection, type ListMove } from './list-keys.ts';
import { listPlace, rememberListPlace } from './list-memory.ts';
import { rowsBetween, rowStarts } from './list-window.ts';

/** Lists up to this long are drawn whole: the 68-article build renders and prerenders exactly as before. */
export const VIRTUALIZE_ABOVE = 200;
/** Rows drawn before the list can measure the window (the server's page and its hydration). */
export const FIRST_ROWS = 20;
/** Drawn beyond each edge of the viewport (px), so Tab and a quick scroll find the next rows already there. */
const OVERSCAN = 600;

/** Where a row of a long list stands; undefined for a row of a list drawn whole. */
export interface ListRow {
  index: number;
  key: string;
  setSize: number;
  /** Offset from the top of the list, or null while the rows are in the flow (before hydration). */
  start: number | null;
  measure: ((element: HTMLElement | null) => (() => void) | undefined) | undefined;
}

/** What the element of a row carries: its measure, its place for assistive technology and its position. */
export function rowAttributes(row: ListRow | undefined) {
  if (!row) return {};
  return {
    ref: row.measure,
    'data-index': row.index,
    'data-key': row.key,
    'aria-posinset': row.index + 1,
    'aria-setsize': row.setSize,
    style:
      row.start === null
        ? undefined
        : ({ position: 'absolute', insetBlockStart: `${row.start}px`, insetInlineStart: 0, inlineSize: '100%' } as const),
  };
}

export interface VirtualListProps<T> {
  items: readonly T[];
  /** A stable function (not a new one each render): a row's identity, for its measured size. */
  itemKey: (item: T) => string;
  /** A row's expected height in px, before it is measured. */
  estimateSize: number;
  /**
   * Where the row of a key is in `items` (−1 when it is not there), for a caller that knows it without a lookup per
   * row (a new list for each of `items`): the list then finds the sizes measured so far by looking up their keys, not
   * every row's (a filter of a 100,000-article archive lists 85,000 rows; a few hundred have been measured).
   */
  indexOfKey?: (key: string) => number;
  renderRow: (item: T, row: ListRow | undefined) => ReactNode;
  /** Names the list in the scroll memory (one page may have several lists). */
  name: string;
  as?: 'ol' | 'ul';
  className?: string;
  testId?: string;
  /** Drawn whole up to this many rows (VIRTUALIZE_ABOVE unless said). */
  wholeUpTo?: number;
  /**
   * The page's main list: drawn whole too, Back puts the row that was at the top of the window where it was (a long
   * list always does). One list of a page at most.
   */
  keepsPlace?: boolean;
}

export function VirtualList<T>(props: VirtualListProps<T>) {
  return props.items.length <= (props.wholeUpTo ?? VIRTUALIZE_ABOVE) ? <WholeList {...props} /> : <LongList {...props} />;
}

/** The direct child of `list` that holds `node`. */
function rowHolding(list: HTMLElement, node: EventTarget | null): HTMLElement | null {
  let current = node instanceof Element ? node : null;
  while (current && current.parentElement !== list) current = current.parentElement;
  return current instanceof HTMLElement ? current : null;
}

/** The key of a list's place in the scroll memory (list-memory.ts): its name and the history entry it is drawn in. */
const useMemoryKey = (name: string) => `${name}:${useLocation().key}`;

/**
 * While mounted, Back and Forward to this history entry leave the page's scroll to the list: the browser's own
 * restoration comes after the list is drawn again and would move it once more. Manual for the entry the list is in;
 * automatic again for the entry the reader goes to (the mode is kept per entry, and pushState copies it).
 */
function useOwnScrollRestoration(active: boolean): void {
  useLayoutEffect(() => {
    if (!active || !('scrollRestoration' in history)) return;
    history.scrollRestoration = 'manual';
    return () => {
      history.scrollRestoration = 'auto';
    };
  }, [active]);
}

/**
 * Back to a whole list (keepsPlace): the row that was at the top of the window is put back at the same height. The
 * scroll offset alone does not do it: rows out of view are laid out at an estimated height (content-visibility, the
 * article rows' .article-row) until drawn, so the same offset showed another row (walk-through 2026-12-06: the row
 * opened, 178 px from the top when left, at 1,105 px on Back).
 */
function useWholeListPlace<T>(list: HTMLElement | null, items: readonly T[], itemKey: (item: T) => string, name: string, active: boolean): void {
  const memoryKey = useMemoryKey(name);
  const latest = useRef({ items, itemKey });
  useLayoutEffect(() => {
    latest.current = { items, itemKey };
  });
  useOwnScrollRestoration(active);
  useLayoutEffect(() => {
    if (!active || !list) return;
    const { items: now, itemKey: keyOf } = latest.current;
    // Drawn for this history entry: back where it was left.
    const saved = listPlace(memoryKey);
    const row = saved?.anchor && list.children[now.findIndex((item) => keyOf(item) === saved.anchor!.key)];
    if (saved) {
      // Every row at its own height while the row is put back (out of view, a row's height is an estimate until it
      // is drawn: .article-row), and until the browser has kept those heights (contain-intrinsic-size: auto, after
      // a frame is drawn): then nothing moves when the rows out of view are skipped again.
      list.setAttribute('data-placing', '');
      window.scrollTo(0, row ? window.scrollY + row.getBoundingClientRect().top - saved.anchor!.top : saved.offset);
      requestAnimationFrame(() => requestAnimationFrame(() => list.removeAttribute('data-placing')));
    }
    // Left: the first row still in view, and its distance from the window's top.
    return () => {
      const rows = [...list.children];
      const k = rows.findIndex((r) => r.getBoundingClientRect().bottom > 0);
      const item = latest.current.items[k];
      rememberListPlace(memoryKey, { offset: window.scrollY, sizes: [], anchor: item === undefined ? undefined : { key: latest.current.itemKey(item), top: rows[k]!.getBoundingClientRect().top } });
    };
  }, [active, list, memoryKey]);
}

function WholeList<T>({ items, itemKey, renderRow, name, as = 'ol', className, testId, keepsPlace = false }: VirtualListProps<T>) {
  const [list, setList] = useState<HTMLElement | null>(null);
  useWholeListPlace(list, items, itemKey, name, keepsPlace);
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const move = listMoveOf(event);
    const list = event.currentTarget;
    const row = move === null ? null : rowHolding(list, event.target);
    if (move === null || !row) return;
    const rows = [...list.children];
    const direction = searchDirection(move);
    for (let i = moveTarget(rows.indexOf(row), move, rows.length); i >= 0 && i < rows.length; i += direction) {
      const target = focusableIn(rows[i]!);
      if (target) {
        event.preventDefault();
        if (target !== event.target) target.focus();
        return;
      }
    }
  };
  const List = as;
  return (
    <List ref={setList} className={className} data-testid={testId} onKeyDown={onKeyDown}>
      {items.map((item) => renderRow(item, undefined))}
    </List>
  );
}

const noSubscription = () => () => {};

/**
 * The rows a list drawn in the browser starts with, before it can measure: those an estimate puts in the viewport
 * (widened by OVERSCAN) when the page is at its top. A list drawn anew (a new filter) is so drawn about once: its first
 * measure seldom adds a row, it lets go of those the content above the list pushes out.
 */
const firstRows = (estimate: number): [number, number] => [0, Math.ceil((innerHeight + OVERSCAN) / estimate)];

/**
 * The sizes of the rows drawn so far, by key, and for the current items by index (each size less the estimate); a
 * change redraws the list (outside React's state: it is a cache).
 */
export class RowSizes {
  readonly sizes: Map<string, number>;
  private extra: Float64Array = new Float64Array(0);
  constructor(saved: Array<[string, number]> = []) {
    this.sizes = new Map(saved);
  }
  get(key: string, estimate: number): number {
    return this.sizes.get(key) ?? estimate;
  }
  /**
   * The sizes by index for a new list of items: a key lookup per row when some size is known already, or, given where
   * each key is (indexOfKey), one per size known when they are fewer than the rows. Pure.
   */
  extraFor(count: number, keyOf: (index: number) => string, estimate: number, indexOfKey?: (key: string) => number): Float64Array {
    const extra = new Float64Array(count);
    if (this.sizes.size === 0) return extra;
    if (indexOfKey && this.sizes.size < count) {
      for (const [key, size] of this.sizes) {
        const i = indexOfKey(key);
        if (i >= 0 && i < count) extra[i] = size - estimate;
      }
    } else for (let i = 0; i < count; i++) extra[i] = this.get(keyOf(i), estimate) - estimate;
    return extra;
  }
  /** The sizes by index of the items on screen, which measures update from then on (a render React discards never attaches its own). */
  attach(extra: Float64Array): void {
    this.extra = extra;
  }
  /** Records a measured size of the row at `index` of the current items; the change in px (0 when it is the one known). */
  record(key: string, index: number, size: number, estimate: number): number {
    const change = size - this.get(key, estimate);
    this.sizes.set(key, size);
    if (index >= 0 && index < this.extra.length) this.extra[index] = size - estimate;
    return change;
  }
}

function LongList<T>({ items, itemKey, estimateSize, indexOfKey, renderRow, name, as = 'ol', className, testId }: VirtualListProps<T>) {
  // False on the server and while hydrating, true from then on (and at once in a page rendered in the browser).
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const memoryKey = useMemoryKey(name);
  const [saved] = useState(() => listPlace(memoryKey));
  const [sizes] = useState(() => new RowSizes(saved?.sizes));
  const [measured, setMeasured] = useState(0);
  const [list, setList] = useState<HTMLElement | null>(null);
  const [[first, end], setRange] = useState<[number, number]>(() => (hydrated ? firstRows(estimateSize) : [0, FIRST_ROWS]));
  const [focused, setFocused] = useState<number | null>(null);
  const pending = useRef<{ index: number; direction: 1 | -1 } | null>(null);
  const count = items.length;

  // Each row's measured size less the estimate, by index in these items: made from the sizes known by key once per
  // list of items (none to look up for a list drawn anew), then kept as rows are measured (their index is known), so a
  // measure costs one pass of additions, not a key lookup per row (a filter of a 100,000-article list: 85,000 rows).
  const extra = useMemo(() => sizes.extraFor(count, (i) => itemKey(items[i]!), estimateSize, indexOfKey), [count, sizes, itemKey, items, estimateSize, indexOfKey]);
  useLayoutEffect(() => sizes.attach(extra), [sizes, extra]);
  // `measured` counts the measures that changed a size: each one moves the rows below it.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `extra` is a cache: `measured` says it changed
  const starts = useMemo(() => rowStarts(count, (i) => estimateSize + extra[i]!), [count, extra, estimateSize, measured]);
  const current = useRef(starts);
  useLayoutEffect(() => {
    current.current = starts;
  });

  // The rows that meet the viewport, widened by OVERSCAN: on scroll, resize, and whenever the rows move.
  const update = useRef(() => {});
  useLayoutEffect(() => {
    if (!hydrated || !list) return;
    let frame = 0;
    update.current = () => {
      frame = 0;
      const top = -list.getBoundingClientRect().top;
      const next = rowsBetween(current.current, top - OVERSCAN, top + window.innerHeight + OVERSCAN);
      setRange((range) => (range[0] === next[0] && range[1] === next[1] ? range : next));
    };
    const later = () => {
      frame ||= requestAnimationFrame(update.current);
    };
    update.current();
    window.addEventListener('scroll', later, { passive: true });
    window.addEventListener('resize', later);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', later);
      window.removeEventListener('resize', later);
    };
  }, [hydrated, list]);
  useLayoutEffect(() => update.current(), [starts]);

  // Each row drawn is measured, and measured again when it changes size (fonts, a narrower window). A row above the
  // viewport that grows or shrinks moves the page by as much, so what the reader looks at stays where it is.
  const [observer] = useState(() =>
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver((entries) => {
          let changed = false;
          for (const { target, borderBoxSize } of entries) {
            const row = target as HTMLElement;
            if (!row.isConnected || row.dataset.key === undefined) continue;
            const change = sizes.record(row.dataset.key, Number(row.dataset.index), borderBoxSize[0]?.blockSize ?? row.offsetHeight, estimateSize);
            if (change !== 0 && row.getBoundingClientRect().top < 0) window.scrollBy(0, change);
            changed ||= change !== 0;
          }
          if (changed) flushSync(() => setMeasured((n) => n + 1));
        }),
  );
  useLayoutEffect(() => () => observer?.disconnect(), [observer]);
  // Observed while drawn only: a row scrolled out of the list is let go (a ref's cleanup, React 19).
  const measure = useMemo(
    () => (row: HTMLElement | null) => {
      if (!row || !observer) return;
      observer.observe(row);
      return () => observer.unobserve(row);
    },
    [observer],
  );

  // Back to this history entry: the place it was left at (once, when the list is drawn).
  const restored = useRef(false);
  useLayoutEffect(() => {
    if (!hydrated || restored.current) return;
    restored.current = true;
    if (saved) {
      window.scrollTo(0, saved.offset);
      update.current();
    }
  }, [hydrated, saved]);
  // The list puts the page back itself (the browser's restoration would be a few px off once a row above has changed,
  // such as the opened article's gaining its "read" line).
  useOwnScrollRestoration(hydrated);
  // On leaving the entry (another page, or new filters that make a new entry): remember where it was.
  useLayoutEffect(() => {
    if (!hydrated) return;
    return () => rememberListPlace(memoryKey, { offset: window.scrollY, sizes: [...sizes.sizes] });
  }, [hydrated, memoryKey, sizes]);

  // A row moved to by key gets the focus once it is drawn (scrolled to first if it is not); a row with nothing to
  // focus (a heading) passes it on in the same direction.
  useLayoutEffect(() => {
    const target = pending.current;
    if (!list || !target) return;
    for (let i = target.index; i >= 0 && i < count; i += target.direction) {
      const row = list.querySelector(`:scope > [data-index="${i}"]`);
      if (!row) {
        pending.current = { index: i, direction: target.direction };
        window.scrollBy(0, list.getBoundingClientRect().top + starts[i]! - window.innerHeight / 3);
        update.current();
        return;
      }
      const focusable = focusableIn(row);
      if (focusable) {
        pending.current = null;
        focusable.focus();
        return;
      }
    }
    pending.current = null;
  });
  const [, redraw] = useState(0);

  const indexOf = (row: HTMLElement | null) => (row?.dataset.index === undefined ? null : Number(row.dataset.index));
  const onFocus = (event: FocusEvent<HTMLElement>) => setFocused(indexOf(rowHolding(event.currentTarget, event.target)));
  const onBlur = (event: FocusEvent<HTMLElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) setFocused(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const row = rowHolding(event.currentTarget, event.target);
    const from = indexOf(row);
    const move = row === null || from === null ? null : (listMoveOf(event) ?? tabPastDrawnRows(event, row, from));
    if (move === null || from === null) return;
    event.preventDefault();
    pending.current = { index: moveTarget(from, move, count), direction: searchDirection(move) };
    redraw((n) => n + 1);
  };
  /**
   * Tab (Shift+Tab) from a row's last (first) focusable thing when the next (previous) row is not drawn yet: the
   * browser would leave the list, so the list moves to that row as ↓ (↑) does. Keys faster than the page draws (a
   * loaded machine, a held key) keep the focus in the list.
   */
  const tabPastDrawnRows = (event: KeyboardEvent<HTMLElement>, row: HTMLElement, index: number): ListMove | null => {
    if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return null;
    const step = event.shiftKey ? -1 : 1;
    const next = index + step;
    if (next < 0 || next >= count || event.currentTarget.querySelector(`:scope > [data-index="${next}"]`)) return null;
    const inRow = focusablesIn(row);
    return inRow[step === 1 ? inRow.length - 1 : 0] === event.target ? step : null;
  };

  if (!hydrated) {
    const List = as;
    const shown = items.slice(0, FIRST_ROWS);
    return (
      <List className={className} data-testid={testId}>
        {shown.map((item, index) => renderRow(item, { index, key: itemKey(item), setSize: count, start: null, measure: undefined }))}
      </List>
    );
  }
  // The focused row stays drawn when the reader scrolls away from it: the focus is never lost with it.
  const indexes: number[] = [];
  if (focused !== null && focused < Math.min(first, count)) indexes.push(focused);
  for (let i = first; i < Math.min(end, count); i++) indexes.push(i);
  if (focused !== null && focused >= end && focused < count) indexes.push(focused);
  const rows = indexes.map((index) => renderRow(items[index]!, { index, key: itemKey(items[index]!), setSize: count, start: starts[index]!, measure }));
  const List = as;
  return (
    <List ref={setList} className={className} data-testid={testId} data-virtual="" style={{ position: 'relative', blockSize: `${starts[count]}px` }} onFocus={onFocus} onBlur={onBlur} onKeyDown={onKeyDown}>
      {rows}
    </List>
  );
}

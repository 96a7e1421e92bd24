/**
 * The arithmetic of a long list drawn in part (VirtualList.tsx): where each row starts, given the sizes measured so
 * far and an estimate for the others, and which rows meet a stretch of the page.
 */

/** `starts[i]` is the top of row i, `starts[count]` the height of the whole list. */
export function rowStarts(count: number, sizeOf: (index: number) => number): Float64Array {
  const starts = new Float64Array(count + 1);
  for (let i = 0; i < count; i++) starts[i + 1] = starts[i]! + sizeOf(i);
  return starts;
}

/** The first row whose bottom is below `y` (count when none is). */
function firstEndingBelow(starts: Float64Array, y: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (starts[middle + 1]! > y) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The rows [first, end) that meet the stretch from `top` to `bottom` (list coordinates, px). */
export function rowsBetween(starts: Float64Array, top: number, bottom: number): [number, number] {
  const count = starts.length - 1;
  const first = firstEndingBelow(starts, top);
  let end = first;
  while (end < count && starts[end]! < bottom) end++;
  return [Math.min(first, count), end];
}

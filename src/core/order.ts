/**
 * Strings in UTF-16 code-unit order: the same on every machine and in every locale (localeCompare is neither), which
 * is what makes ids, files and stories come out in one order.
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

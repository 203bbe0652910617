/**
 * Insert into a sorted list of unique strings. Replies arrive in sorted
 * order, so the common case is an append (O(1)); otherwise a binary search.
 * (includes + sort on every call made a build quadratic in the corpus size.)
 */
export function addSorted(list: string[], value: string): void {
  const n = list.length;
  if (n === 0 || list[n - 1]! < value) {
    list.push(value);
    return;
  }
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  if (list[lo] !== value) list.splice(lo, 0, value);
}

/** Remove a value from a sorted list of unique strings (binary search), if it is there. */
export function removeSorted(list: string[], value: string): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  if (list[lo] === value) list.splice(lo, 1);
}

// Local calendar days, as date-fns' addDays, startOfDay and endOfDay reckon them (the same wall
// time n days on; a DST day is 23 or 25 hours long), in a few lines: date-fns' copies cost the
// content script and the worker about 0.1 kB gzipped each. Invariant: each returns what date-fns returns.

/** The same local wall time `n` calendar days from `d`. */
export function addDays(d: Date | number, n: number): Date {
  const r = new Date(d);
  r.setDate(r.getDate() + n);
  return r;
}

/** Local midnight at the start of `d`'s day. */
export function startOfDay(d: Date | number): Date {
  const r = new Date(d);
  r.setHours(0, 0, 0, 0);
  return r;
}

/** The last millisecond of `d`'s local day. */
export function endOfDay(d: Date | number): Date {
  const r = new Date(d);
  r.setHours(23, 59, 59, 999);
  return r;
}

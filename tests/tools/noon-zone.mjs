// The browsers under test run in a fixed-offset zone where it is about noon when the run starts.
// Why: Upwork's room list dates messages coarsely ("Yesterday", a weekday), so near midnight a
// demo room is honestly undecided and a countdown test would see a different, correct state.
// CI starts at any hour; the midnight and DST edges are unit properties (tests/unit/fall-back,
// zoned-clock, reader-properties), not left to the hour CI happens to run. E2E_TZ overrides it.

/** "Etc/GMT+7" when it is 19:xx UTC: the zone whose local hour is 12 at `now`. */
export function noonZone(now = new Date()) {
  const offset = 12 - now.getUTCHours(); // -11 … +12, every one an Etc zone
  if (offset === 0) return 'Etc/GMT';
  // POSIX sign: Etc/GMT+7 is seven hours behind UTC.
  return offset > 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
}

/** Sets TZ for this process and the browsers it launches (they inherit the environment). */
export function useNoonZone() {
  // Chosen once per run: Playwright's workers and node --test's files inherit it, so they all agree.
  process.env.E2E_TZ ||= noonZone();
  process.env.TZ = process.env.E2E_TZ;
  return process.env.TZ;
}

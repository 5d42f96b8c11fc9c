// The value a datetime-local input takes, for the ⋯ panel's snooze and agreed-deadline fields.
const pad = (n: number) => String(n).padStart(2, '0');

/** `at` as local wall-clock time, to the minute ("2026-12-02T19:40"). */
export function localInput(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

// Reminder times as chips: each time once, in the order of the day, as "HH:MM".

/** "9:05" -> "09:05"; what the time field gives ("09:05" or "09:05:00") -> "09:05". Anything else: null. */
export function normalTime(text: string): string | null {
  const m = /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(text.trim());
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return null;
  return `${m[1].padStart(2, '0')}:${m[2]}`;
}

/** The list with `time` added, once, in the order of the day; the list unchanged if `time` is not a time. */
export function addTime(times: string[], time: string): string[] {
  const t = normalTime(time);
  if (!t || times.includes(t)) return times;
  return [...times, t].sort();
}

export const removeTime = (times: string[], time: string): string[] => times.filter((t) => t !== time);

// Lead times as people write them: "30 min", "3 h", "1 d, 6 h". Minutes inside.

const UNIT: Record<string, number> = { m: 1, min: 1, mins: 1, minutes: 1, h: 60, hr: 60, hours: 60, d: 1440, day: 1440, days: 1440 };

/** "1 d, 6 h" -> [1440, 360]; null when any part is not a duration. */
export function parseLeadTimes(text: string): number[] | null {
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const out: number[] = [];
  for (const p of parts) {
    const m = /^(\d+(?:\.\d+)?)\s*([a-z]+)$/i.exec(p);
    const unit = m && UNIT[m[2].toLowerCase()];
    if (!m || !unit) return null;
    out.push(Math.round(Number(m[1]) * unit));
  }
  return out;
}

/** [1440, 360] -> "1 d, 6 h" */
export function formatLeadTimes(minutes: number[]): string {
  return minutes.map((m) => (m % 1440 === 0 ? `${m / 1440} d` : m % 60 === 0 ? `${m / 60} h` : `${m} min`)).join(', ');
}

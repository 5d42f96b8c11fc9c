// A duration as the settings page shows it: a number and a unit (minutes, hours or days).
// Stored as whole minutes, as before: shown(stored(n, unit)) is the same number of minutes.

export type DurationUnit = 'min' | 'h' | 'd';

export const UNIT_MINUTES: Record<DurationUnit, number> = { min: 1, h: 60, d: 1440 };
/** Largest first: a stored value is shown in the largest unit it fills a whole number of times. */
export const UNITS: DurationUnit[] = ['d', 'h', 'min'];

/** What a field shows while it is typed: the text of the number, and the unit chosen. */
export interface NumberAndUnit {
  value: string;
  unit: DurationUnit;
}

/** 1440 -> 1 d, 360 -> 6 h, 90 -> 90 min. */
export function toNumberAndUnit(minutes: number): NumberAndUnit {
  const unit = UNITS.find((u) => minutes % UNIT_MINUTES[u] === 0) ?? 'min';
  return { value: String(minutes / UNIT_MINUTES[unit]), unit };
}

/**
 * "1.5" h -> 90; whole minutes, as stored. NaN when the text is not a number, so the
 * settings validator refuses it with its reason (it never reaches storage).
 */
export function toMinutes({ value, unit }: NumberAndUnit): number {
  const n = value.trim() === '' ? NaN : Number(value);
  return Number.isFinite(n) ? Math.round(n * UNIT_MINUTES[unit]) : NaN;
}

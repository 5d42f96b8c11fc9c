// A clock text may carry a time-zone abbreviation ("1:10 PM PDT", seen live in
// May 2026). Known abbreviations give the exact instant. An abbreviation we do
// not know (or one that names several zones, like IST) still bounds the
// instant: the same wall time falls somewhere between UTC-12 and UTC+14, so
// the reader keeps that 26-hour range rather than dropping the time or
// guessing a zone. Neighbouring messages and "now" narrow it further.
import { DAY, HOUR, MINUTE } from '@/utils/model/time';
import type { TimeRange } from '@/utils/model/types';

/** Minutes east of UTC. Only abbreviations that name one offset. */
const OFFSETS: Record<string, number> = {
  UTC: 0,
  GMT: 0,
  Z: 0,
  BST: 60,
  WET: 0,
  WEST: 60,
  CET: 60,
  CEST: 120,
  EET: 120,
  EEST: 180,
  MSK: 180,
  PKT: 300,
  JST: 540,
  KST: 540,
  AEST: 600,
  AEDT: 660,
  ACST: 570,
  ACDT: 630,
  AWST: 480,
  NZST: 720,
  NZDT: 780,
  HST: -600,
  AKST: -540,
  AKDT: -480,
  PST: -480,
  PDT: -420,
  MST: -420,
  MDT: -360,
  CST: -360,
  CDT: -300,
  EST: -300,
  EDT: -240,
  AST: -240,
  ADT: -180,
  NST: -210,
  NDT: -150,
};

/** "1:10 PM PDT" -> { clock: "1:10 PM", zone: "PDT" }; no zone -> zone null. */
export function splitZone(text: string): { clock: string; zone: string | null } {
  const m = /^(.*?[AP]\.?M\.?)\s+([A-Z]{1,5}|(?:UTC|GMT)[+-]\d{1,2}(?::?\d{2})?)$/i.exec(text.trim());
  return m ? { clock: m[1], zone: m[2].toUpperCase() } : { clock: text.trim(), zone: null };
}

/** "UTC+5:30" or "GMT-3" -> minutes east of UTC. */
function numericOffset(zone: string): number | null {
  const m = /^(?:UTC|GMT)([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(zone);
  if (!m) return null;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

/** Minutes east of UTC for an abbreviation that names one offset, else null. */
export const zoneOffset = (zone: string): number | null => OFFSETS[zone] ?? numericOffset(zone);

/** The wall time y-m-d h:min in `zone`, as a range: one minute when the zone is known, else every offset on Earth. */
export function zonedMinute(y: number, mo: number, d: number, h: number, min: number, zone: string): TimeRange {
  const utc = Date.UTC(y, mo, d, h, min);
  const offset = zoneOffset(zone);
  if (offset !== null) return { earliest: utc - offset * MINUTE, latest: utc - offset * MINUTE + MINUTE - 1 };
  return { earliest: utc - 14 * HOUR, latest: utc + 12 * HOUR + MINUTE - 1 };
}

/**
 * A zoned clock without a date ("12:10 AM EDT" in the room list or under a
 * day divider): on the zone's own calendar, the latest such wall time not
 * after `notAfter` (today or yesterday there, whichever is not in the
 * future). The browser's date is not the zone's: at 21:30 in Los Angeles it
 * is already tomorrow in New York. An unknown zone: any offset on Earth, so
 * any moment of the day before `notAfter`.
 */
export function latestZonedMinute(h: number, min: number, zone: string, notAfter: number): TimeRange {
  const offset = zoneOffset(zone);
  if (offset === null) return { earliest: notAfter - DAY, latest: notAfter };
  const there = new Date(notAfter + offset * MINUTE); // its UTC fields are the zone's wall clock
  let t = Date.UTC(there.getUTCFullYear(), there.getUTCMonth(), there.getUTCDate(), h, min) - offset * MINUTE;
  // A fixed offset: yesterday there is exactly a day earlier.
  if (t > notAfter) t -= DAY;
  return { earliest: t, latest: t + MINUTE - 1 };
}

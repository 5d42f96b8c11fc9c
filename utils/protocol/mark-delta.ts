// What the acknowledgement tells a page about its marks: everything the first time,
// then only what changed since the version the page says it holds. The worker keeps
// the last few versions in memory; after a restart it simply sends everything again.
import type { WindowLengths } from '@/utils/model/types';
import type { MarkedRoom, ObservationAck } from './messages';

/** Versions remembered: enough for a few Messages tabs. */
const KEEP = 8;

type Marks = Pick<ObservationAck, 'version' | 'full' | 'awaiting' | 'cleared'>;

// Agreed terms change a room's marks as much as a snooze does.
const key = (r: MarkedRoom) =>
  `${r.waitingSince}|${r.waitingSinceLatest ?? ''}|${r.exact ? 1 : 0}|${r.contract}|${r.snoozedUntil ?? ''}|${r.terms ? JSON.stringify(r.terms) : ''}`;

/** Two 32-bit FNV-1a hashes of the whole set: the same set and lengths give the same version. */
export function markVersion(rooms: readonly MarkedRoom[], lengths: WindowLengths): string {
  const text = JSON.stringify(lengths) + rooms.map((r) => `${r.roomId}:${key(r)}`).join(',');
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

export class MarkHistory {
  private versions = new Map<string, Map<string, MarkedRoom>>();

  /** The marks for a page that holds `known`, bringing it to `rooms`. */
  marksFor(known: string | undefined, rooms: readonly MarkedRoom[], lengths: WindowLengths): Marks {
    const version = markVersion(rooms, lengths);
    const now = new Map(rooms.map((r) => [r.roomId, r]));
    this.versions.delete(version);
    this.versions.set(version, now);
    if (this.versions.size > KEEP) this.versions.delete(this.versions.keys().next().value!);
    const before = known === undefined ? undefined : this.versions.get(known);
    if (!before) return { version, full: true, awaiting: [...rooms], cleared: [] };
    if (known === version) return { version, full: false, awaiting: [], cleared: [] };
    const awaiting = rooms.filter((r) => {
      const old = before.get(r.roomId);
      return !old || key(old) !== key(r);
    });
    const cleared = [...before.keys()].filter((id) => !now.has(id));
    return { version, full: false, awaiting, cleared };
  }
}

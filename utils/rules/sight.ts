// Can the extension see? It sees new client messages only while a Messages
// tab is open and visible; past the user's threshold its count may be missing
// new messages, and every surface must say so. Pure.
import { HOUR } from '@/utils/model/time';
import type { PageStatus } from '@/utils/model/types';
import type { Settings } from './settings';

export type Sight =
  /** Messages never read (or nothing restored): nothing is known. */
  | { kind: 'never' }
  /** The last read did not recognise the page. */
  | { kind: 'unrecognised'; since: number | null }
  /** The last read is older than the threshold: new messages since `since` are not counted. */
  | { kind: 'old'; since: number }
  | { kind: 'current'; since: number };

export function sightOf(status: PageStatus, settings: Settings, now: number): Sight {
  if (status.layout === 'unrecognised') return { kind: 'unrecognised', since: status.lastReadAt };
  // Restored rooms are known, but only as of the backup: old until the page is read again.
  if (status.restoredFrom != null) return { kind: 'old', since: Math.min(status.lastReadAt ?? status.restoredFrom, now) };
  if (status.lastReadAt === null) return { kind: 'never' };
  // A read stored from the future (the clock went back) is not "current" forever.
  const age = now - Math.min(status.lastReadAt, now);
  return age > settings.staleAfterHours * HOUR ? { kind: 'old', since: status.lastReadAt } : { kind: 'current', since: status.lastReadAt };
}

/** The first instant at which the view counts as old (the worker wakes then, so the badge turns grey on time), or null. */
export function turnsOldAt(status: PageStatus, settings: Settings): number | null {
  if (status.layout === 'unrecognised' || status.lastReadAt === null) return null;
  return status.lastReadAt + settings.staleAfterHours * HOUR + 1;
}

// What the worker keeps about the Messages page itself, merged from reads in any order. Pure.
import type { Observation, PageStatus } from '@/utils/model/types';

/**
 * Among an observation's `missing`: a slice of a read in slices (the content script's first read of a
 * long list). Its rows are read like a change's; only the last slice is a read of the whole list.
 */
export const PARTIAL_READ = 'partial';

export const EMPTY_STATUS: PageStatus = { lastReadAt: null, checkedAt: null, layout: null, missing: [], selfName: null };

/**
 * A late-arriving older read never overwrites what a newer one said about the
 * page. A contract's workroom shows one conversation, not the room list: it
 * does not make the view of every room current.
 */
export function pageAfter(s: PageStatus, obs: Observation): PageStatus {
  const newer = obs.seenAt >= (s.checkedAt ?? 0);
  // A workroom, a conversation whose room list was not on the page, or a slice of the list is no read of the other rooms.
  const sawList = obs.layout !== 'unrecognised' && !['workroom', 'room_list', PARTIAL_READ].some((code) => obs.missing.includes(code));
  return {
    lastReadAt: sawList ? Math.max(s.lastReadAt ?? 0, obs.seenAt) : s.lastReadAt,
    checkedAt: newer ? obs.seenAt : s.checkedAt,
    layout: newer ? obs.layout : s.layout,
    missing: newer ? obs.missing : s.missing,
    selfName: obs.selfName ?? s.selfName,
    restoredFrom: sawList ? null : (s.restoredFrom ?? null),
  };
}

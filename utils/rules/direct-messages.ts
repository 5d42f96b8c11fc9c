// Upwork leaves replies to Direct Messages out of the responsiveness tag
// (Help Center 360046621873), so the tag forecast leaves out the rooms the
// user tagged as such. Their windows and warnings stay. Pure.
import type { LogEntry } from '@/utils/model/types';
import { TAG_PERIOD } from './stats';

export interface Wait {
  roomId: string;
  waitingSince: number;
}

export interface TagInput {
  /** The log without the tagged rooms' entries. */
  log: LogEntry[];
  /** When each untagged room now awaiting a reply began waiting. */
  waitingSince: number[];
  /** Replies of the tag's 3 months left out, and rooms now waiting left out. */
  leftOut: { replies: number; waiting: number };
}

/** What Upwork's tag counts, from everything the stats read. */
export function forTag(log: readonly LogEntry[], waits: readonly Wait[], direct: ReadonlySet<string>, now: number): TagInput {
  const kept = direct.size ? log.filter((e) => !direct.has(e.roomId)) : [...log];
  const counted = waits.filter((w) => !direct.has(w.roomId));
  return {
    log: kept,
    waitingSince: counted.map((w) => w.waitingSince),
    leftOut: {
      replies: log.filter((e) => e.kind === 'reply' && direct.has(e.roomId) && e.replyAt > now - TAG_PERIOD && e.replyAt <= now).length,
      waiting: waits.length - counted.length,
    },
  };
}

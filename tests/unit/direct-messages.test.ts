// Rooms tagged Direct Messages: Upwork's tag does not count their replies, so
// neither does the forecast; the client still waits, so the windows stay.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { DAY, HOUR, MINUTE } from '@/utils/model/time';
import type { LogEntry, Observation } from '@/utils/model/types';
import { forTag } from '@/utils/rules/direct-messages';
import { tagForecast } from '@/utils/rules/stats';
import { answeredShare } from '@/utils/rules/tag-outlook';
import { tagDirect } from '@/utils/rules/room-actions';
import { awaitingRooms } from '@/utils/rules/reply-windows';
import { mergeObservation } from '@/utils/rules/threads';
import { isUserCommand } from '@/utils/protocol/guards';
import * as db from '@/utils/storage/db';

const NOW = Date.UTC(2026, 10, 20, 12);
const FAST = 'room_' + 'a'.repeat(32);
const DM = 'room_' + 'b'.repeat(32);
const reply = (roomId: string, hoursTaken: number, daysAgo: number): LogEntry => {
  const replyAt = NOW - daysAgo * DAY;
  return {
    id: `${roomId}|${replyAt}`,
    roomId,
    kind: 'reply',
    clientAt: replyAt - hoursTaken * HOUR,
    clientExact: true,
    replyAt,
    replyExact: true,
    contract: false,
  };
};
// Five fast replies, and two slow ones in a room that is really Direct Messages.
const log = [1, 2, 3, 4, 5].map((d) => reply(FAST, 1, d)).concat([reply(DM, 30, 1), reply(DM, 30, 2), reply(DM, 30, 200)]);

describe('the tag forecast without Direct Messages', () => {
  it('leaves the tagged room out: the 3-month average falls from 9 h 17 m (8-12 h) to 1 h (0-4 h)', () => {
    expect(tagForecast(log, NOW).bucket).toBe('8-12 h');
    const counted = forTag(log, [], new Set([DM]), NOW);
    expect(tagForecast(counted.log, NOW)).toMatchObject({ bucket: '0-4 h', occasions: 5, qualifies: true });
    // The reply of 200 days ago is outside the tag's 3 months: not "left out", never counted.
    expect(counted.leftOut).toEqual({ replies: 2, waiting: 0 });
  });
  it('leaves its waiting rooms out of the answered share too', () => {
    const waits = [
      { roomId: DM, waitingSince: NOW - HOUR },
      { roomId: FAST, waitingSince: NOW - HOUR },
    ];
    const counted = forTag(log, waits, new Set([DM]), NOW);
    expect(counted.waitingSince).toEqual([NOW - HOUR]);
    expect(counted.leftOut.waiting).toBe(1);
    expect(answeredShare(counted.log, counted.waitingSince, NOW)).toBeCloseTo(5 / 6);
  });
  it('with no room tagged, counts everything', () => {
    expect(forTag(log, [], new Set(), NOW)).toMatchObject({ log, leftOut: { replies: 0, waiting: 0 } });
  });
});

const clientWrote: Observation = {
  seenAt: NOW,
  layout: 'ok',
  missing: [],
  rows: [{ roomId: DM, name: 'Ana', title: '', lastBy: 'client', lastAt: { earliest: NOW - HOUR, latest: NOW - HOUR + 59_999 } }],
  open: null,
  selfName: null,
};

describe('tagging a room', () => {
  const room = mergeObservation(new Map(), clientWrote)[0];
  it('keeps its windows running: the client still waits', () => {
    const tagged = tagDirect(room, true, NOW)!;
    expect(tagged.direct).toBe(NOW);
    expect(awaitingRooms([tagged], NOW)[0].status).toEqual(awaitingRooms([room], NOW)[0].status);
  });
  it('survives the page being read again, and can be undone', () => {
    const tagged = tagDirect(room, true, NOW)!;
    // The client writes again: the room really changes, and keeps its tag.
    const later = { earliest: NOW + 30 * MINUTE, latest: NOW + 31 * MINUTE - 1 };
    const changed = mergeObservation(new Map([[DM, tagged]]), {
      ...clientWrote,
      seenAt: NOW + HOUR,
      rows: [{ ...clientWrote.rows[0], lastAt: later }],
    });
    expect(changed).toHaveLength(1);
    const reread = changed[0];
    expect(reread.last?.at).toEqual(later);
    expect(reread.direct).toBe(NOW);
    expect(tagDirect(reread, false, NOW + 2 * HOUR)!.direct).toBeNull();
    expect(tagDirect(room, false, NOW)).toBeNull(); // already so: nothing to write
  });
  it('comes only as a yes or no from the popup', () => {
    expect(isUserCommand({ type: 'user:direct', roomId: DM, direct: true })).toBe(true);
    expect(isUserCommand({ type: 'user:direct', roomId: DM, direct: 'yes' })).toBe(false);
    expect(isUserCommand({ type: 'user:direct', roomId: 'room_1', direct: true })).toBe(false);
  });
});

describe('the stats read the tagged rooms through their own index', { timeout: 30_000 }, () => {
  beforeEach(async () => {
    await db.closeDb();
    globalThis.indexedDB = new IDBFactory();
  });
  it('finds a tagged room, and forgets it once untagged', async () => {
    await db.storeObservation(clientWrote);
    await db.storeObservation({ ...clientWrote, rows: [{ ...clientWrote.rows[0], roomId: FAST }] });
    expect(await db.directRoomIds()).toEqual(new Set());
    await db.updateThread(DM, (t) => tagDirect(t, true, NOW));
    expect(await db.directRoomIds()).toEqual(new Set([DM]));
    await db.updateThread(DM, (t) => tagDirect(t, false, NOW));
    expect(await db.directRoomIds()).toEqual(new Set());
  });
});

import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { latestStart } from '@/utils/rules/reply-windows';
import { mergeObservation } from '@/utils/rules/threads';
import type { Observation, OpenRoom, RoomRow, Thread, TimeRange } from '@/utils/model/types';

const MIN = 60_000;
const H = 60 * MIN;
const NOW = Date.UTC(2026, 10, 20, 18, 0);
const A = 'room_' + 'a'.repeat(32);
const B = 'room_' + 'b'.repeat(32);
const minute = (t: number): TimeRange => ({ earliest: t, latest: t + MIN - 1 });

const row = (roomId: string, lastBy: RoomRow['lastBy'], lastAt: TimeRange | null, extra: Partial<RoomRow> = {}): RoomRow => ({
  roomId,
  name: 'James Blue',
  title: 'Shopify fixes',
  lastBy,
  lastAt,
  ...extra,
});
const obs = (seenAt: number, rows: RoomRow[], open: OpenRoom | null = null): Observation => ({
  seenAt,
  layout: 'ok',
  missing: [],
  rows,
  open,
  selfName: null,
});

/** Applies observations in order, as the worker does, and returns the stored threads. */
function run(...observations: Observation[]): Map<string, Thread> {
  const stored = new Map<string, Thread>();
  for (const o of observations) for (const t of mergeObservation(stored, o)) stored.set(t.roomId, t);
  return stored;
}
/** What the user sees of a thread. */
const visible = (t?: Thread) =>
  t && { awaiting: t.last?.by === 'client', waitingSince: t.waitingSince, exact: t.exact, contract: t.contract };

describe('room list evidence', () => {
  it('a client row awaits from the earliest moment its time allows, marked approximate', () => {
    const day = { earliest: NOW - 30 * H, latest: NOW - 6 * H };
    const t = run(obs(NOW, [row(A, 'client', day)])).get(A)!;
    expect(visible(t)).toEqual({ awaiting: true, waitingSince: day.earliest, exact: false, contract: 'unknown' });
  });
  it('a "You:" row is answered', () => {
    expect(visible(run(obs(NOW, [row(A, 'freelancer', minute(NOW - H))])).get(A))?.awaiting).toBe(false);
  });
  it('a row without a readable time is no evidence: it neither answers nor starts a wait', () => {
    const before = run(obs(NOW - H, [row(A, 'client', minute(NOW - 2 * H))]));
    const after = run(obs(NOW - H, [row(A, 'client', minute(NOW - 2 * H))]), obs(NOW, [row(A, 'freelancer', null)]));
    expect(visible(after.get(A))).toEqual(visible(before.get(A)));
  });
  it('a client message seen arriving under watch starts the wait exactly, at its own minute', () => {
    const t = run(
      obs(NOW - 2 * H, [row(A, 'freelancer', minute(NOW - 3 * H))]),
      obs(NOW, [row(A, 'client', minute(NOW - MIN), { answeredUntil: NOW - 1000 })]),
    ).get(A)!;
    expect(visible(t)).toEqual({ awaiting: true, waitingSince: NOW - MIN, exact: true, contract: 'unknown' });
  });
  it('after a gap, the wait counts from the last message, approximate: earlier messages may have gone unseen', () => {
    const t = run(obs(NOW - 5 * H, [row(A, 'freelancer', minute(NOW - 6 * H))]), obs(NOW, [row(A, 'client', minute(NOW - 10 * MIN))])).get(
      A,
    )!;
    expect(visible(t)).toEqual({ awaiting: true, waitingSince: NOW - 10 * MIN, exact: false, contract: 'unknown' });
  });
  it('a row that unmounts (absent from later reads) is not answered', () => {
    const stored = run(
      obs(NOW - H, [row(A, 'client', minute(NOW - 2 * H)), row(B, 'client', minute(NOW - H))]),
      obs(NOW, [row(B, 'client', minute(NOW - H))]),
    );
    expect(visible(stored.get(A))?.awaiting).toBe(true);
  });
});

const open = (messages: OpenRoom['messages'], contract: OpenRoom['contract'] = 'unknown'): OpenRoom => ({
  roomId: A,
  name: 'James Blue',
  title: 'Shopify fixes',
  contract,
  messages,
});
const msg = (n: number, side: 'client' | 'freelancer' | 'system' | 'unknown', at: number | null) => ({
  id: `story_${n}`,
  side,
  at: at === null ? null : minute(at),
});

describe('open conversation evidence', () => {
  it("the wait starts at the first client message after the freelancer's last one, exactly", () => {
    const t = run(
      obs(
        NOW,
        [],
        open([msg(1, 'client', NOW - 9 * H), msg(2, 'freelancer', NOW - 8 * H), msg(3, 'client', NOW - 5 * H), msg(4, 'client', NOW - H)]),
      ),
    ).get(A)!;
    expect(visible(t)).toEqual({ awaiting: true, waitingSince: NOW - 5 * H, exact: true, contract: 'unknown' });
  });
  it('opening the room makes an approximate wait exact', () => {
    const day = { earliest: NOW - 30 * H, latest: NOW - 6 * H };
    const t = run(
      obs(NOW - H, [row(A, 'client', day)]),
      obs(NOW, [], open([msg(2, 'freelancer', NOW - 20 * H), msg(3, 'client', NOW - 7 * H)])),
    ).get(A)!;
    expect(visible(t)).toEqual({ awaiting: true, waitingSince: NOW - 7 * H, exact: true, contract: 'unknown' });
  });
  it('a reply clears the wait; a system message after it changes nothing', () => {
    const t = run(
      obs(NOW, [], open([msg(3, 'client', NOW - 5 * H), msg(4, 'freelancer', NOW - H), msg(5, 'system', NOW - 30 * MIN)], 'active')),
    ).get(A)!;
    expect(visible(t)).toEqual({ awaiting: false, waitingSince: null, exact: false, contract: 'active' });
  });
  it('an unclear author after the reply is not read as an answer nor as a client', () => {
    const before = run(obs(NOW - H, [row(A, 'client', minute(NOW - 2 * H))]));
    const after = run(
      obs(NOW - H, [row(A, 'client', minute(NOW - 2 * H))]),
      obs(NOW, [], open([msg(4, 'freelancer', NOW - 3 * H), msg(5, 'unknown', NOW - 2 * H)])),
    );
    expect(visible(after.get(A))).toEqual(visible(before.get(A)));
  });
  it('in the open room the conversation wins over a row that lags behind it', () => {
    const t = run(obs(NOW, [row(A, 'client', minute(NOW - H))], open([msg(3, 'client', NOW - H), msg(4, 'freelancer', NOW - MIN)]))).get(
      A,
    )!;
    expect(visible(t)?.awaiting).toBe(false);
  });
});

describe('idempotent and order-safe', () => {
  const first = obs(NOW - H, [row(A, 'client', minute(NOW - 2 * H)), row(B, 'freelancer', minute(NOW - 3 * H))]);
  const reply = obs(NOW - 30 * MIN, [], open([msg(3, 'client', NOW - 2 * H), msg(4, 'freelancer', NOW - 40 * MIN)]));
  it('the same observation twice leaves exactly the same state, and the second changes nothing', () => {
    const once = run(first);
    expect(mergeObservation(once, first)).toEqual([]);
    expect(run(first, first)).toEqual(once);
  });
  it('a stale room list from another tab does not undo a reply', () => {
    const staleTabB = obs(NOW, [row(A, 'client', minute(NOW - 2 * H))]);
    expect(visible(run(first, reply, staleTabB).get(A))?.awaiting).toBe(false);
  });
  it('two tabs: their reads, arriving interleaved and out of order, give the state of the same reads in order', () => {
    const tabA = [
      first,
      reply,
      obs(NOW - 10 * MIN, [row(A, 'freelancer', minute(NOW - 40 * MIN)), row(B, 'client', minute(NOW - 15 * MIN))]),
    ];
    const tabB = [
      { ...first, seenAt: first.seenAt + 5000 },
      obs(NOW - 20 * MIN, [row(A, 'client', minute(NOW - 2 * H)), row(B, 'freelancer', minute(NOW - 3 * H))]), // stale list
      obs(NOW - 5 * MIN, [row(B, 'client', minute(NOW - 15 * MIN))]),
    ];
    const inOrder = run(...[...tabA, ...tabB].sort((x, y) => x.seenAt - y.seenAt));
    const arrivals = [tabB[1], tabA[0], tabB[2], tabA[2], tabB[0], tabA[1]];
    const interleaved = run(...arrivals);
    for (const id of [A, B]) expect([id, visible(interleaved.get(id))]).toEqual([id, visible(inOrder.get(id))]);
    expect(visible(inOrder.get(A))?.awaiting).toBe(false);
    expect(visible(inOrder.get(B))).toMatchObject({ awaiting: true, waitingSince: NOW - 15 * MIN });
  });
  it('an observation that arrives late (sent before a newer one) changes nothing', () => {
    const inOrder = run(first, reply);
    const outOfOrder = run(reply, first);
    expect(visible(outOfOrder.get(A))).toEqual(visible(inOrder.get(A)));
  });
  it('a stale tab whose last message is one we saw answered is ignored, even when its time is unsure up to now', () => {
    // Tab A saw the client's two messages, then the freelancer's reply.
    const tabA = obs(NOW, [], open([msg(1, 'client', NOW - 22 * MIN), msg(2, 'client', NOW - 20 * MIN), msg(3, 'freelancer', NOW - MIN)]));
    // Tab B still shows the client's second message last; it has no header, so its time runs up to the moment B read it.
    const staleB = obs(
      NOW + 30_000,
      [],
      open([msg(1, 'client', NOW - 22 * MIN), { id: 'story_2', side: 'client', at: { earliest: NOW - 22 * MIN, latest: NOW + 30_000 } }]),
    );
    expect(visible(run(tabA, staleB).get(A))?.awaiting).toBe(false);
    // A genuinely new client message after the reply still counts.
    const newer = obs(
      NOW + 60_000,
      [],
      open([msg(3, 'freelancer', NOW - MIN), { id: 'story_4', side: 'client', at: { earliest: NOW - MIN, latest: NOW + 60_000 } }]),
    );
    expect(visible(run(tabA, staleB, newer).get(A))?.awaiting).toBe(true);
  });
});

describe('exact only with evidence (issue 11)', () => {
  // The tab stays visible but its page stops updating after the reply at 9:00 (say the network drops).
  // The client writes at 10:00 and at 11:50; the page catches up at 12:30 and the row flips at once.
  const nine = NOW - 9 * H;
  const ten = NOW - 8 * H;
  const tenToTwelve = NOW - 6 * H - 10 * MIN;
  const caughtUp = NOW - 5 * H - 30 * MIN;
  const replied = obs(nine + MIN, [row(A, 'freelancer', minute(nine))]);
  const flip = obs(caughtUp, [row(A, 'client', minute(tenToTwelve), { answeredUntil: caughtUp - 120 })]);
  const opened = (first: 'freelancer' | null) =>
    obs(caughtUp + 10 * MIN, [], open([...(first ? [msg(1, first, nine)] : []), msg(2, 'client', ten), msg(3, 'client', tenToTwelve)]));

  it('a row that flips long after the time it shows is not an exact start: the page was not live', () => {
    expect(visible(run(replied, flip).get(A))).toEqual({ awaiting: true, waitingSince: tenToTwelve, exact: false, contract: 'unknown' });
  });
  it('opening the room corrects that start to the first unanswered message, exactly', () => {
    expect(visible(run(replied, flip, opened('freelancer')).get(A))).toEqual({
      awaiting: true,
      waitingSince: ten,
      exact: true,
      contract: 'unknown',
    });
  });
  it('opening the room corrects even a start stored as exact', () => {
    // The page came back just as the 11:50 message arrived: the flip looked live, and the 10:00 message went unseen.
    const liveLooking = obs(tenToTwelve + 20_000, [row(A, 'client', minute(tenToTwelve), { answeredUntil: tenToTwelve + 10_000 })]);
    expect(visible(run(replied, liveLooking).get(A))?.exact).toBe(true);
    expect(visible(run(replied, liveLooking, opened('freelancer')).get(A))).toMatchObject({ waitingSince: ten, exact: true });
  });
  it('an earlier start wins over a later exact one even when it is only a bound', () => {
    const liveLooking = obs(tenToTwelve + 20_000, [row(A, 'client', minute(tenToTwelve), { answeredUntil: tenToTwelve + 10_000 })]);
    // The reply is scrolled out of the conversation: the run began at 10:00 or before.
    expect(visible(run(replied, liveLooking, opened(null)).get(A))).toMatchObject({ waitingSince: ten, exact: false });
  });
});

describe('the five notions of time (threads.ts)', () => {
  // The client wrote at `at`; each read of the room list dates it to a range holding it (a minute, hours, a day).
  const truth = fc.integer({ min: 0, max: 3 * 24 * 60 }).map((m) => NOW - m * MIN);
  const reads = fc.array(
    fc.record({ before: fc.integer({ min: 0, max: 24 * 60 }), after: fc.integer({ min: 0, max: 24 * 60 }), seen: fc.nat(600) }),
    { minLength: 1, maxLength: 4 },
  );
  const rangeAround = (at: number, r: { before: number; after: number }): TimeRange => ({
    earliest: at - r.before * MIN,
    latest: at + r.after * MIN,
  });
  test.prop([truth, reads])(
    '"reading the same message again only narrows it": its time is within every read of it, and holds the truth',
    (at, rs) => {
      const stored = run(...rs.map((r) => obs(NOW + r.seen * MIN, [row(A, 'client', rangeAround(at, r))])));
      const last = stored.get(A)!.last!;
      for (const r of rs) {
        expect(last.at.earliest).toBeGreaterThanOrEqual(rangeAround(at, r).earliest);
        expect(last.at.latest).toBeLessThanOrEqual(rangeAround(at, r).latest);
      }
      expect(last.at.earliest <= at && at <= last.at.latest).toBe(true);
    },
  );
  test.prop([truth, reads, fc.boolean()])(
    '"the client\'s run began in [waitingSince, waitingSinceLatest]": any reads of its message, in any order, with or without opening the room',
    (at, rs, open) => {
      const observations = rs.map((r) => obs(NOW + r.seen * MIN, [row(A, 'client', rangeAround(at, r))]));
      if (open) {
        const messages = [
          { id: 'f', side: 'freelancer' as const, at: minute(at - 3 * H) },
          { id: 'c', side: 'client' as const, at: minute(Math.floor(at / MIN) * MIN) },
        ];
        observations.push(obs(NOW + 700 * MIN, [], { roomId: A, name: 'James Blue', title: '', contract: 'unknown', messages }));
      }
      const t = run(...observations).get(A)!;
      expect(t.waitingSince).not.toBeNull();
      const waiting = { ...t, waitingSince: t.waitingSince! };
      expect(waiting.waitingSince).toBeLessThanOrEqual(at);
      expect(latestStart(waiting)).toBeGreaterThanOrEqual(at);
      if (open) expect(latestStart(waiting) - waiting.waitingSince).toBeLessThan(MIN);
    },
  );
  test.prop([truth, fc.nat(600), fc.nat(600)])(
    '"answeredSeenAt only grows": a reply seen by two reads, in either order, keeps the later one',
    (at, s1, s2) => {
      const seen = (s: number) => obs(NOW + s * MIN, [row(A, 'freelancer', minute(at))]);
      const forward = run(seen(s1), seen(s2)).get(A)!;
      const backward = run(seen(s2), seen(s1)).get(A)!;
      expect(forward.answeredSeenAt).toBe(NOW + Math.max(s1, s2) * MIN);
      expect(backward.answeredSeenAt).toBe(forward.answeredSeenAt);
    },
  );
});

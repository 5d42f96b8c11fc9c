// Issue 13, item 1: the content script's queue loses nothing it can keep, and asks for a
// full read when it had to drop something.
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { ObservationSender } from '@/entrypoints/upwork.content/observation-sender';
import type { Observation, RoomRow } from '@/utils/model/types';
import type { ObservationAck } from '@/utils/protocol/messages';
import { WINDOWS } from '@/utils/rules/reply-windows';
import { MINUTE } from '@/utils/model/time';
import { AT_9, replay, timedRow } from './sender-replay';

const ACK: ObservationAck = { ok: true, selfName: null, lengths: WINDOWS, version: 'v', full: true, awaiting: [], cleared: [] };
const id = (n: number) => 'room_' + n.toString(16).padStart(32, '0');
const row = (n: number, text: string): RoomRow => ({
  roomId: id(n),
  name: text,
  title: '',
  lastBy: 'client',
  lastAt: null,
});
const obs = (seenAt: number, ...rows: RoomRow[]): Observation => ({ seenAt, layout: 'ok', missing: [], rows, open: null, selfName: null });
const tick = () => new Promise((r) => setTimeout(r, 0));

/** A worker that answers only when the test says so. */
function slowWorker() {
  const sent: Observation[] = [];
  const answers: ((ack: ObservationAck | undefined) => void)[] = [];
  const fullReads: number[] = [];
  const sender = new ObservationSender(
    (o) => {
      sent.push(o);
      return new Promise((r) => answers.push(r));
    },
    () => undefined,
    () => undefined,
    () => fullReads.push(sent.length),
  );
  const answerAll = async () => {
    while (answers.length) {
      answers.shift()!(ACK);
      await tick();
    }
  };
  /** The newest name each room was sent with. */
  const delivered = () => new Map(sent.flatMap((o) => o.rows.map((r) => [r.roomId, r.name] as const)));
  return { sender, sent, answerAll, delivered, fullReads };
}

describe('the observation queue', () => {
  it('never drops the observation in flight, and its acknowledgement removes only it', async () => {
    const w = slowWorker();
    w.sender.push(obs(0, row(0, 'first')));
    await tick();
    // 100 rooms change while the first observation is in flight.
    for (let n = 1; n <= 100; n++) w.sender.push(obs(n, row(n, `state ${n}`)));
    await w.answerAll();
    const got = w.delivered();
    for (let n = 1; n <= 100; n++) expect(got.get(id(n)), `room ${n}`).toBe(`state ${n}`);
    expect(w.sender.waiting).toBe(0);
  });

  it('keeps the newest state of every room, however often another room changes', async () => {
    const w = slowWorker();
    w.sender.push(obs(0, row(0, 'in flight')));
    await tick();
    w.sender.push(obs(1, row(1, 'room 1 waits')));
    for (let k = 0; k < 150; k++) w.sender.push(obs(2 + k, row(2, `room 2, change ${k}`)));
    // The queue does not grow with the changes of one room: its first state here (it may change who wrote
    // last against what is stored) and its newest.
    expect(w.sender.waiting).toBeLessThanOrEqual(4);
    await w.answerAll();
    expect(w.delivered().get(id(1))).toBe('room 1 waits');
    expect(w.delivered().get(id(2))).toBe('room 2, change 149');
    expect(w.fullReads).toEqual([]);
  });

  it('asks the watcher for a full read after an overflow', async () => {
    const w = slowWorker();
    w.sender.push(obs(0, row(0, 'in flight')));
    await tick();
    // Each room changes twice on the same side: its newer state is what an overflow may drop.
    for (let n = 1; n <= 150; n++) w.sender.push(obs(n, row(n, `first ${n}`)));
    for (let n = 1; n <= 150; n++) w.sender.push(obs(n, row(n, `state ${n}`)));
    expect(w.fullReads.length).toBeGreaterThan(0);
    // The newest changes are still sent.
    await w.answerAll();
    expect(w.delivered().get(id(150))).toBe('state 150');
  });
});

describe('rows with time evidence, while the worker cannot store (issue 20, defect 9)', () => {
  const room = id(9);
  const at = (min: number, ...rows: RoomRow[]) => obs(AT_9 + min * MINUTE + 30_000, ...rows);

  it('"a change of who wrote last is an event that is never merged away": a queued reply reaches the log', async () => {
    const w = slowWorker();
    w.sender.push(at(0, timedRow(room, 'client', 0)));
    await tick();
    // The worker is stuck on the 9:00 read; the freelancer answers at 10:00, the client writes at 10:30.
    w.sender.push(at(60, timedRow(room, 'freelancer', 60)));
    w.sender.push(at(90, timedRow(room, 'client', 90)));
    await w.answerAll();
    const { threads, log } = replay(w.sent);
    expect(log.map((e) => [e.clientAt, e.replyAt])).toEqual([[AT_9, AT_9 + 60 * MINUTE]]);
    expect(threads.get(room)?.waitingSince).toBe(AT_9 + 90 * MINUTE);
  });

  it('merges the changes of one side: the queue does not grow while the same side keeps writing', async () => {
    const w = slowWorker();
    w.sender.push(at(0, timedRow(room, 'client', 0)));
    await tick();
    w.sender.push(at(60, timedRow(room, 'freelancer', 60)));
    for (let k = 1; k <= 50; k++) w.sender.push(at(60 + k, timedRow(room, 'freelancer', 60 + k)));
    expect(w.sender.waiting).toBeLessThanOrEqual(3);
    await w.answerAll();
    const { threads, log } = replay(w.sent);
    expect(log.map((e) => e.replyAt)).toEqual([AT_9 + 60 * MINUTE]);
    expect(threads.get(room)?.last?.at.earliest).toBe(AT_9 + 110 * MINUTE);
  });

  it('an overflow drops no change of who wrote last', async () => {
    const w = slowWorker();
    w.sender.push(at(0, timedRow(room, 'client', 0)));
    await tick();
    w.sender.push(at(60, timedRow(room, 'freelancer', 60)));
    // 150 other rooms change while the reply is queued: the queue overflows.
    for (let k = 1; k <= 2; k++) for (let n = 1; n <= 150; n++) w.sender.push(at(60 + k, timedRow(id(1000 + n), 'client', 60 + k)));
    w.sender.push(at(90, timedRow(room, 'client', 90)));
    expect(w.fullReads.length).toBeGreaterThan(0);
    await w.answerAll();
    const { threads, log } = replay(w.sent);
    expect(log.filter((e) => e.roomId === room).map((e) => e.replyAt)).toEqual([AT_9 + 60 * MINUTE]);
    expect(threads.get(room)?.waitingSince).toBe(AT_9 + 90 * MINUTE);
  });
});

describe('any states of any rooms, queued behind a stuck worker', () => {
  const step = fc.record({
    room: fc.integer({ min: 0, max: 2 }),
    by: fc.constantFrom('client' as const, 'freelancer' as const),
    gap: fc.integer({ min: 1, max: 90 }),
  });
  test.prop([fc.array(step, { maxLength: 160 })])(
    '"a change of who wrote last is an event that is never merged away": same log and waits as if each was stored',
    async (steps) => {
      const w = slowWorker();
      const pushed: Observation[] = [];
      let min = 0;
      for (const s of steps) {
        min += s.gap;
        const o = obs(AT_9 + min * MINUTE + 1_000, timedRow(id(s.room), s.by, min));
        pushed.push(o);
        w.sender.push(o);
        await tick();
      }
      await w.answerAll();
      const queued = replay(w.sent);
      const direct = replay(pushed);
      expect(queued.log.map((e) => e.id).sort()).toEqual(direct.log.map((e) => e.id).sort());
      for (const [room, t] of direct.threads) expect(queued.threads.get(room)?.waitingSince, room).toBe(t.waitingSince);
    },
  );
});

describe('reads with no row (the still-watching signal) during an outage', () => {
  it('do not pile up: the newest one stands for the older ones', async () => {
    const w = slowWorker();
    w.sender.push(obs(0, row(0, 'in flight')));
    await tick();
    for (let k = 1; k <= 500; k++) w.sender.push(obs(k));
    expect(w.sender.waiting).toBe(2);
    await w.answerAll();
    expect(w.sent.at(-1)?.seenAt).toBe(500);
  });
});

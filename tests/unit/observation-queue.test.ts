// Issue 13, item 1: the content script's queue loses nothing it can keep, and asks for a
// full read when it had to drop something.
import { describe, expect, it } from 'vitest';
import { ObservationSender } from '@/entrypoints/upwork.content/observation-sender';
import type { Observation, RoomRow } from '@/utils/model/types';
import type { ObservationAck } from '@/utils/protocol/messages';
import { WINDOWS } from '@/utils/rules/reply-windows';

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
    // One entry per room: the queue does not grow with the changes of one room.
    expect(w.sender.waiting).toBeLessThanOrEqual(3);
    await w.answerAll();
    expect(w.delivered().get(id(1))).toBe('room 1 waits');
    expect(w.delivered().get(id(2))).toBe('room 2, change 149');
    expect(w.fullReads).toEqual([]);
  });

  it('asks the watcher for a full read after an overflow', async () => {
    const w = slowWorker();
    w.sender.push(obs(0, row(0, 'in flight')));
    await tick();
    for (let n = 1; n <= 150; n++) w.sender.push(obs(n, row(n, `state ${n}`)));
    expect(w.fullReads.length).toBeGreaterThan(0);
    // The newest changes are still sent.
    await w.answerAll();
    expect(w.delivered().get(id(150))).toBe('state 150');
  });
});

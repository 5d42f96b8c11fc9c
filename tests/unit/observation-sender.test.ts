import { describe, expect, it } from 'vitest';
import type { ObservationAck } from '@/utils/protocol/messages';
import { WINDOWS } from '@/utils/rules/reply-windows';
import { ObservationSender } from '@/entrypoints/upwork.content/observation-sender';
import type { Observation } from '@/utils/model/types';
import { MINUTE } from '@/utils/model/time';
import { AT_9, replay, timedRow } from './sender-replay';

/** A read of one room's row (with a minute-precise time): `seenAt` names it. */
const obs = (seenAt: number): Observation => ({
  seenAt,
  layout: 'ok',
  missing: [],
  rows: [timedRow('room_' + seenAt.toString(16).padStart(32, '0'), 'client', 0)],
  open: null,
  selfName: null,
});
const ACK: ObservationAck = { ok: true, selfName: null, lengths: WINDOWS, version: 'v', full: true, awaiting: [], cleared: [] };

/** Runs the sender against a worker that is down for the first `down` attempts. */
function harness(down: number) {
  const delivered: number[] = [];
  const timers: (() => void)[] = [];
  let attempts = 0;
  const sender = new ObservationSender(
    async (o) => {
      if (attempts++ < down) throw new Error('Could not establish connection. Receiving end does not exist.');
      delivered.push(o.seenAt);
      return ACK;
    },
    () => undefined,
    (fn) => timers.push(fn),
    () => undefined,
  );
  const retry = async () => {
    while (timers.length) {
      timers.shift()!();
      await new Promise((r) => setTimeout(r, 0));
    }
  };
  return { sender, delivered, retry };
}

describe('observations the worker did not acknowledge', () => {
  it('are sent again, in order, until acknowledged', async () => {
    const { sender, delivered, retry } = harness(3);
    sender.push(obs(1));
    sender.push(obs(2));
    sender.push(obs(3));
    await new Promise((r) => setTimeout(r, 0));
    expect(delivered).toEqual([]);
    await retry();
    expect(delivered).toEqual([1, 2, 3]);
    expect(sender.waiting).toBe(0);
  });
  it('an answer that is not an acknowledgement counts as not delivered', async () => {
    let calls = 0;
    const timers: (() => void)[] = [];
    const sender = new ObservationSender(
      async () => (calls++ === 0 ? undefined : ACK),
      () => undefined,
      (fn) => timers.push(fn),
      () => undefined,
    );
    sender.push(obs(1));
    await new Promise((r) => setTimeout(r, 0));
    expect(sender.waiting).toBe(1);
    timers.shift()!();
    await new Promise((r) => setTimeout(r, 0));
    expect(sender.waiting).toBe(0);
    expect(calls).toBe(2);
  });
});

describe('observations with rows, while the worker cannot store (issue 20, defect 9)', () => {
  it('"a change of who wrote last is an event that is never merged away": the reply queued behind a failure is logged', async () => {
    const room = 'room_' + 'a'.repeat(32);
    const stored: Observation[] = [];
    const timers: (() => void)[] = [];
    let attempts = 0;
    const sender = new ObservationSender(
      async (o) => {
        if (attempts++ < 4) return undefined; // "could not store": no acknowledgement
        stored.push(o);
        return ACK;
      },
      () => undefined,
      (fn) => timers.push(fn),
      () => undefined,
    );
    const push = (min: number, by: 'client' | 'freelancer') =>
      sender.push({ ...obs(AT_9 + min * MINUTE + 1_000), rows: [timedRow(room, by, min)] });
    push(0, 'client');
    push(60, 'freelancer');
    push(90, 'client');
    await new Promise((r) => setTimeout(r, 0));
    expect(stored).toEqual([]);
    while (timers.length) {
      timers.shift()!();
      await new Promise((r) => setTimeout(r, 0));
    }
    const { threads, log } = replay(stored);
    expect(log.map((e) => e.replyAt)).toEqual([AT_9 + 60 * MINUTE]);
    expect(threads.get(room)?.waitingSince).toBe(AT_9 + 90 * MINUTE);
  });
});

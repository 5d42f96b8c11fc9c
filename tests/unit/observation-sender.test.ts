import { describe, expect, it } from 'vitest';
import type { ObservationAck } from '@/utils/protocol/messages';
import { WINDOWS } from '@/utils/rules/reply-windows';
import { ObservationSender } from '@/entrypoints/upwork.content/observation-sender';
import type { Observation } from '@/utils/model/types';

const obs = (seenAt: number): Observation => ({ seenAt, layout: 'ok', missing: [], rows: [], open: null, selfName: null });
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

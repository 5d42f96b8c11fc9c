import { describe, expect, it } from 'vitest';
import { DAY, HOUR, MINUTE } from '@/utils/model/time';
import type { Contract, Thread } from '@/utils/model/types';
import { answerNext, canStillSave, nextRiskAt, sevenDayRisk } from '@/utils/rules/answer-next';
import { awaitingRooms, WINDOWS } from '@/utils/rules/reply-windows';
import { emptyThread } from '@/utils/rules/threads';

const NOW = Date.UTC(2026, 10, 25, 12, 0);

/** A room whose client has waited `waited`, on `contract` (or tagged by the user). */
function room(id: string, waited: number, contract: Contract = 'unknown', contractTag: Thread['contractTag'] = null): Thread {
  const since = NOW - waited;
  return {
    ...emptyThread(id, NOW),
    name: id,
    contract,
    contractTag,
    last: { by: 'client', at: { earliest: since, latest: since }, seenAt: NOW },
    waitingSince: since,
    exact: true,
  };
}

const order = (threads: Thread[], now = NOW) => answerNext(awaitingRooms(threads, now), now, WINDOWS).map((r) => r.thread.roomId);

describe('what to answer next', () => {
  it('puts a room with 14 minutes left above four long-missed rooms (the reported case)', () => {
    const threads = [
      room('missed-3d', 3 * DAY),
      room('missed-5d', 5 * DAY, 'unknown', 'none'),
      room('missed-9d', 9 * DAY),
      room('missed-2d', 2 * DAY, 'ended'),
      room('fourteen-left', 2 * HOUR - 14 * MINUTE),
    ];
    expect(order(threads)[0]).toBe('fourteen-left');
  });

  it('savable rooms first, soonest deadline first; then the missed ones, longest wait first', () => {
    const threads = [
      room('late-20h', 20 * HOUR), // 24-hour window: 4 h left
      room('on-time-1h', 1 * HOUR), // 2-hour window: 1 h left
      room('on-time-10m', 10 * MINUTE), // 1 h 50 m left
      room('contract-3d', 3 * DAY, 'active'), // 7-day window: 4 d left, not yet a risk
      room('missed-2d', 2 * DAY, 'ended'),
      room('missed-4d', 4 * DAY, 'ended'),
      room('breached-8d', 8 * DAY, 'active'),
    ];
    expect(order(threads)).toEqual(['on-time-1h', 'on-time-10m', 'late-20h', 'contract-3d', 'breached-8d', 'missed-4d', 'missed-2d']);
  });

  it('a 7-day risk is on top, even above a room with minutes left', () => {
    const threads = [
      room('on-time-1m', 2 * HOUR - MINUTE),
      room('contract-6d12h', 6.5 * DAY, 'active'),
      room('tagged-6d20h', 6 * DAY + 20 * HOUR, 'ended', 'active'),
    ];
    expect(order(threads)).toEqual(['tagged-6d20h', 'contract-6d12h', 'on-time-1m']);
  });

  it('an unknown contract may be a 7-day risk; a room the user says has no contract never is', () => {
    const unknown = awaitingRooms([room('unknown-6d1h', 6 * DAY + HOUR)], NOW)[0];
    const none = awaitingRooms([room('none-6d1h', 6 * DAY + HOUR, 'unknown', 'none')], NOW)[0];
    const ended = awaitingRooms([room('ended-6d1h', 6 * DAY + HOUR, 'ended')], NOW)[0];
    expect(sevenDayRisk(unknown, NOW, WINDOWS)).toBe(unknown.thread.waitingSince + 7 * DAY);
    expect(sevenDayRisk(none, NOW, WINDOWS)).toBeNull();
    expect(sevenDayRisk(ended, NOW, WINDOWS)).toBeNull();
    expect([canStillSave(unknown, NOW, WINDOWS), canStillSave(none, NOW, WINDOWS)]).toEqual([true, false]);
  });

  it('the risk begins at exactly one day left and ends when the 7-day window closes', () => {
    const at = (waited: number) => sevenDayRisk(awaitingRooms([room('r', waited, 'active')], NOW)[0], NOW, WINDOWS) !== null;
    expect([at(6 * DAY - MINUTE), at(6 * DAY), at(7 * DAY - MINUTE), at(7 * DAY)]).toEqual([false, true, true, false]);
  });

  it('uses the user’s window lengths', () => {
    const lengths = { ...WINDOWS, policy: 3 * DAY };
    const r = awaitingRooms([room('r', 2 * DAY + HOUR, 'active')], NOW, lengths)[0];
    expect(sevenDayRisk(r, NOW, lengths)).toBe(r.thread.waitingSince + 3 * DAY);
  });

  it('says when the order changes though no state does: a room becoming, or ceasing to be, a 7-day risk', () => {
    const rooms = awaitingRooms([room('a', 2 * DAY, 'active'), room('b', 5 * DAY), room('c', 5 * DAY, 'ended')], NOW);
    expect(nextRiskAt(rooms, NOW, WINDOWS)).toBe(NOW + DAY); // b: 6 days of waiting one day from now
    const closing = awaitingRooms([room('d', 6 * DAY + 22 * HOUR)], NOW); // unknown contract: no state change at 7 days
    expect(nextRiskAt(closing, NOW, WINDOWS)).toBe(NOW + 2 * HOUR);
  });

  it('is the same order for the same rooms given in any order', () => {
    const threads = [room('x', 3 * DAY), room('y', 3 * DAY), room('z', HOUR)];
    expect(order([...threads].reverse())).toEqual(order(threads));
  });
});

// Issue 22: the popup's first frame, kept by the worker in storage.session after every refresh.
import 'fake-indexeddb/auto';
import { fc, test as prop } from '@fast-check/vitest';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { refresh } from '@/entrypoints/background/refresh';
import { choose, snapshot } from '@/components/popup-state';
import { HOUR, MINUTE } from '@/utils/model/time';
import type { Thread } from '@/utils/model/types';
import { DEFAULT_SETTINGS } from '@/utils/rules/settings';
import { EMPTY_STATUS } from '@/utils/rules/threads';
import { deriveView } from '@/utils/rules/view';
import { db, deleteAllData } from '@/utils/storage/db';
import {
  checkFirstFrame,
  FIRST_FRAME_KEY,
  FIRST_FRAME_MAX_AGE,
  FIRST_FRAME_VERSION,
  frameOf,
  readFirstFrame,
  type FirstFrame,
  type PopupData,
} from '@/utils/storage/first-frame';

const id = (n: number) => `room_${n.toString(16).padStart(32, '0')}`;
const NOW = Date.UTC(2026, 5, 10, 12, 0);

function room(n: number, waited: number, now = NOW, extra: Partial<Thread> = {}): Thread {
  const since = now - waited;
  return {
    roomId: id(n),
    name: `Client ${n}`,
    title: `Job ${n}`,
    contract: 'active',
    last: { by: 'client', at: { earliest: since, latest: since }, seenAt: now, id: 'story_1', before: ['story_0'] },
    waitingSince: since,
    exact: true,
    answeredSeenAt: null,
    updatedAt: now,
    chosenAt: { snooze: now - HOUR },
    ...extra,
  };
}

const data = (awaiting: Thread[]): PopupData => ({
  awaiting,
  withDeadline: [],
  dismissed: [],
  status: { ...EMPTY_STATUS, lastReadAt: NOW, checkedAt: NOW, layout: 'ok' },
  settings: DEFAULT_SETTINGS,
  storageError: null,
  invitations: [],
  proposals: { checkedAt: null, layout: null, missing: [] },
  localOnly: [],
});

const kept = async () => (await fakeBrowser.storage.session.get(FIRST_FRAME_KEY))[FIRST_FRAME_KEY] as FirstFrame;

beforeEach(async () => {
  fakeBrowser.reset();
  await deleteAllData();
});
afterEach(() => vi.useRealTimers());

describe('the first frame the worker keeps', () => {
  it('one derivation serves the badge and the popup: the frame holds the threads deriveView clamped, stamped with when', async () => {
    const now = Date.now();
    // One room stored with a time from the future (a clock that ran ahead): the derivation clamps it.
    const ahead = room(2, -2 * HOUR, now);
    await Promise.all([room(1, 30 * MINUTE, now), ahead, room(3, 3 * HOUR, now)].map(async (t) => (await db()).put('threads', t)));
    const { view } = await refresh();
    await vi.waitFor(async () => expect(await kept()).toBeDefined());
    const frame = await kept();
    expect(frame.version).toBe(FIRST_FRAME_VERSION);
    expect(frame.awaiting.map((t) => t.roomId)).toEqual(view.rooms.map((r) => r.thread.roomId));
    expect(frame.awaiting.find((t) => t.roomId === ahead.roomId)!.waitingSince).toBe(frame.derivedAt);
    // The popup, deriving from the frame at the time it was derived, sees what the worker saw.
    expect(frame.derivedAt).toBeGreaterThanOrEqual(now);
    expect(deriveView(frame.awaiting, DEFAULT_SETTINGS, frame.derivedAt).rooms.map((r) => [r.thread.roomId, r.status])).toEqual(
      view.rooms.map((r) => [r.thread.roomId, r.status]),
    );
  });

  it('is kept after every refresh, without a message id or a choice time (the least the view needs)', async () => {
    await (await db()).put('threads', room(1, 30 * MINUTE, Date.now()));
    await refresh();
    await vi.waitFor(async () => expect((await kept())?.awaiting).toHaveLength(1));
    const [t] = (await kept()).awaiting;
    expect(t.last).toEqual({ by: 'client', at: expect.any(Object), seenAt: expect.any(Number) });
    expect(t).not.toHaveProperty('chosenAt');
    expect(Object.keys(await kept()).sort()).toEqual(
      [
        'awaiting',
        'derivedAt',
        'dismissed',
        'invitations',
        'localOnly',
        'proposals',
        'settings',
        'status',
        'storageError',
        'version',
        'withDeadline',
      ].sort(),
    );
  });
});

describe('a first frame, checked before it is painted', () => {
  const frame = frameOf(data([room(1, 30 * MINUTE)]), NOW);
  it('is painted when it is this version, derived before now and not long ago', () => {
    expect(checkFirstFrame(frame, NOW + 5 * MINUTE)).toEqual({ ok: true, frame });
  });
  it.each([
    ['another version', { ...frame, version: FIRST_FRAME_VERSION + 1 }, /version/],
    ['no version', { ...frame, version: undefined }, /version/],
    ['derived after now (the clock went back)', { ...frame, derivedAt: NOW + MINUTE }, /after now/],
    ['derived long ago (the worker was stopped)', { ...frame, derivedAt: NOW - FIRST_FRAME_MAX_AGE - 1 }, /min ago/],
    ['a room with a bad field', { ...frame, awaiting: [{ ...frame.awaiting[0], waitingSince: 'soon' }] }, /awaiting\[0\]\.waitingSince/],
    ['rooms that are not a list', { ...frame, withDeadline: {} }, /withDeadline/],
    ['bad settings', { ...frame, settings: { ...frame.settings, bestPracticeHours: -1 } }, /settings/],
    ['not an object', 'first-frame', /object/],
  ])('is ignored when it has %s', (_, value, reason) => {
    const checked = checkFirstFrame(value, NOW);
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.reason).toMatch(reason);
  });

  it('read by the popup: an invalid one is ignored and logged, never thrown; none kept is not logged', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await readFirstFrame(Date.now())).toBeNull();
    expect(warn).not.toHaveBeenCalled();
    await fakeBrowser.storage.session.set({ [FIRST_FRAME_KEY]: { ...frame, version: 0, derivedAt: Date.now() } });
    expect(await readFirstFrame(Date.now())).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/first frame ignored \(version 0/));
    vi.spyOn(fakeBrowser.storage.session, 'get').mockRejectedValueOnce(new Error('gone'));
    expect(await readFirstFrame(Date.now())).toBeNull();
    warn.mockRestore();
  });
});

describe("the popup's view of a first frame", () => {
  // The frame says a room has 15 minutes left of its 2-hour window; any later `now` re-derives it.
  prop.prop([fc.integer({ min: 0, max: FIRST_FRAME_MAX_AGE })])('is derived at now, never frozen at the time it was kept', (later) => {
    const store = data([room(1, 2 * HOUR - 15 * MINUTE), room(2, 20 * HOUR), room(3, 5 * MINUTE)]);
    const frame = frameOf(store, NOW);
    const fromFrame = snapshot(frame, NOW + later);
    const fromStore = snapshot(store, NOW + later);
    expect(fromFrame.rooms.map((r) => [r.thread.roomId, r.status])).toEqual(fromStore.rooms.map((r) => [r.thread.roomId, r.status]));
    expect(fromFrame.savable).toBe(fromStore.savable);
    expect(fromFrame.count).toEqual(fromStore.count);
  });
});

describe("the popup's choice between the first frame and the store's read", () => {
  const store = data([room(1, 30 * MINUTE), room(2, 3 * HOUR)]);
  const frame = frameOf(store, NOW);
  it('paints the frame while nothing is shown', () => {
    expect(choose(null, { data: frame, from: 'frame' })).toEqual({ data: frame, from: 'frame' });
  });
  it('keeps what is on screen when the store read the same (no re-render), now confirmed', () => {
    const next = choose({ data: frame, from: 'frame' }, { data: store, from: 'store' });
    expect(next.data).toBe(frame);
    expect(next.from).toBe('store');
  });
  it('replaces the frame when the store read something else', () => {
    const changed = data([room(2, 3 * HOUR)]);
    expect(choose({ data: frame, from: 'frame' }, { data: changed, from: 'store' })).toEqual({ data: changed, from: 'store' });
  });
  it('once the store has answered, never goes back to a frame', () => {
    const older = frameOf(data([room(9, MINUTE)]), NOW - MINUTE);
    const shown = { data: store, from: 'store' as const };
    expect(choose(shown, { data: older, from: 'frame' })).toBe(shown);
  });
});

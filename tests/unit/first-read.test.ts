// Issue 22: the first read of a long room list goes in slices, so no task of ours is long, without
// claiming a wait exact that is not (a sliced read was reverted for that: a slice read after the tab
// was hidden re-added rooms seen answered).
import { describe, expect, it } from 'vitest';
import { AnsweredRows } from '@/entrypoints/upwork.content/answered';
import { SLICE_ROWS } from '@/entrypoints/upwork.content/first-read';
import { MINUTE } from '@/utils/model/time';
import type { Observation, RoomRow } from '@/utils/model/types';
import { EMPTY_STATUS, pageAfter, PARTIAL_READ } from '@/utils/rules/page-status';
import { id, setup } from './watcher-page';

function setVisibility(state: 'visible' | 'hidden'): void {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('the first read of 500 rows, in slices', () => {
  it('"only the last slice is a read of the whole list": every row is sent once, no slice holds more than SLICE_ROWS', async () => {
    const page = setup(500);
    page.watcher.start();
    await page.settle();
    const reads = page.sent.filter((o) => o.rows.length);
    expect(reads.length).toBe(Math.ceil(500 / SLICE_ROWS));
    expect(reads.every((o) => o.rows.length <= SLICE_ROWS)).toBe(true);
    const ids = reads.flatMap((o) => o.rows.map((r) => r.roomId));
    expect(new Set(ids).size).toBe(500);
    expect(ids).toHaveLength(500);
    // Before the last slice, the worker's view of every room is not made current.
    let status = EMPTY_STATUS;
    for (const o of reads.slice(0, -1)) {
      expect(o.missing).toContain(PARTIAL_READ);
      status = pageAfter(status, o);
      expect(status.lastReadAt).toBeNull();
    }
    const last = reads.at(-1)!;
    expect(last.missing).not.toContain(PARTIAL_READ);
    expect(pageAfter(status, last).lastReadAt).toBe(last.seenAt);
    // The rows of every slice are marked.
    expect(page.row(497).getAttribute('data-reply-window')).toBe('on-time');
  });

  it('a read in slices that the tab’s hiding interrupts sends no more slices, and claims no row answered it did not watch', async () => {
    let hideAfterFirst = true;
    const page = setup(500, (obs) => {
      if (hideAfterFirst && obs.missing.includes(PARTIAL_READ)) {
        hideAfterFirst = false;
        setVisibility('hidden');
      }
    });
    try {
      page.watcher.start();
      await page.settle();
      expect(page.sent).toHaveLength(1);
      // Row 450 (a later slice) showed the freelancer's reply; the client writes while the tab is hidden.
      page.change(450, false);
      await page.settle(200);
      expect(page.sent).toHaveLength(1);
      setVisibility('visible');
      await page.settle();
      const flipped = page.sent.flatMap((o) => o.rows).find((r) => r.roomId === id(450));
      expect(flipped?.lastBy).toBe('client');
      // Nobody watched row 450 answered before the client wrote: its wait is not exact.
      expect(flipped?.answeredUntil).toBeUndefined();
    } finally {
      setVisibility('visible');
    }
  });
});

const row = (roomId: string, lastBy: RoomRow['lastBy'], at: number): RoomRow => ({
  roomId,
  name: 'Client',
  title: '',
  lastBy,
  lastAt: { earliest: at - MINUTE, latest: at },
});
const obs = (seenAt: number, rows: RoomRow[]): Observation => ({ seenAt, layout: 'ok', missing: [], rows, open: null, selfName: null });

describe('the rows seen answered', () => {
  it('"a row\'s answeredUntil is a moment it was seen answered": never before the read that saw it answered', () => {
    const T = Date.UTC(2026, 2, 10, 14);
    const answered = new AnsweredRows();
    // Read answered in a later slice (T + 2 s) than the batch's first page change (T).
    answered.note(obs(T + 2_000, [row('room_a', 'freelancer', T - 5 * MINUTE)]), T - 10_000);
    const flipped = row('room_a', 'client', T + 5_000);
    answered.note(obs(T + 6_000, [flipped]), T);
    expect(flipped.answeredUntil).toBe(T + 2_000);
  });

  it('forgets a row that unmounts, and every row on a break in watching', () => {
    const T = Date.UTC(2026, 2, 10, 14);
    const answered = new AnsweredRows();
    answered.note(obs(T, [row('room_a', 'freelancer', T), row('room_b', 'freelancer', T)]), T);
    answered.forget('room_a');
    const a = row('room_a', 'client', T + MINUTE);
    const b = row('room_b', 'client', T + MINUTE);
    answered.note(obs(T + MINUTE, [a, b]), T + 30_000);
    expect(a.answeredUntil).toBeUndefined();
    expect(b.answeredUntil).toBe(T + 30_000);
    answered.note(obs(T + 2 * MINUTE, [row('room_b', 'freelancer', T + 2 * MINUTE)]), T + 2 * MINUTE);
    answered.clear();
    const again = row('room_b', 'client', T + 3 * MINUTE);
    answered.note(obs(T + 3 * MINUTE, [again]), T + 2 * MINUTE);
    expect(again.answeredUntil).toBeUndefined();
  });
});

// The one derivation the worker (badge, warnings, marks) and the popup share.
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { HOUR, MINUTE } from '@/utils/model/time';
import type { Thread } from '@/utils/model/types';
import { clampThread } from '@/utils/rules/clock-skew';
import { DEFAULT_SETTINGS } from '@/utils/rules/settings';
import { emptyThread } from '@/utils/rules/threads';
import { deriveView } from '@/utils/rules/view';

const NOW = Date.UTC(2026, 10, 20, 15);
const stored = (since: number, snoozeUntil: number | null): Thread => ({
  ...emptyThread('room_' + 'a'.repeat(32), since),
  name: 'Ana',
  last: { by: 'client', at: { earliest: since, latest: since + MINUTE - 1 }, seenAt: since },
  waitingSince: since,
  exact: true,
  snooze: snoozeUntil === null ? null : { until: snoozeUntil, lastAt: since + MINUTE - 1 },
});

describe('"the popup and the worker derive from the same clamped threads"', () => {
  // Stored while the clock ran up to 14 months ahead, or behind: read back now.
  const skew = fc.integer({ min: -30 * 24 * 60, max: 14 * 30 * 24 * 60 }).map((m) => m * MINUTE);
  test.prop([skew, fc.option(fc.integer({ min: 1, max: 48 }).map((h) => NOW + h * HOUR))])(
    'deriveView of the stored threads is the view of the clamped ones',
    (ahead, snooze) => {
      const threads = [stored(NOW + ahead, snooze)];
      const popup = deriveView(threads, DEFAULT_SETTINGS, NOW);
      const worker = deriveView(
        threads.map((t) => clampThread(t, NOW)),
        DEFAULT_SETTINGS,
        NOW,
      );
      expect(popup.rooms.map((r) => [r.status, r.snoozedUntil])).toEqual(worker.rooms.map((r) => [r.status, r.snoozedUntil]));
      expect(popup.nextChangeAt).toBe(worker.nextChangeAt);
    },
  );
});

// 500 mutated backups: each is refused with a reason, or restores data that the
// popup, the CSV export and the next read of the page can still use.
import { describe, expect, it } from 'vitest';
import { checkBackup } from '@/utils/storage/backup';
import { backupText, NOW, useRestored } from './restored';

/** A small seeded generator, so a failure names a case that can be run again. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const HOSTILE: unknown[] = [
  5,
  -1,
  0,
  9e15,
  8.64e15 + 1,
  Date.UTC(2100, 0, 1),
  1.5,
  '',
  'x',
  'x'.repeat(5000),
  '<img src=x>',
  null,
  true,
  [],
  [5],
  ['story_a'],
  {},
  { earliest: 5, latest: 4 },
  { until: 9e15, lastAt: 0 },
];

type Json = Record<string, unknown> | unknown[];
/** Every place in the value where a field or an item can be replaced. */
function slots(v: unknown, out: [Json, string | number][] = []): [Json, string | number][] {
  if (Array.isArray(v)) v.forEach((x, i) => (out.push([v, i]), slots(x, out)));
  else if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) {
      out.push([v as Json, k]);
      slots(x, out);
    }
  return out;
}

function mutate(text: string, next: () => number): string {
  const b = JSON.parse(text) as unknown;
  const changes = 1 + Math.floor(next() * 3);
  for (let i = 0; i < changes; i++) {
    const all = slots(b);
    const [parent, key] = all[Math.floor(next() * all.length)];
    const r = next();
    if (r < 0.15 && !Array.isArray(parent)) delete (parent as Record<string, unknown>)[key];
    else (parent as Record<string | number, unknown>)[key] = HOSTILE[Math.floor(next() * HOSTILE.length)];
  }
  return JSON.stringify(b);
}

describe('restoring mutated backups', () => {
  it('each one is refused with a reason, or leaves the popup, the CSV export and the next merge working', () => {
    const next = random(13);
    const base = backupText();
    let refused = 0;
    for (let n = 0; n < 500; n++) {
      const text = mutate(base, next);
      const c = checkBackup(text, NOW);
      if (!c.ok) {
        expect(c.reason, text).toMatch(/\S/);
        refused++;
        continue;
      }
      let used: ReturnType<typeof useRestored>;
      try {
        used = useRestored(c.backup);
      } catch (err) {
        throw new Error(`case ${n} broke after restore: ${String(err)}\n${text}`);
      }
      expect(used.csv.startsWith('room_id,'), text).toBe(true);
      expect(used.badge.text, text).not.toBe('?');
      // Every restored room takes the next message the page shows.
      expect(used.followed, text).toBe(used.plan.threads.length);
    }
    // Both paths were taken: the fuzz is not only refusals.
    expect(refused).toBeGreaterThan(50);
    expect(refused).toBeLessThan(500);
  }, 120_000); // 500 popups rendered by happy-dom: seconds on a shared 2-core machine, not a speed check
});

// The merge of the user's choices (issue 20, item 11): what the restore and storage.sync rely on.
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { CHOICES, choicesOf, mergeChoices, mergeStamped, stampChoices, withChoices, type Choices } from '@/utils/rules/choices';
import { emptyThread } from '@/utils/rules/threads';

const stamped = fc.record({
  value: fc.oneof(
    fc.constant(null),
    fc.constantFrom('active', 'none'),
    fc.integer({ min: 0, max: 5 }),
    fc.record({ hours: fc.constantFrom(4, 72) }),
  ),
  at: fc.integer({ min: 0, max: 6 }),
});
const choices: fc.Arbitrary<Choices> = fc.record(Object.fromEntries(CHOICES.map((n) => [n, stamped])) as Record<string, typeof stamped>, {
  requiredKeys: [],
}) as fc.Arbitrary<Choices>;

describe('the merge of choices', () => {
  test.prop([choices, choices])('"merge is commutative, associative and idempotent per choice": commutative', (a, b) => {
    expect(mergeChoices(a, b)).toEqual(mergeChoices(b, a));
  });
  test.prop([choices, choices, choices])('"merge is commutative, associative and idempotent per choice": associative', (a, b, c) => {
    expect(mergeChoices(mergeChoices(a, b), c)).toEqual(mergeChoices(a, mergeChoices(b, c)));
  });
  test.prop([choices, choices])('"merge is commutative, associative and idempotent per choice": idempotent', (a, b) => {
    const ab = mergeChoices(a, b);
    expect(mergeChoices(ab, ab)).toEqual(ab);
    expect(mergeChoices(ab, b)).toEqual(ab);
  });
  test.prop([stamped, fc.integer({ min: 1, max: 5 })])('"a clearing (a tombstone) wins over an older value"', (value, later) => {
    const tombstone = { value: null, at: value.at + later };
    expect(mergeStamped(value, tombstone)).toEqual(tombstone);
    expect(mergeStamped({ ...value, at: tombstone.at }, tombstone)).toEqual(tombstone);
  });
  test.prop([stamped, stamped])('the later setting wins whatever it is', (a, b) => {
    fc.pre(a.at !== b.at);
    expect(mergeStamped(a, b)).toEqual(a.at > b.at ? a : b);
  });
});

describe("a room's choices and their times", () => {
  const T = Date.UTC(2026, 4, 1);
  const room = { ...emptyThread('room_' + 'a'.repeat(32), T), updatedAt: T };
  it('a choice made, then cleared, keeps the time it was cleared (a tombstone)', () => {
    const tagged = stampChoices(room, { ...room, contractTag: 'active', updatedAt: T + 1 });
    const cleared = stampChoices(tagged, { ...tagged, contractTag: null, updatedAt: T + 2 });
    expect(choicesOf(tagged).contractTag).toEqual({ value: 'active', at: T + 1 });
    expect(choicesOf(cleared).contractTag).toEqual({ value: null, at: T + 2 });
    expect(mergeChoices(choicesOf(tagged), choicesOf(cleared)).contractTag).toEqual({ value: null, at: T + 2 });
  });
  it('an empty field without a time was never chosen; a value without one was set by the last change at the latest', () => {
    const old = { ...room, dismissed: null, snooze: null, deadline: T + 9, updatedAt: T + 5 };
    expect(choicesOf(old)).toEqual({ deadline: { value: T + 9, at: T + 5 } });
    expect(withChoices(room, choicesOf(old))).toMatchObject({ deadline: T + 9, chosenAt: { deadline: T + 5 } });
  });
});

import { describe, expect, it } from 'vitest';
import { isObservationMessage, observationProblem } from '@/utils/protocol/guards';
import type { Observation } from '@/utils/model/types';

const ROOM = 'room_' + '0123456789abcdef'.repeat(2);
const good: Observation = {
  seenAt: 1_790_000_000_000,
  layout: 'ok',
  missing: [],
  rows: [{ roomId: ROOM, name: 'James Blue', title: 'Shopify', lastBy: 'client', lastAt: { earliest: 1, latest: 2 } }],
  open: { roomId: ROOM, name: 'James Blue', title: '', contract: 'unknown', messages: [{ id: 'story_abc', side: 'client', at: null }] },
  selfName: null,
};

describe('messages from the page are checked before they touch storage', () => {
  it('accepts a well-formed observation', () => {
    expect(observationProblem(good)).toBeNull();
    expect(isObservationMessage({ type: 'content:observation', observation: good })).toBe(true);
  });
  const bad: [string, unknown][] = [
    ['not an object', 'hello'],
    ['a room id that is not a room', { ...good, rows: [{ ...good.rows[0], roomId: '../../etc' }] }],
    ['a side that does not exist', { ...good, rows: [{ ...good.rows[0], lastBy: 'admin' }] }],
    ['a time range that runs backwards', { ...good, rows: [{ ...good.rows[0], lastAt: { earliest: 5, latest: 1 } }] }],
    ['a time that is not a number', { ...good, seenAt: 'yesterday' }],
    ['a name of a megabyte', { ...good, rows: [{ ...good.rows[0], name: 'x'.repeat(1_000_000) }] }],
    ['too many rows', { ...good, rows: new Array(10_001).fill(good.rows[0]) }],
    ['an unknown contract', { ...good, open: { ...good.open!, contract: 'maybe' } }],
    ['a message id that is not a story', { ...good, open: { ...good.open!, messages: [{ id: '<img>', side: 'client', at: null }] } }],
  ];
  it.each(bad)('refuses %s', (_, value) => {
    expect(observationProblem(value)).not.toBeNull();
    expect(isObservationMessage({ type: 'content:observation', observation: value })).toBe(false);
  });
  it('refuses a message of another type', () => {
    expect(isObservationMessage({ type: 'popup:whatever', observation: good })).toBe(false);
  });
});

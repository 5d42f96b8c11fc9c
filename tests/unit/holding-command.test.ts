// Issue 15: the holding-reply shortcut shows the template choice only in an
// open room that awaits a reply, and the messages that carry a text are checked.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Observation } from '@/utils/model/types';
import { isHoldingMenuRequest, isInsertRequest, isUserCommand } from '@/utils/protocol/guards';

const WAITING = 'room_' + 'a'.repeat(32);
const ANSWERED = 'room_' + 'b'.repeat(32);
const NOW = Date.now();
const row = (roomId: string, name: string, lastBy: 'client' | 'freelancer') => ({
  roomId,
  name,
  title: 'Logo refresh',
  lastBy,
  lastAt: { earliest: NOW - 40 * 60_000, latest: NOW - 40 * 60_000 },
});
const obs: Observation = {
  seenAt: NOW,
  layout: 'ok',
  missing: [],
  rows: [row(WAITING, 'Ana Lima', 'client'), row(ANSWERED, 'Bo Chen', 'freelancer')],
  open: null,
  selfName: null,
};
const tab = (url: string) => ({ id: 7, url, index: 0, highlighted: true, active: true, pinned: false, incognito: false });

beforeEach(async () => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  vi.resetModules();
  await (await import('@/utils/storage/db')).storeObservation(obs);
}, 60_000); // the first import of the store is slow on a busy machine

describe('the holding-reply shortcut', () => {
  async function press(url: string) {
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    const { onHoldingCommand } = await import('@/entrypoints/background/holding');
    await onHoldingCommand(tab(url));
    return sent.mock.calls;
  }

  it('in a room awaiting a reply, sends the room and the templates to that tab', async () => {
    const calls = await press(`https://www.upwork.com/ab/messages/rooms/${WAITING}?sidebar=true`);
    expect(calls).toHaveLength(1);
    const [tabId, msg] = calls[0];
    expect(tabId).toBe(7);
    expect(isHoldingMenuRequest(msg)).toBe(true);
    expect(msg).toMatchObject({ roomId: WAITING, name: 'Ana Lima', title: 'Logo refresh' });
    expect((msg as { templates: { id: string }[] }).templates.map((t) => t.id)).toEqual(['ack', 'by', 'decline']);
  });

  it.each([
    ['a room that does not await a reply', `https://www.upwork.com/ab/messages/rooms/${ANSWERED}`],
    ['a room Reply Window has never seen', `https://www.upwork.com/ab/messages/rooms/room_${'c'.repeat(32)}`],
    ['the inbox with no room open', 'https://www.upwork.com/ab/messages/rooms/'],
    ['another Upwork page', `https://www.upwork.com/nx/find-work/${WAITING}`],
  ])('shows nothing in %s', async (_, url) => {
    expect(await press(url)).toEqual([]);
  });
});

describe('the messages that carry a holding reply', () => {
  it('accept a filled template for a room, and refuse an empty, oversized or roomless one', () => {
    expect(isUserCommand({ type: 'user:reply-with', roomId: WAITING, text: 'Thanks Ana' })).toBe(true);
    expect(isUserCommand({ type: 'user:reply-with', roomId: WAITING, text: '   ' })).toBe(false);
    expect(isUserCommand({ type: 'user:reply-with', roomId: WAITING, text: 'x'.repeat(4_001) })).toBe(false);
    expect(isUserCommand({ type: 'user:reply-with', roomId: 'room_nope', text: 'hi' })).toBe(false);
    expect(isInsertRequest({ type: 'worker:insert', roomId: WAITING, text: 'hi' })).toBe(true);
    expect(isInsertRequest({ type: 'worker:insert', roomId: WAITING, text: 42 })).toBe(false);
    expect(isHoldingMenuRequest({ type: 'worker:holding-menu', roomId: WAITING, name: 'A', title: '', templates: [{ id: 'a' }] })).toBe(
      false,
    );
  });
});

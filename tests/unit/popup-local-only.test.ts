// Issue 24: "a choice on a room still waiting is never dropped silently: the popup says it is kept on
// this computer only". The pass writes those rooms to storage.local `syncLocalOnly`; the popup reads them.
import { h, render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupView } from '@/components/PopupView';
import { answerNext } from '@/utils/rules/answer-next';
import { DEFAULT_SETTINGS } from '@/utils/rules/settings';
import { sightOf } from '@/utils/rules/sight';
import { EMPTY_STATUS } from '@/utils/rules/threads';
import { deriveView } from '@/utils/rules/view';
import { LOCAL_ONLY_KEY, localOnlyRooms } from '@/utils/storage/choices-sync';
import { NOW, room, THREADS } from './restored';

const noop = () => {};

/** The popup's text, as main.tsx renders it from the stored list. */
async function popupText(): Promise<string> {
  const view = deriveView(THREADS, DEFAULT_SETTINGS, NOW);
  const status = { ...EMPTY_STATUS, lastReadAt: NOW - 60_000 };
  const root = document.createElement('div');
  render(
    h(PopupView, {
      rooms: answerNext(view.rooms, NOW, view.lengths),
      savable: 0,
      sight: sightOf(status, DEFAULT_SETTINGS, NOW),
      threads: THREADS,
      dismissed: [],
      status,
      lengths: view.lengths,
      away: false,
      storageError: null,
      onOpen: noop,
      onOpenInbox: noop,
      onOpenOptions: noop,
      onOpenStats: noop,
      send: noop,
      localOnly: await localOnlyRooms(),
    }),
    root,
  );
  const line = root.querySelector('[data-testid="sync-local-only"]')?.textContent ?? null;
  render(null, root);
  return line ?? '';
}

describe('popup: choices kept on this computer only', () => {
  beforeEach(() => fakeBrowser.reset());

  it('says so, with how many, when storage.local lists a room still waiting', async () => {
    const waiting = deriveView(THREADS, DEFAULT_SETTINGS, NOW).rooms.map((r) => r.thread.roomId);
    expect(waiting).toContain(room(1));
    await fakeBrowser.storage.local.set({ [LOCAL_ONLY_KEY]: [room(1)] });
    expect(await popupText()).toBe('Kept on this computer only: the synced storage is full. (1 room)');
  });

  it('says nothing when none is listed, or only rooms not waiting', async () => {
    expect(await popupText()).toBe('');
    await fakeBrowser.storage.local.set({ [LOCAL_ONLY_KEY]: ['room_' + 'f'.repeat(32)] });
    expect(await popupText()).toBe('');
  });
});

// Who may speak to the worker: each message below is refused unless it comes
// from the right place, and a refused one reaches no handler, so nothing is written.
import type { Runtime } from 'webextension-polyfill';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { routeMessage, type Handlers } from '@/entrypoints/background/senders';
import type { InvitationObservation, Observation } from '@/utils/model/types';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const PAGES = `chrome-extension://${ID}/`;
const ROOMS = 'https://www.upwork.com/ab/messages/rooms/room_' + 'a'.repeat(32);
const observation: Observation = { seenAt: Date.UTC(2026, 10, 20), layout: 'ok', missing: [], rows: [], open: null, selfName: null };
const fromPage = { type: 'content:observation', observation };
const command = { type: 'user:delete-all' };
const PROPOSALS = 'https://www.upwork.com/nx/proposals/';
const invitations: InvitationObservation = {
  seenAt: observation.seenAt,
  page: 'list',
  layout: 'ok',
  missing: [],
  invitations: [],
  answered: null,
};
const fromProposals = { type: 'content:invitations', observation: invitations };

const tab = (url: string) => ({ id: 7, url }) as Runtime.MessageSender['tab'];
const contentScript = (url = ROOMS, frameId = 0, id = ID): Runtime.MessageSender => ({ id, url, frameId, tab: tab(url) });
const popup: Runtime.MessageSender = { id: ID, url: `${PAGES}popup.html` };

type Spy = ReturnType<typeof vi.fn>;
let h: Handlers & { runCommand: Spy; handleObservation: Spy; handleInvitations: Spy };
beforeEach(() => {
  h = {
    ownId: ID,
    ownPages: PAGES,
    runCommand: vi.fn(async () => ({ ok: true })),
    handleObservation: vi.fn(async () => undefined),
    handleInvitations: vi.fn(async () => undefined),
  };
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('the worker listens only to who may speak', () => {
  it('takes an observation from the top frame of an Upwork Messages tab, and a command from our own page', () => {
    expect(routeMessage(fromPage, contentScript(), h)).toBeDefined();
    expect(h.handleObservation).toHaveBeenCalledWith(observation, undefined);
    expect(routeMessage(command, popup, h)).toBeDefined();
    expect(h.runCommand).toHaveBeenCalledWith(command);
  });
  it('takes invitations from the top frame of an Upwork proposals tab', () => {
    expect(routeMessage(fromProposals, contentScript(PROPOSALS), h)).toBeDefined();
    expect(h.handleInvitations).toHaveBeenCalledWith(invitations);
  });
  it.each([
    ['an observation from a frame that is not the top frame', fromPage, contentScript(ROOMS, 3)],
    ['an observation from an Upwork page that is not Messages', fromPage, contentScript('https://www.upwork.com/nx/find-work/')],
    ['an observation from a look-alike address', fromPage, contentScript('https://www.upwork.com.evil.test/ab/messages/rooms/')],
    ['a user command from a content script', command, contentScript()],
    ['a user command from our page framed inside a web page', command, { ...popup, tab: tab('https://evil.test/') }],
    ['an observation from another extension', fromPage, contentScript(ROOMS, 0, 'another-extension-id')],
    ['a user command from another extension', command, { ...popup, id: 'another-extension-id' }],
    ['an observation sent by our own page (observations come from the page reader only)', fromPage, popup],
    ['invitations from a Messages tab (they come from the proposals page only)', fromProposals, contentScript()],
    ['invitations from a frame of the proposals page that is not the top frame', fromProposals, contentScript(PROPOSALS, 2)],
    ['invitations from another extension', fromProposals, contentScript(PROPOSALS, 0, 'another-extension-id')],
    ['an observation of Messages sent from the proposals page', fromPage, contentScript(PROPOSALS)],
    ['invitations sent by our own page', fromProposals, popup],
  ])('refuses %s, and writes nothing', (_, msg, sender) => {
    expect(routeMessage(msg, sender, h)).toBeUndefined();
    expect(h.handleObservation).not.toHaveBeenCalled();
    expect(h.handleInvitations).not.toHaveBeenCalled();
    expect(h.runCommand).not.toHaveBeenCalled();
  });
});

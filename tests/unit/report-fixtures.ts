// Every committed fixture page with the address it is read at, for the page-report tests.
import { readdirSync, readFileSync } from 'node:fs';
import { fillTimeTokens } from '../demo/upwork-time-text.js';

export const NOW = new Date(2026, 10, 20, 15, 0); // Friday 20 Nov 2026, 3 PM, New York (vitest.config.ts)
const ROOMS = 'https://www.upwork.com/ab/messages/rooms/';
const ADDRESS: Record<string, string> = {
  'list-and-room-2026.html': `${ROOMS}room_000000000000000000000000000000a1?sidebar=true`,
  'room-answered-system.html': `${ROOMS}room_000000000000000000000000000000b1`,
  'room-reversed-group.html': `${ROOMS}room_000000000000000000000000000000c1`,
  'room-variants-2026.html': `${ROOMS}room_000000000000000000000000000000d1`,
  'workroom-messages.html': 'https://www.upwork.com/nx/wm/workroom/38812345/messages',
  'invitation-2026.html': 'https://www.upwork.com/nx/proposals/interview/uid/1860000000000000001',
};
/** A page made by `npm run fixture` says its address; pages not named above: proposals-* at the proposals page, the rest at the inbox. */
export const addressOf = (file: string) =>
  ADDRESS[file] ??
  /<!-- address: (\S+) -->/.exec(readFileSync(`tests/fixtures/pages/${file}`, 'utf8'))?.[1] ??
  (file.startsWith('proposals') ? 'https://www.upwork.com/nx/proposals/' : ROOMS);

/** Every page in tests/fixtures/pages/, so a page added there is covered without editing this list. */
export const FIXTURE_PAGES = readdirSync('tests/fixtures/pages').filter((f) => f.endsWith('.html'));

export const fixtureHtml = (file: string) => fillTimeTokens(readFileSync(`tests/fixtures/pages/${file}`, 'utf8'), NOW);
export const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

// Fuzz: the committed fixtures, mutated the ways a redesign breaks a page. The
// reader never throws, and never reports a room as answered on unclear evidence.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fillTimeTokens } from '../demo/upwork-time-text.js';
import { mergeObservation } from '@/utils/rules/threads';
import { readPage } from '@/utils/upwork/read-page';
import type { Thread } from '@/utils/model/types';

const NOW = new Date(2026, 10, 20, 15, 0);
const SELF = 'Alex Rivera';
const FIXTURES = ['list-and-room-2026.html', 'room-answered-system.html', 'room-reversed-group.html'];
const ROOM_URL = 'https://www.upwork.com/ab/messages/rooms/room_000000000000000000000000000000a1';
const html = Object.fromEntries(FIXTURES.map((f) => [f, fillTimeTokens(readFileSync(`tests/fixtures/pages/${f}`, 'utf8'), NOW)]));

function rng(seed: number) {
  return () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

type Mutation = (doc: Document, r: () => number) => string;
const pickEl = (doc: Document, r: () => number, sel = '#__nuxt *') => {
  const all = doc.querySelectorAll(sel);
  return all.length ? all[Math.floor(r() * all.length)] : null;
};
const MUTATIONS: Record<string, Mutation> = {
  'remove an attribute': (doc, r) => {
    const el = pickEl(doc, r, '[data-test], [href], [id], [title], [class]');
    const attr = el ? el.getAttributeNames()[Math.floor(r() * el.getAttributeNames().length)] : null;
    if (el && attr) el.removeAttribute(attr);
    return attr ?? '-';
  },
  'rename a class': (doc, r) => {
    const el = pickEl(doc, r, '[class]');
    const cls = el?.classList[Math.floor(r() * el.classList.length)];
    if (el && cls) el.classList.replace(cls, `${cls}-v2`);
    return cls ?? '-';
  },
  'rename a data-test hook': (doc, r) => {
    const el = pickEl(doc, r, '[data-test]');
    el?.setAttribute('data-test', `${el.getAttribute('data-test')}-new`);
    return 'data-test';
  },
  'corrupt a time': (doc, r) => {
    const el = pickEl(doc, r, '.timestamp, .story-timestamp, .header-timestamp');
    const bad = ['', '25:61 PM', 'Smarchday', '13/45/99', 'February 30, 2026 at 2:07 PM', '9:99', 'Tomorrow', '12/31/99'][
      Math.floor(r() * 8)
    ];
    if (el?.hasAttribute('title') && r() < 0.5) el.setAttribute('title', bad);
    else if (el) el.textContent = bad;
    return bad;
  },
  'a huge or empty name': (doc, r) => {
    const el = pickEl(doc, r, '[data-test="room-name"], .user-name, .room-title');
    if (el) el.textContent = r() < 0.5 ? '' : 'N'.repeat(100_000);
    return 'name';
  },
  'move an element': (doc, r) => {
    const a = pickEl(doc, r, 'a[href*="room_"], .up-d-story-item');
    const b = a && pickEl(doc, r, a.matches('a') ? 'a[href*="room_"]' : '.up-d-story-item');
    if (a && b && a !== b && !a.contains(b) && !b.contains(a)) {
      const marker = doc.createElement('span');
      a.replaceWith(marker);
      b.replaceWith(a);
      marker.replaceWith(b);
    }
    return 'swap';
  },
  'remove an element': (doc, r) => {
    pickEl(doc, r)?.remove();
    return 'remove';
  },
  'duplicate an element': (doc, r) => {
    const el = pickEl(doc, r, 'a[href*="room_"], .up-d-story-item, .story-inner');
    el?.after(el.cloneNode(true));
    return 'clone';
  },
};

/** Independent of the reader: does the mutated page still clearly say this room was answered? */
function clearlyAnswered(doc: Document, roomId: string): boolean {
  const row = [...doc.querySelectorAll('a')].find((a) => a.getAttribute('href')?.includes(roomId));
  if (row && /^\s*You\s*:/.test(row.querySelector('.room-list-item-story')?.textContent ?? '')) return true;
  return [...doc.querySelectorAll('.user-name')].some((n) => n.textContent?.trim() === SELF);
}

describe('fuzz: mutated fixtures', () => {
  it('never throws, and never turns an awaiting room answered without clear evidence', () => {
    const r = rng(42);
    const outcomes: Record<string, number> = {};
    const count = (k: string) => (outcomes[k] = (outcomes[k] ?? 0) + 1);
    let tried = 0;
    for (const fixture of FIXTURES) {
      const base = new DOMParser().parseFromString(html[fixture], 'text/html');
      const baseline = readPage(base, ROOM_URL, NOW.getTime(), SELF);
      const stored = new Map<string, Thread>(mergeObservation(new Map(), baseline).map((t) => [t.roomId, t]));
      const awaiting = [...stored.values()].filter((t) => t.last?.by === 'client').map((t) => t.roomId);
      for (const [name, mutate] of Object.entries(MUTATIONS)) {
        for (let i = 0; i < 40; i++) {
          const doc = new DOMParser().parseFromString(html[fixture], 'text/html');
          const steps = 1 + Math.floor(r() * 3);
          for (let s = 0; s < steps; s++) mutate(doc, r);
          tried++;
          const obs = readPage(doc, ROOM_URL, NOW.getTime() + 60_000, SELF); // must not throw
          count(`layout ${obs.layout}`);
          if (obs.missing.length) count('something reported missing');
          const after = new Map(stored);
          for (const t of mergeObservation(stored, { ...obs, seenAt: NOW.getTime() + 60_000 })) after.set(t.roomId, t);
          for (const id of awaiting) {
            const answered = after.get(id)?.last?.by === 'freelancer';
            if (answered) count('answered, with clear evidence');
            expect(!answered || clearlyAnswered(doc, id), `${fixture} / ${name}: ${id} answered without clear evidence`).toBe(true);
          }
        }
      }
    }
    console.log(`fuzz: ${tried} mutated pages read, outcomes:`, outcomes);
    expect(tried).toBeGreaterThanOrEqual(900);
  }, 120_000); // ~960 pages parsed by happy-dom: seconds on a shared 2-core machine, not a speed check

  it('reads a room list of 5,000 rows', () => {
    const doc = new DOMParser().parseFromString(html['list-and-room-2026.html'], 'text/html');
    const list = doc.querySelector('.rooms-panel-room-list')!;
    const proto = list.querySelector('a')!;
    for (let i = 0; i < 5000; i++) {
      const row = proto.cloneNode(true) as Element;
      row.setAttribute('href', `/ab/messages/rooms/room_${(0x10000 + i).toString(16).padStart(32, '0')}`);
      list.append(row);
    }
    const obs = readPage(doc, ROOM_URL, NOW.getTime(), SELF);
    expect(obs.rows).toHaveLength(5006);
    expect(obs.layout).toBe('ok');
  }, 60_000);
});

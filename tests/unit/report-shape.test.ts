// The shape of any text: whatever a page writes, what survives is the shape, the reader's own
// words, and nothing that could spell a name or an id.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { shapeText } from '@/utils/report/shape';
import { hrefShape, Pseudonyms } from '@/utils/report/ids';
import { browserName, pageKindOf } from '@/utils/report/report';

/** Text made of words (names, times, ids, the reader's words) and punctuation, in any order. */
const words = fc.oneof(
  fc.constantFrom('James', 'Blue', 'Mar', 'Sep', 'You:', 'Yesterday', 'PM', 'at', '2:07', 'PDT', '(3)', 'Received', 'local time', 'ok'),
  fc.string({ unit: fc.constantFrom(...'abcXYZéß09-·,.:'.split('')), maxLength: 8 }),
  fc.stringMatching(/^[0-9a-f]{32}$/),
);
const texts = fc.array(words, { maxLength: 12 }).map((w) => w.join(' '));

describe('a shape', () => {
  test.prop([texts])('"a shape holds no letter or digit of the page except the reader\'s own words"', (s) => {
    const shape = shapeText(s, 1_000);
    // Every word of the shape is a shape (a, A, 9) or one of the reader's words written in the page.
    for (const w of shape.match(/[\p{L}\p{N}]+/gu) ?? []) {
      expect(
        /^[aA9]+$/.test(w) || (/^(You|Yesterday|PM|at|PDT|Received|local|time|Mar|Sep)$/.test(w) && s.includes(w)) || /^\d$/.test(w),
      ).toBe(true);
    }
  });
  test.prop([texts])("keeps the text's length and punctuation, so its format shows", (s) => {
    const flat = s.replace(/\s+/g, ' ').trim();
    expect(shapeText(flat, 1_000).replace(/[\p{L}\p{N}]/gu, '')).toBe(flat.replace(/[\p{L}\p{N}\p{M}]/gu, ''));
  });
  it("keeps the list's filter tabs and the empty inbox's words the reader reads (2026-08), shapes a name", () => {
    expect(
      ['Unread', 'Favorites (2)', 'Welcome to Messages', 'Conversations will appear here', 'Omar Haddad'].map((t) => shapeText(t)),
    ).toEqual(['Unread', 'Favorites (2)', 'Welcome to Messages', 'Conversations will appear here', 'Aaaa Aaaaaa']);
  });
  it('keeps a zone only after a clock: initials after a bare "PM" are shaped', () => {
    expect([shapeText('1:10 PM PDT'), shapeText('PM JB'), shapeText('c4 PM JB')]).toEqual(['9:99 PM PDT', 'PM AA', 'a9 PM AA']);
  });
  it('keeps a month in a date, shapes it in a name', () => {
    expect(shapeText('Mar 3, 2026')).toBe('Mar 9, 9999');
    expect(shapeText('Hugo Mar')).toBe('Aaaa Aaa');
  });
});

describe('ids and addresses', () => {
  test.prop([fc.stringMatching(/^[0-9a-f]{32}$/), fc.string({ maxLength: 20 })])(
    'no id of the page reaches an address shape',
    (hex, query) => {
      const shape = hrefShape(`/ab/messages/rooms/room_${hex}?pageTitle=${encodeURIComponent(query)}`, new Pseudonyms());
      expect(shape).toBe('/ab/messages/rooms/room_…1');
    },
  );
  it('the same id gets the same number, in order of first sight', () => {
    const ids = new Pseudonyms();
    expect([ids.scrub('room_' + 'a1'.repeat(16)), ids.scrub('story_38812345'), ids.scrub('x room_' + 'a1'.repeat(16))]).toEqual([
      'room_…1',
      'story_…d2',
      'x room_…1',
    ]);
    expect(hrefShape('https://example.com/James', ids)).toBe('external');
  });
});

describe('what the report says about the page', () => {
  it('names the page kinds the reader reads, and no other', () => {
    const kinds = [
      '/ab/messages/rooms/',
      '/nx/wm/workroom/123/messages',
      '/nx/proposals/',
      '/nx/proposals/interview/uid/123',
      '/nx/find-work/',
    ];
    expect(kinds.map((p) => pageKindOf(`https://www.upwork.com${p}`))).toEqual(['messages', 'workroom', 'proposals', 'invitation', null]);
    expect(pageKindOf('https://example.com/ab/messages/rooms/')).toBeNull();
  });
  it('names the browser by its major version only', () => {
    expect(browserName('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.7000.1 Safari/537.36')).toBe(
      'Chrome 156',
    );
    expect(browserName('Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0')).toBe('Firefox 153');
  });
});

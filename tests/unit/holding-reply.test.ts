// Issue 15: the words a holding reply puts in the client's inbox.
import { afterEach, describe, expect, it } from 'vitest';
import { byInstant, fillTemplate, firstNameOf, formatBy, unknownPlaceholders } from '@/utils/text/holding-reply';
import { checkTemplates, defaultTemplates, MAX_TEMPLATE_CHARS, syncBytes } from '@/utils/rules/templates';
import en from '../../public/_locales/en/messages.json';
import es from '../../public/_locales/es/messages.json';

const ORIGINAL_TZ = process.env.TZ;
afterEach(() => void (process.env.TZ = ORIGINAL_TZ));
/** A local wall-clock time in `tz`, as epoch ms (Node re-reads TZ when it changes). */
const local = (tz: string, y: number, mo: number, d: number, h: number, mi = 0) => {
  process.env.TZ = tz;
  return new Date(y, mo - 1, d, h, mi).getTime();
};
const fill = (text: string, roomName: string, by: string | null = null, job = 'Shopify speed') =>
  fillTemplate(text, { roomName, job, jobFallback: 'the project', by });

describe('the client first name', () => {
  it.each([
    ['Priya Natarajan', 'Priya'],
    ['James Blue, James Blue', ''],
    ['James B., James Blue', ''],
    ['José María López', 'José'],
    ['Acme Studio', ''],
    ['Northwind Goods LLC', ''],
    ['🚀', ''],
    ['🚀 Rocket', ''],
    ['J. Blue', ''],
    ['Madonna', ''],
    ['James Blue, Jim Blue', ''],
    ['', ''],
  ])('%j -> %j', (room, first) => expect(firstNameOf(room)).toBe(first));
});

describe('filling a template', () => {
  const ack = en.tplAckText.message;
  it('greets the client by first name and puts the job in', () => {
    expect(fill(ack, 'Priya Natarajan')).toBe("Thanks Priya, I've seen your message. I'll get back to you with a full answer soon.");
    expect(fill(en.tplDeclineText.message, 'Tom Becker')).toBe(
      "Thanks for thinking of me; I'm not able to take this on. I wish you luck with Shopify speed.",
    );
  });

  it.each(['Northwind Goods LLC', '🚀', 'J. Blue', ''])(
    'without a clear name (%j) the greeting has no name and no stray punctuation',
    (room) => {
      expect(fill(ack, room)).toBe("Thanks, I've seen your message. I'll get back to you with a full answer soon.");
      expect(fill(en.tplByText.message, room, '3:15 PM')).toBe("Hi, thanks for your message. I'll get back to you by 3:15 PM.");
      expect(fill(es.tplByText.message, room, '15:15')).toBe('Hola, gracias por tu mensaje. Te responderé antes de 15:15.');
      expect(fill('{first_name}, thanks!', room)).toBe('Thanks!');
      expect(fill('¡Hola {first_name}! Gracias.', room)).toBe('¡Hola! Gracias.');
      expect(fill('Hi {first_name} there', room)).toBe('Hi there');
      expect(fill('Hola, {first_name}.', room)).toBe('Hola.');
    },
  );

  it('a doubled room name greets without a name, never a broken one', () => {
    expect(fill('Hi {first_name},', 'James Blue, James Blue')).toBe('Hi,');
  });

  it('keeps unknown placeholders as typed, and {by} when no time was chosen; an empty job reads "the project"', () => {
    expect(fill('Hi {frist_name}, by {by}; {job}', 'Sarah Chen', null, '  ')).toBe('Hi {frist_name}, by {by}; the project');
    expect(unknownPlaceholders('Hi {frist_name} {first_name} {by} {Job} {frist_name}')).toEqual(['{frist_name}', '{Job}']);
    expect(unknownPlaceholders(en.tplByText.message + es.tplDeclineText.message)).toEqual([]);
  });

  it('leaves hostile text as text: the filler never interprets markup', () => {
    expect(fill('<img src=x onerror=alert(1)> {first_name}', '<b>Eve</b> Blue')).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('the {by} time', () => {
  it('"in 1 h" and "in 3 h" round up to the quarter hour, in the user\'s locale and time format', () => {
    const now = local('America/New_York', 2026, 11, 25, 14, 7);
    expect(formatBy(byInstant('in1h', now)!, now, 'en-US')).toBe('3:15 PM');
    expect(formatBy(byInstant('in1h', now)!, now, 'es-ES')).toBe('15:15');
    expect(formatBy(byInstant('in1h', now)!, now, 'en-US', false)).toBe('15:15');
    expect(formatBy(byInstant('in3h', now)!, now, 'en-GB')).toBe('17:15');
  });

  it('says "tomorrow" across midnight, in the locale\'s own words', () => {
    const now = local('America/New_York', 2026, 11, 25, 22, 40);
    expect(formatBy(byInstant('in3h', now)!, now, 'en-US')).toBe('tomorrow 1:45 AM');
    expect(formatBy(byInstant('in3h', now)!, now, 'es-ES')).toBe('mañana 1:45');
    expect(formatBy(byInstant('tomorrowMorning', now)!, now, 'en-US')).toBe('tomorrow 9:00 AM');
  });

  it('"end of today" is 18:00 and is not offered within the last hour before it', () => {
    const morning = local('America/New_York', 2026, 11, 25, 9, 30);
    expect(formatBy(byInstant('endOfDay', morning)!, morning, 'en-US')).toBe('6:00 PM');
    expect(byInstant('endOfDay', local('America/New_York', 2026, 11, 25, 17, 10))).toBeNull();
  });

  it('keeps wall-clock times across a daylight-saving change', () => {
    // New York falls back at 2:00 on 2026-11-01: that night has 25 hours.
    const fallBack = local('America/New_York', 2026, 10, 31, 22, 0);
    expect(formatBy(byInstant('tomorrowMorning', fallBack)!, fallBack, 'en-US')).toBe('tomorrow 9:00 AM');
    expect(byInstant('tomorrowMorning', fallBack)! - fallBack).toBe(12 * 3_600_000);
    // Three real hours after 23:30 are 1:30 by the clock that was set back.
    const late = local('America/New_York', 2026, 10, 31, 23, 30);
    expect(formatBy(byInstant('in3h', late)!, late, 'en-US')).toBe('tomorrow 1:30 AM');
    // Madrid springs forward at 2:00 on 2026-03-29: that night has 23 hours.
    const spring = local('Europe/Madrid', 2026, 3, 28, 23, 0);
    expect(formatBy(byInstant('tomorrowMorning', spring)!, spring, 'es-ES')).toBe('mañana 9:00');
    expect(byInstant('tomorrowMorning', spring)! - spring).toBe(9 * 3_600_000);
  });
});

describe('the templates', () => {
  it('ship three defaults in every catalogue language, with no unknown placeholder', () => {
    expect(defaultTemplates().map((t) => t.id)).toEqual(['ack', 'by', 'decline']);
    for (const cat of [en, es]) {
      const texts = [cat.tplAckText, cat.tplByText, cat.tplDeclineText].map((m) => m.message);
      expect(texts.map(unknownPlaceholders).flat()).toEqual([]);
      expect(texts[1]).toContain('{by}');
      expect(texts[2]).toContain('{job}');
    }
  });

  it('refuse a template over 2,000 characters, with the reason', () => {
    const ok = checkTemplates([{ id: 'a', name: 'A', text: 'x'.repeat(MAX_TEMPLATE_CHARS) }]);
    expect(ok.ok).toBe(true);
    const long = checkTemplates([{ id: 'a', name: 'A', text: 'x'.repeat(MAX_TEMPLATE_CHARS + 1) }]);
    expect(long).toEqual({ ok: false, errors: { 0: 'This text has 2001 characters; a template may have at most 2000.' } });
  });

  it("refuse a list that would not fit storage.sync's 8,192 bytes per item, counting UTF-8 bytes", () => {
    const four = Array.from({ length: 4 }, (_, i) => ({ id: `t${i}`, name: `T${i}`, text: 'é'.repeat(1_100) }));
    expect(syncBytes(four)).toBeGreaterThan(8_192);
    const checked = checkTemplates(four);
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.errors.all).toMatch(/^Together the templates take \d+ bytes.*at most 8192 per item/);
  });

  it('refuse an empty name or text, and never lose the others', () => {
    const checked = checkTemplates([
      { id: 'a', name: ' ', text: 'hi' },
      { id: 'b', name: 'B', text: '' },
      { id: 'c', name: 'C', text: 'fine' },
    ]);
    expect(checked.ok).toBe(false);
    expect(!checked.ok && Object.keys(checked.errors)).toEqual(['0', '1']);
    expect(checkTemplates('nope').ok).toBe(false);
  });
});

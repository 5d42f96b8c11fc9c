// The demo inbox: a local copy of Upwork's Messages page (markup layer "2026",
// tests/fixtures/README.md), served at Upwork's own address. It behaves like
// the real single-page app: a virtualized room list, rooms opened with
// history.pushState, a composer, and clients who write. Built with
// createElement and textContent only: no markup from strings.
import { listText, titleText, clockText, dayText } from './upwork-time-text.js';
import { Composer } from './composer.js';

const SELF = 'Alex Rivera';
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
/** Every row is this tall (inbox.css says the same): the list virtualizes on it. */
const ROW_HEIGHT = 76;
/** Rows mounted above and below the visible ones. */
const OVERSCAN = 5;
const ROOMS_PATH = '/ab/messages/rooms/';
const loadAt = Date.now();

// ---------------------------------------------------------------- ids

/** 32 lowercase hex characters, always the same for the same seed. */
function hex32(seed) {
  let out = '';
  for (let k = 0; k < 4; k++) {
    let h = (0x811c9dc5 ^ Math.imul(k + 1, 0x9e3779b9)) >>> 0;
    for (let i = 0; i < seed.length; i++) {
      h ^= seed.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    out += (h >>> 0).toString(16).padStart(8, '0');
  }
  return out;
}

/** Stable across reloads: room index 0.. are the seeded rooms, 1000.. the ones "New client" adds. */
const roomIdOf = (index) => `room_${hex32(`reply-window-demo/room/${index}`)}`;
const seededStoryId = (roomIndex, i) => `story_${hex32(`reply-window-demo/story/${roomIndex}/${i}`)}`;
let liveCount = 0;
const liveStoryId = () => `story_${hex32(`reply-window-demo/live/${loadAt}/${++liveCount}`)}`;

/** "2d3h10m" -> milliseconds before page load (a negative offset). */
function ago(text) {
  let ms = 0;
  for (const [, n, unit] of text.matchAll(/(\d+)([dhm])/g)) ms += Number(n) * { d: DAY, h: HOUR, m: MIN }[unit];
  return -ms;
}

// ---------------------------------------------------------------- the rooms

/**
 * The dozen rooms the demo is about. Each story is [time before load, author, text];
 * tz is the client's UTC offset in minutes (for "3:51 PM local time").
 * The comment on each room is the state Reply Window should show at page load.
 */
const MAIN_ROOMS = [
  {
    // on time: the client wrote 20 min ago
    name: 'Sarah Chen',
    title: 'Shopify store speed optimization',
    tz: -480,
    story: [
      [
        ago('3h10m'),
        'client',
        'Hi Alex, I saw your proposal. Our Shopify store scores 38 on PageSpeed mobile. Have you worked with the Dawn theme?',
      ],
      [
        ago('2h50m'),
        'freelancer',
        'Hi Sarah! Yes, I have optimized several Dawn stores. The usual suspects are app scripts and oversized hero images. Could you share the store URL?',
      ],
      [ago('2h48m'), 'freelancer', 'If you add me as a collaborator I can run a full audit today.'],
      [ago('22m'), 'client', 'Sure, it is northwind-goods.myshopify.com. Collaborator request sent.'],
      [ago('20m'), 'client', 'What would your estimate be for getting mobile above 80?'],
    ],
  },
  {
    // on time, on an active contract: 40 min
    name: 'Marcus Webb',
    title: 'React dashboard for fleet tracking',
    tz: -300,
    contract: true,
    story: [
      [ago('5d3h'), 'system', 'Contract started: React dashboard for fleet tracking'],
      [ago('5d2h50m'), 'client', 'Welcome aboard! Repo access is on its way. Please start with the map view.'],
      [ago('1d4h'), 'freelancer', 'The map view is live on staging: clustering, live positions every 10 s and the route history drawer.'],
      [ago('42m'), 'client', 'Looks great, the team loved the clustering.'],
      [ago('40m'), 'client', 'Can you add a filter by depot before the demo on Friday?'],
    ],
  },
  {
    // the freelancer replied last
    name: 'Priya Natarajan',
    title: 'WordPress plugin bug fixes',
    tz: 330,
    story: [
      [ago('1d2h'), 'client', 'Hi Alex, our booking plugin throws a fatal error on PHP 8.2. Can you take a look?'],
      [ago('1d1h'), 'freelancer', 'Hi Priya, sure. It is most likely a deprecated function. Can you send me the error log?'],
      [ago('1h30m'), 'client', 'Here is the log from this morning.'],
      [ago('1h10m'), 'freelancer', 'Found it: the plugin still calls create_function(). I will send a patch within the hour.'],
    ],
  },
  {
    // on time, about to pass 2 h: 1 h 45 min
    name: 'Daniel Okafor',
    title: 'Landing page redesign in Figma',
    tz: 60,
    story: [
      [ago('1d3h'), 'client', 'Hi Alex, thanks for applying. Could you share two or three landing pages you designed for SaaS products?'],
      [
        ago('1d2h30m'),
        'freelancer',
        'Hi Daniel! Here are three recent ones: a fintech onboarding page, a dev-tools pricing page and an HR platform homepage.',
      ],
      [ago('1d2h29m'), 'freelancer', 'Happy to walk you through the design decisions on a call.'],
      [ago('1h47m'), 'client', 'These are great, especially the pricing page.'],
      [ago('1h45m'), 'client', 'Are you available for a 15-minute call today?'],
    ],
  },
  {
    // late: 3 h
    name: 'Tom Becker',
    title: 'Python scraper for real estate listings',
    tz: 120,
    story: [
      [ago('2d5h'), 'client', 'We need a scraper for three listing sites, with a CSV export every morning.'],
      [ago('2d4h'), 'freelancer', 'Hi Tom, that is doable with Playwright and a scheduled job. Do any of the sites require a login?'],
      [ago('3h'), 'client', 'No login needed. The budget is $400 fixed. Does that work for you?'],
    ],
  },
  {
    // the freelancer replied last, on an active contract
    name: 'Olivia Martins',
    title: 'HTML email templates for product launch',
    tz: 0,
    contract: true,
    story: [
      [ago('4d2h'), 'system', 'Contract started: HTML email templates for product launch'],
      [ago('4d1h'), 'client', 'Three templates please: teaser, launch day and follow-up. The brand kit is in the shared folder.'],
      [ago('7h'), 'client', 'Can you make the call-to-action buttons bulletproof for Outlook?'],
      [ago('6h'), 'freelancer', 'Done: VML buttons for Outlook, tested on 40 email clients. The updated files are in the shared folder.'],
    ],
  },
  {
    // late: 10 h
    name: 'Hiroshi Tanaka',
    title: 'Next.js localization (English and Japanese)',
    tz: 540,
    story: [
      [ago('3d2h'), 'client', 'We need our Next.js app in Japanese. The translations are ready in a spreadsheet.'],
      [
        ago('3d1h'),
        'freelancer',
        'Hi Hiroshi, I would use next-intl with the App Router and import the spreadsheet with a script, so future updates are one command.',
      ],
      [ago('10h2m'), 'client', 'Sounds good. How long would the setup take?'],
      [ago('10h'), 'client', 'We would like to ship before the end of the month.'],
    ],
  },
  {
    // late, about to become overdue: 23 h 30 min
    name: 'Chloe Dubois',
    title: 'Webflow to Next.js migration',
    tz: 60,
    story: [
      [ago('3d'), 'client', 'Hi Alex, we are moving our marketing site off Webflow: about 25 pages plus a blog.'],
      [
        ago('2d20h'),
        'freelancer',
        'Hi Chloe, I have done two similar migrations. I would export the CMS to MDX and keep every URL identical for SEO.',
      ],
      [ago('23h30m'), 'client', 'Can you send a fixed-price quote with a timeline?'],
    ],
  },
  {
    // the freelancer replied last
    name: 'Lucas Moreau',
    title: 'Stripe subscription integration',
    tz: 60,
    story: [
      [ago('2d3h'), 'client', 'Our Stripe webhooks fail silently in production.'],
      [
        ago('2d1h'),
        'freelancer',
        'Production was using the test signing secret. I updated the environment and replayed the failed events.',
      ],
      [ago('27h'), 'client', 'That fixed it, thank you!'],
      [ago('26h'), 'freelancer', 'Great! I will add an alert for failed webhooks so this cannot happen silently again.'],
    ],
  },
  {
    // overdue, on an active contract: 30 h
    name: 'Fatima Al-Sayed',
    title: 'Laravel API performance tuning',
    tz: 240,
    contract: true,
    story: [
      [ago('12d'), 'system', 'Contract started: Laravel API performance tuning'],
      [ago('11d23h'), 'client', 'Welcome! The /orders endpoint is our slowest one, please start there.'],
      [
        ago('3d'),
        'freelancer',
        'Weekly update: /orders is down from 2.4 s to 310 ms (eager loading and two indexes). Next: the reports export.',
      ],
      [ago('30h'), 'client', 'Amazing results. The reports export times out for our largest customer, can you prioritize it?'],
    ],
  },
  {
    // overdue: 3 days
    name: 'Grace Kim',
    title: 'Fix checkout bugs on WooCommerce site',
    tz: -420,
    story: [
      [ago('5d'), 'client', 'Customers in Canada cannot complete checkout.'],
      [
        ago('4d22h'),
        'freelancer',
        'Hi Grace, the shipping zone for Canada has no shipping method, so checkout fails. Shall I fix it and add a test order flow?',
      ],
      [ago('3d2m'), 'client', 'Yes, please go ahead.'],
      [ago('3d'), 'client', 'Also, the coupon field disappeared on mobile.'],
    ],
  },
  {
    // the freelancer replied last
    name: 'Ethan Brooks',
    title: 'Vue 3 component library documentation',
    tz: -240,
    story: [
      [ago('7d'), 'client', 'Can you write Storybook docs for our 30 components?'],
      [ago('6d'), 'freelancer', 'Yes: autodocs for all of them, with MDX pages for the complex ones.'],
      [ago('5d1h'), 'client', 'Great, start with the form components please.'],
      [ago('5d'), 'freelancer', 'The form components are documented and deployed. The link is in the shared doc.'],
    ],
  },
  {
    // breach: an active contract, 8 days without an answer
    name: 'Isabella Rossi',
    title: 'Long-term Shopify developer (ongoing)',
    tz: 60,
    contract: true,
    story: [
      [ago('35d'), 'system', 'Contract started: Long-term Shopify developer (ongoing)'],
      [ago('34d23h'), 'client', 'Welcome to the team, Alex! First task: the size guide pop-up.'],
      [ago('20d'), 'freelancer', 'The size guide pop-up is live on all product pages.'],
      [ago('9d'), 'freelancer', 'Monthly report: 14 tasks done, page speed up 18 points. Let me know what to prioritize next.'],
      [ago('8d1m'), 'client', 'Thanks Alex. Next up: the holiday collection landing page.'],
      [ago('8d'), 'client', 'The designs are in the shared Figma file.'],
    ],
  },
];

const FIRST_NAMES = [
  'Amelia',
  'Oliver',
  'Mia',
  'Liam',
  'Zoe',
  'Noah',
  'Ava',
  'Mateo',
  'Leila',
  'Samuel',
  'Hannah',
  'Ryan',
  'Sofia',
  'Kwame',
  'Elena',
  'Jonas',
  'Aisha',
  'Victor',
  'Nora',
  'Diego',
];
const LAST_NAMES = [
  'Thompson',
  'Nguyen',
  'Fischer',
  'Haddad',
  'Kowalski',
  'Santos',
  'Murphy',
  'Ivanova',
  'Park',
  'Mensah',
  'Larsen',
  'Ortiz',
  'Bianchi',
  'Cohen',
  'Sato',
  'Dubois',
  'Walsh',
  'Reyes',
  'Novak',
  'Green',
];
const FILLER_JOBS = [
  [
    'Fix responsive menu on WordPress site',
    'the menu overlaps the logo on phones. Can you fix it?',
    'it is a z-index and breakpoint issue, I can fix it today.',
  ],
  [
    'Google Sheets to Airtable sync script',
    'we need our sheet synced to Airtable every hour.',
    'an Apps Script trigger will do it, I will send a quote.',
  ],
  ['Speed up Django admin pages', 'our admin list pages take 8 seconds to load.', 'a few select_related calls should fix most of it.'],
  ['Set up GA4 and Tag Manager', 'we need GA4 events for signups and purchases.', 'I will set up the tags and send you a test report.'],
  [
    'Convert Figma design to HTML/CSS',
    'we have a 5-page Figma design to turn into HTML.',
    'I can deliver pixel-perfect pages in four days.',
  ],
  ['Fix broken contact form (PHP)', 'our contact form stopped sending emails.', 'your host blocks mail(); switching to SMTP will fix it.'],
  [
    'Add dark mode to React app',
    'could you add a dark mode toggle to our app?',
    'CSS variables plus a theme context, about a day of work.',
  ],
  [
    'Migrate site to new hosting',
    'we are moving from shared hosting to a VPS.',
    'I will migrate files, database and DNS with no downtime.',
  ],
  [
    'Chrome extension bug fix',
    'our extension stopped working after the Manifest V3 update.',
    'the background page must become a service worker, I can port it.',
  ],
  [
    'Write unit tests for Node.js API',
    'we need Jest tests for our 12 endpoints.',
    'I will cover them with supertest and add it to your CI.',
  ],
];
const FILLER_THANKS = [
  'Perfect, thanks for the quick turnaround!',
  'Works great on our side. Thank you!',
  'Approved. Really happy with the result.',
  'All good, thanks Alex.',
];
const FILLER_CLOSING = [
  'My pleasure! Feel free to reach out if anything else comes up.',
  'Thanks! I have released the final files. Have a great week.',
  'Glad it helped. I will keep an eye on it for the next few days.',
  'Thank you! Looking forward to working together again.',
];

/** ~40 older rooms, weeks ago, the freelancer replied last: enough rows to virtualize. */
function fillerRooms(count) {
  const out = [];
  for (let i = 0; i < count; i++) {
    const first = FIRST_NAMES[i % FIRST_NAMES.length];
    const last = LAST_NAMES[(i * 7 + 3) % LAST_NAMES.length];
    const [title, ask, answer] = FILLER_JOBS[i % FILLER_JOBS.length];
    const end = -(14 * DAY + i * 2 * DAY + ((i * 7) % 10) * HOUR + ((i * 13) % 50) * MIN);
    out.push({
      name: `${first} ${last}`,
      title,
      tz: [-480, -300, 0, 60, 120, 330, 600][i % 7],
      story: [
        [end - 2 * DAY - 3 * HOUR, 'client', `Hi Alex, ${ask}`],
        [end - 2 * DAY - 2 * HOUR, 'freelancer', `Hi ${first}, ${answer}`],
        [end - 1 * HOUR, 'client', FILLER_THANKS[i % FILLER_THANKS.length]],
        [end, 'freelancer', FILLER_CLOSING[i % FILLER_CLOSING.length]],
      ],
    });
  }
  return out;
}

const NEW_CLIENTS = [
  [
    'Jordan Ellis',
    'Bug fixes for a React Native app',
    'Hi Alex, I came across your profile. Are you available this week for a few React Native fixes?',
  ],
  [
    'Maya Goldberg',
    'Shopify theme customization',
    'Hello! We need a few sections added to our Shopify theme. Could you have a look this week?',
  ],
  [
    'Kenji Watanabe',
    'API integration with HubSpot',
    'Hi Alex, we want our signup form to create HubSpot contacts. Is this something you can do?',
  ],
  [
    'Amara Obi',
    'Landing page for a mobile app launch',
    'Hi! We launch our app next month and need a landing page. What would your timeline be?',
  ],
];
const CLIENT_LINES = [
  'Quick follow-up: did you get a chance to look at this?',
  'One more thing: could we move the deadline up by a day?',
  'Any update? The team is asking.',
  'Could you also check the staging site when you have a moment?',
  'Just sent you the credentials by email.',
];
const REPLY_LINES = [
  'Thanks for the message! I am on it and will update you within the hour.',
  'Good question: yes, that works. I will include it in today’s update.',
  'Got it, I will take a look this afternoon and report back.',
];

// ---------------------------------------------------------------- the model

/** @type {{ id: string, index: number, name: string, title: string, tz: number, contract: boolean, unread: boolean, messages: { id: string, by: 'client'|'freelancer'|'system', text: string, at: number }[] }[]} */
const rooms = [];
const byId = new Map();

const lastPerson = (room) => room.messages.findLast((m) => m.by !== 'system');
const lastAt = (room) => room.messages[room.messages.length - 1]?.at ?? 0;
/** The first client message after the freelancer's last one, or null when the freelancer replied last. */
function waitingSince(room) {
  let since = null;
  for (const m of room.messages) {
    if (m.by === 'freelancer') since = null;
    else if (m.by === 'client' && since === null) since = m.at;
  }
  return since;
}

function addRoom(index, spec, base) {
  const messages = spec.story.map(([at, by, text], i) => ({ id: seededStoryId(index, i), by, text, at: base + at }));
  const room = {
    id: roomIdOf(index),
    index,
    name: spec.name,
    title: spec.title,
    tz: spec.tz ?? 0,
    contract: !!spec.contract,
    unread: false,
    messages,
  };
  room.unread = lastPerson(room)?.by === 'client';
  rooms.push(room);
  byId.set(room.id, room);
  return room;
}

[...MAIN_ROOMS, ...fillerRooms(40)].forEach((spec, i) => addRoom(i, spec, loadAt));
let newRoomCount = 0;

/** Newest activity first, like Upwork. */
const ordered = () => [...rooms].sort((a, b) => lastAt(b) - lastAt(a) || a.index - b.index);
let order = ordered();

// ---------------------------------------------------------------- DOM helpers

/** An element with attributes and text; never markup from strings. */
function el(tag, attrs = {}, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null && v !== false) node.setAttribute(k, v === true ? '' : v);
  if (text !== undefined) node.textContent = text;
  return node;
}
const setText = (node, text) => {
  if (node.textContent !== text) node.textContent = text;
};
const initials = (name) =>
  name
    .split(/\s+/)
    .map((p) => p[0])
    .slice(0, 2)
    .join('')
    .toUpperCase();
const AVATAR_COLORS = ['#108a00', '#1f57c3', '#9b3bb1', '#d35400', '#00838f', '#6d4c41', '#c2185b', '#3949ab'];
function avatar(name, cls) {
  const color = AVATAR_COLORS[parseInt(hex32(name).slice(0, 4), 16) % AVATAR_COLORS.length];
  const node = el('div', { class: `up-avatar ${cls}`, 'aria-hidden': 'true' }, initials(name));
  node.style.backgroundColor = color;
  return node;
}
const oneLine = (text) => text.replace(/\s+/g, ' ').trim();
const previewOf = (room) => {
  const last = room.messages[room.messages.length - 1];
  if (!last) return '';
  return last.by === 'freelancer' ? `You: ${oneLine(last.text)}` : oneLine(last.text);
};
const sameDay = (a, b) => new Date(a).toDateString() === new Date(b).toDateString();
const authorOf = (room, m) => (m.by === 'freelancer' ? SELF : room.name);
/** The client's wall clock: a Date whose local fields read the client's time. */
const clientClock = (room, now) => new Date(now + (room.tz + new Date(now).getTimezoneOffset()) * MIN);

// ---------------------------------------------------------------- the page skeleton

const nuxt = document.getElementById('__nuxt');

const toolbar = el('div', { class: 'demo-toolbar', 'data-demo': 'toolbar', role: 'region', 'aria-label': 'Demo controls' });
const demoLabel = el('strong', { class: 'demo-toolbar__label' }, 'Demo controls');
const demoNote = el('span', { class: 'demo-toolbar__note' }, 'Not Upwork: a local copy of the Messages page for trying Reply Window.');
const btnClient = el('button', { type: 'button', 'data-demo': 'client-writes' }, 'Client writes');
const btnReply = el('button', { type: 'button', 'data-demo': 'reply' }, 'Reply');
const btnNew = el('button', { type: 'button', 'data-demo': 'new-room' }, 'New client');
const demoStatus = el('span', { class: 'demo-toolbar__status', 'data-demo': 'status', 'aria-live': 'polite' });
toolbar.append(demoLabel, btnClient, btnReply, btnNew, demoStatus, demoNote);
document.body.prepend(toolbar);

const nav = el('header', { class: 'up-nav' });
const logo = el('span', { class: 'up-nav__logo' }, 'upwork');
const navLinks = el('nav', { class: 'up-nav__links' });
for (const label of ['Find work', 'Deliver work', 'Manage finances', 'Messages']) {
  navLinks.append(el('span', { class: label === 'Messages' ? 'up-nav__link is-active' : 'up-nav__link' }, label));
}
const navUser = avatar(SELF, 'up-nav__avatar');
nav.append(logo, navLinks, navUser);

const layout = el('main', { class: 'messages-layout' });

const panel = el('aside', { 'data-test': 'rooms-panel', class: 'rooms-panel' });
const panelHeader = el('div', { class: 'rooms-panel__header' });
panelHeader.append(el('h2', { class: 'rooms-panel__heading' }, 'Messages'));
const listWrapper = el('div', { class: 'rooms-panel__list-wrapper' });
const list = el('div', { class: 'rooms-panel-room-list rooms-panel-items' });
const spacerTop = el('div', { class: 'rooms-panel-spacer', 'aria-hidden': 'true' });
const spacerBottom = el('div', { class: 'rooms-panel-spacer', 'aria-hidden': 'true' });
list.append(spacerTop, spacerBottom);
listWrapper.append(list);
panel.append(panelHeader, listWrapper);

const roomPane = el('section', { class: 'room-pane' });
const roomHeader = el('div', { class: 'room-header' });
const viewport = el('div', { id: 'story-viewport', class: 'scroll-wrapper custom-scrollbar' });
viewport.style.display = 'flex';
viewport.style.flexDirection = 'column-reverse';
const storyList = el('div', { class: 'story-list' });
viewport.append(storyList);
const composer = el('div', { class: 'up-d-composer' });
const textbox = el('div', {
  role: 'textbox',
  contenteditable: 'true',
  'aria-multiline': 'true',
  'aria-label': 'Message',
  'aria-placeholder': 'Send a message…',
  class: 'composer-input',
});
const sendButton = el('button', { type: 'button', class: 'up-btn up-btn-primary composer-send' }, 'Send');
const composerActions = el('div', { class: 'composer-actions' });
composerActions.append(el('span', { class: 'composer-hint' }, 'Enter to send, Shift+Enter for a new line'), sendButton);
composer.append(textbox, composerActions);
/** The editor's own document model (composer.js): text that bypasses its input events is lost, as with ProseMirror. */
const editor = new Composer(textbox);
textbox.composer = editor;
const notFound = el('div', { class: 'room-not-found' }, 'This room is not available.');
roomPane.append(roomHeader, viewport, composer);

layout.append(panel, roomPane);
nuxt.append(nav, layout);

// ---------------------------------------------------------------- the room list (virtualized)

/** Mounted rows by room id. A row leaving the view is removed, one entering it is built. */
const mounted = new Map();
let openId = null;

function buildRow(room) {
  const a = el('a', { 'data-test': 'room-list-item', class: 'room-list-item', href: ROOMS_PATH + room.id });
  const base = el('div', { class: 'room-list-item-base' });
  base.append(
    el('span', { 'data-test': 'room-name', class: 'room-list-item-base-text item-title' }),
    el('span', { class: 'timestamp text-base-sm' }),
  );
  a.append(
    avatar(room.name, 'room-list-item-avatar'),
    base,
    el('div', { 'data-test': 'room-topic-or-subtitle', class: 'item-subtitle' }),
    el('div', { class: 'room-list-item-story' }),
  );
  return a;
}

/** Writes the row's texts; touches only what changed. */
function fillRow(a, room, now) {
  setText(a.querySelector('[data-test="room-name"]'), room.name);
  setText(a.querySelector('.timestamp'), listText(new Date(lastAt(room)), new Date(now)));
  setText(a.querySelector('.item-subtitle'), room.title);
  setText(a.querySelector('.room-list-item-story'), previewOf(room));
  a.classList.toggle('is-active', room.id === openId);
  a.classList.toggle('is-unread', room.unread);
  if (room.id === openId) a.setAttribute('aria-current', 'page');
  else a.removeAttribute('aria-current');
}

let listFrame = 0;
const scheduleList = () => {
  if (!listFrame) listFrame = requestAnimationFrame(renderList);
};

function renderList() {
  listFrame = 0;
  const now = Date.now();
  const height = list.clientHeight || 800;
  const first = Math.max(0, Math.floor(list.scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(order.length, Math.ceil((list.scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  const wanted = order.slice(first, last);
  const keep = new Set(wanted.map((r) => r.id));
  for (const [id, row] of mounted) {
    if (!keep.has(id)) {
      row.remove();
      mounted.delete(id);
    }
  }
  spacerTop.style.height = `${first * ROW_HEIGHT}px`;
  spacerBottom.style.height = `${(order.length - last) * ROW_HEIGHT}px`;
  // Put the rows in order between the spacers, moving only those out of place.
  let cursor = spacerTop.nextSibling;
  for (const room of wanted) {
    let row = mounted.get(room.id);
    if (!row) {
      row = buildRow(room);
      mounted.set(room.id, row);
    }
    fillRow(row, room, now);
    if (row === cursor) cursor = cursor.nextSibling;
    else list.insertBefore(row, cursor);
  }
}

list.addEventListener('scroll', scheduleList, { passive: true });
new ResizeObserver(scheduleList).observe(list);

list.addEventListener('click', (event) => {
  const row = event.target.closest('a.room-list-item');
  if (!row || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(row.getAttribute('href'));
});

// ---------------------------------------------------------------- the open conversation

/** Day dividers and the header clock of the open room, refreshed as time passes. */
let dividers = [];
let subtitleEl = null;

function subtitleText(room, now) {
  return `${clockText(clientClock(room, now))} local time · ${room.title}`;
}

function buildHeader(room, now) {
  const text = el('div', { class: 'room-header__text' });
  subtitleEl = el('div', { 'data-test': 'room-subtitle', class: 'room-subtitle' }, subtitleText(room, now));
  text.append(el('div', { 'data-test': 'room-title', class: 'room-title' }, room.name), subtitleEl);
  const actions = el('div', { class: 'room-header__actions' });
  if (room.contract) {
    actions.append(
      el('button', { type: 'button', class: 'up-btn up-btn-secondary', 'data-ev-label': 'wm_view_contract_action' }, 'View contract'),
    );
  }
  roomHeader.replaceChildren(avatar(room.name, 'room-header__avatar'), text, actions);
}

/** One message, as Upwork writes it. `prev` is the message above it, if any. */
function buildStory(room, m, prev, now) {
  const d = new Date(m.at);
  const item = el('div', { class: 'up-d-story-item', id: m.id });
  const newDay = !prev || !sameDay(prev.at, m.at);
  if (newDay) {
    const label = el('span', { class: 'header-timestamp' }, dayText(d, new Date(now)));
    dividers.push({ label, at: m.at });
    const header = el('div', { class: 'story-day-header' });
    header.append(label);
    item.append(header);
  }
  const container = el('div', { 'data-test': 'story-container', class: 'up-d-story' });
  const stamp = () => el('span', { class: 'story-timestamp', title: titleText(d) }, clockText(d));
  if (m.by === 'system') {
    // System events are written by neither side and have no [data-test="story-message"].
    container.classList.add('up-d-story--system');
    const inner = el('div', { class: 'story-inner story-system' });
    inner.append(el('span', { class: 'story-system-text' }, m.text), stamp());
    container.append(inner);
  } else {
    // A header only on the first message of a run by one author (a day divider or a system message ends a run).
    const top = newDay || prev.by !== m.by;
    const inner = el('div', { class: top ? 'story-inner top' : 'story-inner' });
    if (top) {
      const header = el('div', { 'data-test': 'story-header', class: 'story-header' });
      header.append(el('span', { class: 'user-name' }, authorOf(room, m)), stamp());
      inner.append(avatar(authorOf(room, m), 'story-avatar'), header);
    }
    const body = el('div', { 'data-test': 'story-message' });
    for (const line of m.text.split('\n')) body.append(el('p', {}, line));
    const message = el('div', { class: 'story-message' });
    message.append(body);
    inner.append(message);
    container.append(inner);
  }
  item.append(container);
  return item;
}

function renderRoom() {
  const now = Date.now();
  const room = openId ? byId.get(openId) : null;
  dividers = [];
  subtitleEl = null;
  if (!room) {
    roomPane.replaceChildren(notFound);
    return;
  }
  if (!viewport.isConnected) roomPane.replaceChildren(roomHeader, viewport, composer);
  buildHeader(room, now);
  storyList.replaceChildren(...room.messages.map((m, i) => buildStory(room, m, room.messages[i - 1], now)));
  viewport.scrollTop = 0;
  editor.clear();
}

/** A new message in the open room: appended, nothing else rebuilt. */
function appendStory(room, m) {
  const prev = room.messages[room.messages.indexOf(m) - 1];
  storyList.append(buildStory(room, m, prev, Date.now()));
  // Stay at the newest message unless the reader scrolled far up (column-reverse: 0 is the bottom).
  if (viewport.scrollTop > -120) viewport.scrollTop = 0;
}

// ---------------------------------------------------------------- routing

function roomFromPath(pathname) {
  const m = /^\/ab\/messages\/rooms\/?([^/?#]*)/.exec(pathname);
  return m ? decodeURIComponent(m[1]) : '';
}

function route() {
  let id = roomFromPath(location.pathname);
  if (!id) {
    // The inbox URL opens the first room by itself, as on Upwork.
    id = order[0]?.id ?? null;
    if (id) history.replaceState(history.state, '', ROOMS_PATH + id);
  }
  openId = id;
  const room = byId.get(id);
  if (room) room.unread = false; // Opening a room marks it read.
  renderRoom();
  scheduleList();
  updateStatus();
}

function navigate(href) {
  const url = new URL(href, location.href);
  if (url.pathname + url.search !== location.pathname + location.search) history.pushState({}, '', url.pathname + url.search);
  route();
}

window.addEventListener('popstate', route);

// ---------------------------------------------------------------- what happens in rooms

function roomOrThrow(roomId) {
  const id = roomId ?? openId ?? order[0]?.id;
  const room = byId.get(id);
  if (!room) throw new Error(`demo: no room ${id}`);
  return room;
}

/** Adds a message to a room: the row always updates and moves up; the conversation only when it is open. */
function post(room, by, text) {
  const m = { id: liveStoryId(), by, text, at: Date.now() };
  room.messages.push(m);
  if (room.id === openId) appendStory(room, m);
  else if (by === 'client') room.unread = true;
  order = ordered();
  scheduleList();
  updateStatus();
  return { roomId: room.id, id: m.id, at: m.at, by, text };
}

let clientLine = 0;
let replyLine = 0;

function clientWrites(roomId, text) {
  const room = roomOrThrow(roomId);
  return post(room, 'client', text ?? CLIENT_LINES[clientLine++ % CLIENT_LINES.length]);
}

function reply(roomId, text) {
  const room = roomOrThrow(roomId);
  return post(room, 'freelancer', text ?? REPLY_LINES[replyLine++ % REPLY_LINES.length]);
}

function newRoom(name, title) {
  const preset = NEW_CLIENTS[newRoomCount % NEW_CLIENTS.length];
  const index = 1000 + newRoomCount++;
  const room = addRoom(
    index,
    { name: name ?? preset[0], title: title ?? preset[1], tz: [-300, 60, 540, 0][index % 4], story: [] },
    Date.now(),
  );
  post(room, 'client', preset[2]);
  list.scrollTop = 0;
  return room.id;
}

function open(roomId) {
  if (!byId.has(roomId)) throw new Error(`demo: no room ${roomId}`);
  navigate(ROOMS_PATH + roomId);
}

function sendFromComposer() {
  const text = editor.text().trim();
  if (!text || !openId || !byId.has(openId)) return;
  editor.clear();
  reply(openId, text);
  textbox.focus();
}

sendButton.addEventListener('click', sendFromComposer);
textbox.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    sendFromComposer();
  }
});

btnClient.addEventListener('click', () => clientWrites());
btnReply.addEventListener('click', () => reply());
btnNew.addEventListener('click', () => newRoom());

function updateStatus() {
  const room = openId ? byId.get(openId) : null;
  setText(demoStatus, room ? `Acting on: ${room.name}` : 'No room open');
  btnClient.disabled = !room;
  btnReply.disabled = !room;
}

// Times on the page follow the clock, as on Upwork (list times, day dividers, the client's local time).
setInterval(() => {
  const now = Date.now();
  for (const [id, row] of mounted) fillRow(row, byId.get(id), now);
  for (const { label, at } of dividers) setText(label, dayText(new Date(at), new Date(now)));
  const room = openId ? byId.get(openId) : null;
  if (room && subtitleEl) setText(subtitleEl, subtitleText(room, now));
}, 20_000);

// ---------------------------------------------------------------- for automated tests

window.demo = {
  /** The open room's client (or the given room's) writes now. */
  clientWrites,
  /** The freelancer answers now, as if sent from the composer. */
  reply,
  /** A new client room at the top of the list; returns its id. */
  newRoom,
  /** Opens a room like a click on its row (pushState, no page load). */
  open,
  /** What the reply box holds (its document model, not its DOM). */
  composerText: () => editor.text(),
  /** The model, in list order (newest activity first). */
  rooms: () =>
    order.map((room) => {
      const lastBy = lastPerson(room)?.by ?? 'client';
      return {
        id: room.id,
        name: room.name,
        title: room.title,
        lastBy,
        lastAt: lastAt(room),
        contract: room.contract,
        waitingSince: waitingSince(room),
        unread: room.unread,
        open: room.id === openId,
      };
    }),
  loadAt,
};

route();
document.documentElement.setAttribute('data-demo-ready', 'true');

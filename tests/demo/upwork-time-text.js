// How Upwork's Messages page writes times, in the browser's local time zone.
// Plain JS (with JSDoc types) so the demo page can load it in the browser and
// the fixture loader can use it in Node: one formatter for both.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** @param {Date} d */
const startOfDay = (d) => new Date(d.getFullYear(), d.getMonth(), d.getDate());
/** Calendar days between two local dates (b - a), safe across DST. */
const dayDiff = (/** @type {Date} */ a, /** @type {Date} */ b) =>
  Math.round((startOfDay(b).getTime() - startOfDay(a).getTime()) / 86_400_000);

/** "2:07 PM" */
export function clockText(/** @type {Date} */ d) {
  const h = d.getHours() % 12 || 12;
  return `${h}:${String(d.getMinutes()).padStart(2, '0')} ${d.getHours() < 12 ? 'AM' : 'PM'}`;
}

/** .story-timestamp[title]: "April 20, 2026 at 2:07 PM" */
export function titleText(/** @type {Date} */ d) {
  return `${MONTHS[d.getMonth()]} ${d.getDate()}, ${d.getFullYear()} at ${clockText(d)}`;
}

/** Room list .timestamp: "7:57 PM", "Yesterday", "Thursday" or "9/22/26". */
export function listText(/** @type {Date} */ d, /** @type {Date} */ now) {
  const days = dayDiff(d, now);
  if (days <= 0) return clockText(d);
  if (days === 1) return 'Yesterday';
  if (days < 7) return WEEKDAYS[d.getDay()];
  return `${d.getMonth() + 1}/${d.getDate()}/${String(d.getFullYear()).slice(-2)}`;
}

/** Day divider .header-timestamp: "Today", "Yesterday", "Monday, Sep 29", "Monday, Sep 29, 2025". */
export function dayText(/** @type {Date} */ d, /** @type {Date} */ now) {
  const days = dayDiff(d, now);
  if (days === 0) return 'Today';
  if (days === 1) return 'Yesterday';
  const base = `${WEEKDAYS[d.getDay()]}, ${MONTHS[d.getMonth()].slice(0, 3)} ${d.getDate()}`;
  return d.getFullYear() === now.getFullYear() ? base : `${base}, ${d.getFullYear()}`;
}

/** Proposals page "Received" date: "May 11, 2026". */
export function dateText(/** @type {Date} */ d) {
  return `${MONTHS[d.getMonth()].slice(0, 3)} ${d.getDate()}, ${d.getFullYear()}`;
}

/** "-90m", "-3h", "-2d", "+5m", "0" -> milliseconds */
export function parseOffset(/** @type {string} */ text) {
  const m = /^([+-]?\d+(?:\.\d+)?)([smhd]?)$/.exec(text.trim());
  if (!m) throw new Error(`bad time offset: ${text}`);
  const unit = { '': 60_000, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2]];
  return Number(m[1]) * unit;
}

/**
 * Fills a fixture's time tokens relative to `now`:
 * {{list:-90m}} {{title:-3h}} {{clock:-3h}} {{day:-2d}} {{iso:-1h}} {{date:-1d}}.
 * @param {string} html @param {Date} now
 */
export function fillTimeTokens(html, now) {
  return html.replace(/\{\{(list|title|clock|day|iso|date):([^}]+)\}\}/g, (_, kind, off) => {
    const d = new Date(now.getTime() + parseOffset(off));
    if (kind === 'list') return listText(d, now);
    if (kind === 'title') return titleText(d);
    if (kind === 'clock') return clockText(d);
    if (kind === 'day') return dayText(d, now);
    if (kind === 'date') return dateText(d);
    return d.toISOString();
  });
}

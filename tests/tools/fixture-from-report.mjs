// npm run fixture -- report.json [name]
// Turns a page report (utils/report/report.ts) into a test page under tests/fixtures/pages/:
// the outline's elements and hooks as they were, realistic stand-ins for the shapes
// (names by person, words by length, ids by number), and the fixtures' time tokens
// ({{title:-7m}} …) for the time formats the reader knows, so the page reads today as it
// read for the user. A time text in a format the reader does not know keeps its shape,
// with stand-in digits: the fixture shows the problem the user had.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';

const ORIGIN = 'https://www.upwork.com';
const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'source', 'track', 'wbr']);
/**
 * Invented names, so a made page never carries a real person's name, nor one a page of the tests has
 * (a real stand-in, "Omar Haddad", was the name of a fixture's client: it read as that page's text).
 */
const PEOPLE = [
  ['Zanthe', 'Quillby'],
  ['Orvik', 'Pemberlane'],
  ['Ilsabet', 'Varrow'],
  ['Teodric', 'Mallowin'],
  ['Quenna', 'Dravost'],
  ['Brannoc', 'Yeltsie'],
  ['Sorrel', 'Kestrahan'],
  ['Wynfrey', 'Oboloss'],
];
const WORDS = 'a ok tea quip lumen zephyr quokkas marzipan saxophone quadrupeds kaleidoscope quintessential'.split(' ');

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const hex = (n, len) => n.toString(16).padStart(len, '0');

/** "room_…1" -> room_<32 hex>; "…d2" -> digits; "…u3" -> a UUID: the same number, the same id. */
export const standInIds = (s) =>
  s.replace(/…(d|u)?(\d+)/g, (_, kind, n) =>
    kind === 'd'
      ? `1${String(n).padStart(18, '0')}`
      : kind === 'u'
        ? `${hex(Number(n), 8)}-0000-4000-8000-${hex(Number(n), 12)}`
        : hex(Number(n), 32),
  );

/** A word of the same length and case as its shape: "Aaaaa" -> "Fixes". */
function standInWord(shape) {
  const base = WORDS.find((w) => w.length >= shape.length) ?? WORDS.at(-1).repeat(2);
  const word = base.slice(0, shape.length);
  return [...word].map((c, i) => (shape[i] === 'A' ? c.toUpperCase() : c)).join('');
}

/** Letters a/A and digits 9 become words and numbers; the reader's own words and punctuation stay. */
export function standInText(shape) {
  return shape
    .replace(/\b9{1,2}:99\b/g, '3:12')
    .replace(/9+/g, (d) => (d.length === 4 ? '2026' : d.length === 1 ? '3' : '1'.repeat(d.length)))
    .replace(/\b[aA]+\b/g, (w) => (/^(a|A)$/.test(w) && w === 'a' ? 'a' : standInWord(w)));
}

/** A name of person n, in the form its shape has: "Aaaaa A." is a short form, "Aaaaa Aaaa, Aaaaa A." two variants. */
function standInName(shape, n) {
  const [first, last] = PEOPLE[(n - 1) % PEOPLE.length];
  const suffix = n > PEOPLE.length ? ` ${Math.ceil(n / PEOPLE.length)}` : '';
  return shape
    .split(', ')
    .map((v) => {
      const words = v.split(' ');
      if (words.length === 1) return first + suffix;
      const tail = words.at(-1);
      const lastName = /^A\.$/.test(tail) ? `${last[0]}.` : /^A$/.test(tail) ? last[0] : last + suffix;
      return `${first} ${lastName}`;
    })
    .join(', ');
}

const KNOWN = {
  title: /^[A-Z][a-z]+ 9{1,2}, 9999 at 9{1,2}:99 [AP]M$/,
  clock: /^9{1,2}:99 [AP]M$/,
  day: /^[A-Z][a-z]+, [A-Z][a-z]+ 9{1,2}(, 9999)?$/,
  date: /^[A-Z][a-z]{2} 9{1,2}, 9999$/,
  listDate: /^9{1,2}\/9{1,2}\/99$/,
};

/** A time text in a format the reader knows, as the fixtures' token for `minutes` ago; else null. */
function timeToken(shape, minutes, inStory) {
  const t = shape.trim();
  if (KNOWN.title.test(t)) return `{{title:-${minutes}m}}`;
  if (KNOWN.clock.test(t)) return inStory ? `{{clock:-${minutes}m}}` : `{{list:-${minutes}m}}`;
  if (KNOWN.day.test(t)) return `{{day:-${minutes}m}}`;
  if (KNOWN.date.test(t)) return `{{date:-${Math.ceil(minutes / 1440)}d}}`;
  if (KNOWN.listDate.test(t)) return `{{list:-${minutes}m}}`;
  return null;
}

function parseLine(line) {
  const depth = (line.length - line.trimStart().length) / 2;
  const body = line.trim();
  if (body.startsWith('"')) {
    const m = /^("(?:[^"\\]|\\.)*")(?: name=(\d+))?$/.exec(body);
    return { depth, text: JSON.parse(m[1]), person: m[2] ? Number(m[2]) : null };
  }
  if (body.startsWith('…')) return { depth, note: body };
  const [tag] = body.split(' ', 1);
  const attrs = [...body.slice(tag.length).matchAll(/ ([^\s=]+)=("(?:[^"\\]|\\.)*")/g)].map((m) => [m[1], JSON.parse(m[2])]);
  // A branch the report left out (the page was too large): said in the made page, where it was.
  const left = / (…\d+ elements left out)$/.exec(body)?.[1];
  return { depth, tag, attrs, left };
}

/** The report's outline as a page, with its address. */
export function pageFromReport(report) {
  const nodes = report.outline.map(parseLine);
  const stories = nodes.filter((n) => n.attrs?.some(([k, v]) => k === 'id' && /^story_…/.test(v)));
  const newestFirst = report.reader?.found?.order === 'newest first';
  const minutesOf = (i) => 7 * (newestFirst ? i + 1 : stories.length - i) + 3;
  const out = [];
  const open = [];
  let story = -1;
  let rowTime = 0;
  /** A text's stand-in: a time token, a person's name, or words; its spaces at either end kept. */
  const textOf = (n, at) => {
    const inStory = at >= 0;
    const token = timeToken(n.text, inStory ? minutesOf(at) : (rowTime += 37), inStory);
    if (token) return (/^\s/.test(n.text) ? ' ' : '') + token;
    const text = n.person ? standInName(n.text.trim(), n.person) : standInText(n.text.trim());
    return (/^\s/.test(n.text) ? ' ' : '') + esc(text) + (/\s$/.test(n.text) ? ' ' : '');
  };
  const close = (depth) => {
    while (open.length && open.at(-1).depth >= depth) {
      const n = open.pop();
      if (n.story) story = -1;
      out.push(`${'  '.repeat(n.depth)}</${n.tag}>`);
    }
  };
  for (const [i, n] of nodes.entries()) {
    if (n.inlined) continue;
    close(n.depth);
    const pad = '  '.repeat(n.depth);
    if (n.note) out.push(`${pad}<!-- ${esc(n.note)} -->`);
    else if (n.text !== undefined) out.push(pad + textOf(n, story));
    else {
      const attrs = n.attrs.map(([k, v]) => {
        // Titles and aria-* values were shaped like texts; classes, hooks, ids and addresses are the page's code.
        const shaped = k === 'title' || k.startsWith('aria-');
        const value = shaped ? (k === 'title' && story >= 0 && timeToken(v, minutesOf(story), true)) || standInText(v) : standInIds(v);
        return ` ${k}="${value.startsWith('{{') ? value : esc(value)}"`;
      });
      const isStory = stories.includes(n);
      if (isStory) story = stories.indexOf(n);
      const tag = n.tag;
      const [only, after] = [nodes[i + 1], nodes[i + 2]];
      if (!VOID.has(tag) && only?.text !== undefined && only.depth === n.depth + 1 && (!after || after.depth <= n.depth)) {
        // An element holding one text is written on one line, with no spaces the page did not have.
        only.inlined = true;
        out.push(`${pad}<${tag}${attrs.join('')}>${textOf(only, story)}</${tag}>`);
        if (isStory) story = -1;
        continue;
      }
      out.push(`${pad}<${tag}${attrs.join('')}>${n.left && !VOID.has(tag) ? `<!-- ${n.left} -->` : ''}`);
      if (!VOID.has(tag)) open.push({ depth: n.depth, tag, story: isStory });
    }
  }
  close(0);
  const address = ORIGIN + standInIds(report.address);
  const head = `<!doctype html>\n<!-- address: ${address} -->\n<!-- made from a page report (${esc(report.pageKind)}, ${esc(report.made)}, extension ${esc(report.extension)}): the reader said ${esc(report.reader?.verdict ?? '-')}, missing ${esc(report.reader?.missing.join(', ') || '-')} -->\n<html>\n<head><meta charset="utf-8" /><title>Upwork</title></head>\n`;
  return { html: `${head}${out.join('\n')}\n</html>\n`, address };
}

// The command: read a report file, write the page, say where it is and at which address it is read.
if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const [file, name] = process.argv.slice(2);
  if (!file) {
    console.error('usage: npm run fixture -- report.json [name]');
    process.exit(2);
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(report.outline) || !report.outline.length) {
    console.error(`${file}: the report has no outline (${report.note ?? 'not a page report'})`);
    process.exit(1);
  }
  const base = name ?? `report-${report.made}-${report.pageKind}`;
  let target = `tests/fixtures/pages/${base}.html`;
  for (let i = 2; existsSync(target); i++) target = `tests/fixtures/pages/${base}-${i}.html`;
  const { html, address } = pageFromReport(report);
  writeFileSync(target, html);
  console.log(`${target}\nread at ${address}`);
}

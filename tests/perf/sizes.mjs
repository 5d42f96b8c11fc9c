// What a page of each kind loads from the built extension, gzipped: every content script (JS and CSS)
// whose match patterns cover its address, with the chunks they import; and the popup's entry files.
// Shared by the benchmark and the size-budget test, so both count the same bytes.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** A sample address of each page kind the extension reads. */
export const PAGE_KINDS = {
  messages: 'https://www.upwork.com/ab/messages/rooms/room_0123456789abcdef0123456789abcdef',
  proposals: 'https://www.upwork.com/nx/proposals/',
  invitation: 'https://www.upwork.com/nx/proposals/interview/1234567890',
};

/** Whether a manifest match pattern (scheme://host/path with * wildcards) covers an address. */
export const covers = (pattern, url) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(url);

/** The files these entries load: each and every chunk it imports, transitively. */
function withImports(dir, entries) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!file.endsWith('.js')) return;
    const code = readFileSync(`${dir}/${file}`, 'utf8');
    for (const m of code.matchAll(/from\s*"\.\/([\w.-]+\.js)"/g)) visit(`${file.slice(0, file.lastIndexOf('/') + 1)}${m[1]}`);
  };
  entries.forEach(visit);
  return [...seen];
}
const gzipped = (dir, files) => files.reduce((sum, f) => sum + gzipSync(readFileSync(`${dir}/${f}`)).length, 0);

/** Gzipped bytes a page at `url` loads: every matching content script's JS and CSS. */
export function pageBytes(dir, url) {
  const manifest = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8'));
  const files = manifest.content_scripts
    .filter((c) => c.matches.some((p) => covers(p, url)))
    .flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]);
  return { files, bytes: gzipped(dir, withImports(dir, files)) };
}

/** Gzipped bytes of the popup's entry files: the scripts and style sheets popup.html names, with their imports. */
export function popupBytes(dir) {
  const html = readFileSync(`${dir}/popup.html`, 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/((?:chunks|assets)\/[\w.-]+\.(?:js|css))"/g)].map((m) => m[1]);
  return { files, bytes: gzipped(dir, withImports(dir, files)) };
}

export const backgroundBytes = (dir) => gzipped(dir, ['background.js']);

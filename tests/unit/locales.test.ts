// Every user-facing string comes from _locales: English ships, Spanish proves it works.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Catalogue = Record<string, { message: string }>;
const load = (lang: string): Catalogue => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));
const en = load('en');
const langs = readdirSync('public/_locales');
const placeholders = (m: string) =>
  [...m.matchAll(/\$(\d)/g)]
    .map((x) => x[1])
    .sort()
    .join();

describe('the message catalogues', () => {
  it('ship English and Spanish', () => expect(langs.sort()).toEqual(['en', 'es']));
  it.each(langs)('%s has every key, with the same placeholders, and no empty message', (lang) => {
    const cat = load(lang);
    expect(Object.keys(cat).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries(cat)) {
      expect([key, message.trim().length > 0]).toEqual([key, true]);
      expect([key, placeholders(message)]).toEqual([key, placeholders(en[key].message)]);
    }
  });
  it('every plural has both forms, and every key the code builds exists', () => {
    const source = ['components', 'utils', 'entrypoints'].flatMap((dir) =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.tsx?$/.test(f))
        .map((f) => readFileSync(`${dir}/${f}`, 'utf8')),
    );
    const plurals = source.flatMap((s) => [...s.matchAll(/plural\('(\w+)'/g)].map((m) => m[1]));
    expect(plurals.length).toBeGreaterThan(0);
    for (const p of plurals) for (const form of ['one', 'other']) expect(en[`${p}_${form}`], `${p}_${form}`).toBeDefined();
    for (const code of ['panel', 'rows', 'unreadable', 'conversation', 'messages']) expect(en[`missing_${code}`]).toBeDefined();
  });
});

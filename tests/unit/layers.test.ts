// The folders are the architecture: each layer imports only from the layers
// below it, and no file imports itself back through others.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Lowest first. */
const LAYERS = [
  'utils/model',
  'utils/upwork',
  'utils/report',
  'utils/text',
  'utils/rules',
  'utils/protocol',
  'utils/storage',
  'utils/browser',
  'components',
  'entrypoints',
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(name) ? [p] : [];
  });
}
const files = ['utils', 'components', 'entrypoints'].flatMap(sources);
const layerOf = (file: string) => LAYERS.findIndex((l) => file.startsWith(l + '/'));

function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith('@/') ? spec.slice(2) : spec.startsWith('.') ? path.join(path.dirname(from), spec) : null;
  if (base === null) return null;
  return [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((c) => files.includes(c)) ?? null;
}
const imports = new Map(
  files.map((f) => [
    f,
    [...readFileSync(f, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)]
      .map((m) => resolve(f, m[1]))
      .filter((x): x is string => !!x),
  ]),
);

describe('the layout', () => {
  it('puts every source file in a layer', () => {
    expect(files.filter((f) => layerOf(f) < 0)).toEqual([]);
  });
  it('imports only downhill: a layer never imports from a layer above it', () => {
    const uphill = [...imports].flatMap(([f, deps]) => deps.filter((d) => layerOf(d) > layerOf(f)).map((d) => `${f} -> ${d}`));
    expect(uphill).toEqual([]);
  });
  it('has no import cycles', () => {
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (f: string, trail: string[]) => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') return void cycles.push([...trail.slice(trail.indexOf(f)), f].join(' -> '));
      state.set(f, 'open');
      for (const d of imports.get(f) ?? []) visit(d, [...trail, f]);
      state.set(f, 'done');
    };
    files.forEach((f) => visit(f, []));
    expect(cycles).toEqual([]);
  });
  it('calls browser.action in one file, and spells upwork.com in one', () => {
    const using = (re: RegExp) => files.filter((f) => re.test(readFileSync(f, 'utf8')));
    expect(using(/setBadgeText/)).toEqual(['entrypoints/background/badge.ts']);
    expect(using(/upwork\.com/)).toEqual(['utils/upwork/addresses.ts']);
  });
});

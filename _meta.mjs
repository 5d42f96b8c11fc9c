import { build } from 'esbuild';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
const entry = process.argv[2];
const r = await build({ entryPoints: [entry], bundle: true, write: false, minify: true, format: 'iife', metafile: true, alias: { '@': resolve('.') }, loader: { '.css': 'empty' }, logLevel: 'silent',
  plugins: [{ name: 'wxt', setup(b) { b.onResolve({ filter: /^wxt\/browser$/ }, () => ({ path: resolve('node_modules/wxt/dist/browser.mjs') })); } }] });
const out = Object.values(r.metafile.outputs)[0];
console.log('total min', out.bytes, 'gz', gzipSync(r.outputFiles[0].contents).length);
const by = Object.entries(out.inputs).map(([k, v]) => [k, v.bytesInOutput]).sort((a, b) => b[1] - a[1]);
for (const [k, v] of by.slice(0, 45)) console.log(String(v).padStart(7), k);

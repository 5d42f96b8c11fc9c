// What each module costs in each built chunk: `COSTS=bench/module-costs.jsonl UNMINIFIED=1 npx wxt build`
// appends one line per chunk (its modules, each with its rendered bytes and those bytes gzipped alone),
// then `node tests/perf/module-costs.mjs bench/module-costs.jsonl upwork 30` lists a chunk's top modules.
// Gzipped alone a module counts about twice what it adds to the minified, gzipped chunk: the list ranks, it does not sum.
import { appendFileSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

/** The Vite plugin (wxt.config.ts adds it when COSTS names a file). */
export const moduleCosts = (out) => ({
  name: 'reply-window:module-costs',
  generateBundle(_options, bundle) {
    for (const [file, chunk] of Object.entries(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const modules = Object.entries(chunk.modules).map(([id, m]) => ({
        id: id.replace(/^.*\/node_modules\//, 'node_modules/').replace(process.cwd() + '/', ''),
        rendered: m.renderedLength,
        gzipped: m.code ? gzipSync(m.code).length : 0,
      }));
      appendFileSync(out, `${JSON.stringify({ file, dynamicImports: chunk.dynamicImports, modules })}\n`);
    }
  },
});

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [file, chunkName = '', top = '25'] = process.argv.slice(2);
  for (const line of readFileSync(file, 'utf8').trim().split('\n')) {
    const chunk = JSON.parse(line);
    if (!chunk.file.includes(chunkName)) continue;
    const sum = chunk.modules.reduce((s, m) => s + m.gzipped, 0);
    console.log(
      `\n${chunk.file}: modules gzipped alone ${(sum / 1024).toFixed(1)} kB; loads on demand: ${chunk.dynamicImports.join(', ') || 'nothing'}`,
    );
    for (const m of chunk.modules.sort((a, b) => b.gzipped - a.gzipped).slice(0, Number(top)))
      console.log(`${String(m.gzipped).padStart(6)} ${String(m.rendered).padStart(7)}  ${m.id}`);
  }
}

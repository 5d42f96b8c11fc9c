// Every relative link and image in every Markdown file of the repository resolves to a file
// or a folder that exists (README, docs/, PRIVACY, CONTRIBUTING, CHANGELOG, the fixtures' README …).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Built, installed or generated: not the repository's own documents. */
const SKIP = new Set(['node_modules', '.git', '.output', '.wxt', 'test-results', 'playwright-report']);

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (SKIP.has(name)) return [];
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? markdownFiles(p) : name.endsWith('.md') ? [p] : [];
  });
}

/** The link targets of a document, outside code: [text](target), ![alt](src), [ref]: target, <img src>, <a href>. */
function linkTargets(markdown: string): string[] {
  const prose = markdown.replace(/^(```|~~~)[^]*?^\1/gm, '').replace(/`[^`\n]*`/g, '');
  const inline = [...prose.matchAll(/!?\[(?:[^\]\\]|\\.)*\]\(\s*<?([^)\s>]+)>?(?:\s+["'(][^)]*)?\)/g)].map((m) => m[1]);
  const refs = [...prose.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)].map((m) => m[1]);
  const html = [...prose.matchAll(/<(?:img|a|source)\b[^>]*?\s(?:src|href|srcset)=["']([^"']+)["']/gi)].map((m) => m[1]);
  return [...inline, ...refs, ...html];
}

const isRelative = (target: string) => !/^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(target);

const files = markdownFiles('.');

describe('the Markdown documents', () => {
  it('are found: README, PRIVACY, CONTRIBUTING, CHANGELOG, docs/ and the fixtures README', () => {
    for (const f of ['README.md', 'PRIVACY.md', 'CONTRIBUTING.md', 'CHANGELOG.md', 'tests/fixtures/README.md']) expect(files).toContain(f);
    expect(files.some((f) => f.startsWith('docs/'))).toBe(true);
  });
  it('reads links, images and references, not code', () => {
    const sample = '[a](docs/x.md#y) ![p](pic.png "t") `[c](no.md)`\n```\n[d](no2.md)\n```\n[r]: ./ref.md\n<img src="i.svg" alt="">';
    expect(linkTargets(sample)).toEqual(['docs/x.md#y', 'pic.png', './ref.md', 'i.svg']);
  });
  it.each(files)('%s: every relative link and image resolves', (file) => {
    const broken = linkTargets(readFileSync(file, 'utf8'))
      .filter(isRelative)
      .filter((target) => {
        const clean = decodeURI(target.replace(/[#?].*$/, ''));
        if (!clean) return false;
        const resolved = clean.startsWith('/') ? path.join('.', clean) : path.join(path.dirname(file), clean);
        return !existsSync(resolved);
      });
    expect(broken).toEqual([]);
  });
});

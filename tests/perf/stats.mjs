// Median and 95th percentile of a list of numbers, and the table the benchmark prints.
export function summary(values) {
  const s = [...values].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  return { median: q(0.5), p95: q(0.95), runs: s.length };
}

/** A figure as the table shows it: whole above 100, two decimals below. */
export const fmt = (v) => (v === null || v === undefined ? '–' : Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(2));

/** "NO: p95 4.1 ms over" (or "1.6x"): by how much a figure misses, from the number in its target. */
function gap(row) {
  const limit = Number(row.target.match(/(\d+(?:\.\d+)?)/)?.[1]);
  if (Number.isNaN(limit)) return 'NO';
  // A target that says "median" is judged on the median, every other on the p95.
  const [name, value] = row.target.startsWith('median') ? ['median', row.median] : ['p95', row.p95];
  const over = value - limit;
  return `NO: ${name} ${fmt(over)}${row.unit === 'ratio' || row.unit === 'tasks' ? '' : ` ${row.unit}`} over${limit > 0 ? ` (${(value / limit).toFixed(1)}x)` : ''}`;
}

/** The Markdown table: one line per figure, 1x and 4x side by side. */
export function figureTable(rows) {
  const figures = [...new Set(rows.map((r) => r.figure))];
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [
    line(['figure', '1x median', '1x p95', '4x median', '4x p95', 'target (1x)', 'met']),
    line(['---', '---:', '---:', '---:', '---:', '---', '---']),
    ...figures.map((f) => {
      const a = rows.find((r) => r.figure === f && r.cpu === 1);
      const b = rows.find((r) => r.figure === f && r.cpu === 4);
      const u = a.unit === 'ms' ? ' ms' : ` ${a.unit}`;
      return line([
        f.replace(/^ +/, '… '),
        fmt(a.median) + u,
        fmt(a.p95) + u,
        b ? fmt(b.median) + u : '–',
        b ? fmt(b.p95) + u : '–',
        a.target,
        a.met === null ? '–' : a.met ? 'yes' : gap(a),
      ]);
    }),
  ].join('\n');
}

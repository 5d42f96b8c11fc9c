import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fillTimeTokens } from '../demo/upwork-time-text.js';
import { buildReport, reportFile } from '@/utils/report/report';
it('x', () => {
  const NOW = new Date(2026, 10, 20, 15, 0);
  const html = fillTimeTokens(readFileSync('tests/fixtures/pages/list-and-room-2026.html', 'utf8'), NOW);
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const r = buildReport(doc, 'https://www.upwork.com/ab/messages/rooms/room_000000000000000000000000000000a1?sidebar=true', NOW.getTime(), { version: '0.1.0', browser: 'Chrome 156' });
  console.log(reportFile(r));
});

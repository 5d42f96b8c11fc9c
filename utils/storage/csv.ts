// The response log as CSV: one row per answer, ISO times, RFC 4180 quoting.
import { responseMs } from '@/utils/rules/stats';
import type { LogEntry, Thread } from '@/utils/model/types';
import { MINUTE } from '@/utils/model/time';

const HEADER = [
  'room_id',
  'client',
  'job_title',
  'kind',
  'client_wrote_at',
  'client_time_exact',
  'replied_at',
  'reply_time_exact',
  'response_minutes',
  'on_contract',
  'reply_target',
  'direct_messages',
];

/** Which target applied: Upwork's windows, or the terms agreed with this client ("agreed 4 h, working hours Mon-Fri 09:00-18:00"). */
export function targetCell(e: LogEntry): string {
  const terms = e.terms;
  if (!terms) return 'upwork 2h/24h' + (e.contract ? '/7d' : '');
  const w = terms.working;
  const hours = w ? ` working hours days ${[...w.days].sort().join('')} ${w.start}-${w.end}${w.end < w.start ? ' overnight' : ''}` : '';
  return `agreed ${terms.hours}h${hours}` + (e.contract ? ' + upwork 7d' : '');
}

/** Quotes when needed; a cell that a spreadsheet would run as a formula is defused with a leading apostrophe. */
export function csvCell(value: string | number | boolean): string {
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function logToCsv(log: LogEntry[], threads: ReadonlyMap<string, Thread>): string {
  const rows = log.map((e) => {
    const t = threads.get(e.roomId);
    return [
      e.roomId,
      t?.name ?? '',
      t?.title ?? '',
      e.kind,
      new Date(e.clientAt).toISOString(),
      e.clientExact,
      new Date(e.replyAt).toISOString(),
      e.replyExact,
      Math.round(responseMs(e) / MINUTE),
      e.contract,
      targetCell(e),
      // Tagged Direct Messages: Upwork's tag does not count this reply.
      !!t?.direct,
    ];
  });
  return [HEADER, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

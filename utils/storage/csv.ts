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
];

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
    ];
  });
  return [HEADER, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

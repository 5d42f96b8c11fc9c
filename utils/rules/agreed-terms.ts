// Where a room with agreed reply terms stands: the agreed target replaces the
// 2-hour and 24-hour windows; Upwork's 7-day policy on an active contract
// still runs in real time (no agreement suspends it).
import type { AgreedTerms, Contract, ReplyState, ReplyStatus, WindowLengths, WindowName } from '@/utils/model/types';
import { termsDeadline } from './working-hours';

const ORDER: ReplyState[] = ['on-time', 'late', 'overdue', 'breach'];
const worse = (a: ReplyState, b: ReplyState) => (ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b);

/** The windows of a room with agreed terms, soonest first: the agreed one stands in the 'expected' slot. */
export function agreedWindows(since: number, contract: Contract, terms: AgreedTerms, lengths: WindowLengths) {
  const ends: { name: WindowName; end: number; after: ReplyState }[] = [
    { name: 'expected', end: termsDeadline(since, terms), after: 'overdue' },
  ];
  if (contract === 'active') ends.push({ name: 'policy', end: since + lengths.policy, after: 'breach' });
  return ends.sort((a, b) => a.end - b.end);
}

export function agreedStatus(since: number, contract: Contract, now: number, lengths: WindowLengths, terms: AgreedTerms): ReplyStatus {
  const ends = agreedWindows(since, contract, terms, lengths);
  let state: ReplyState = 'on-time';
  let missed: (typeof ends)[number] | null = null;
  for (const w of ends) {
    if (now < w.end)
      return {
        state,
        open: w.name,
        missed: missed?.name ?? null,
        deadline: w.end,
        nextChangeAt: Number.isFinite(w.end) ? w.end : null,
        terms,
      };
    state = worse(state, w.after);
    missed = w;
  }
  return { state, open: null, missed: missed!.name, deadline: missed!.end, nextChangeAt: null, terms };
}

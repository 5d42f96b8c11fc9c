// The signal a quiet, visible Messages page sends: observations come only after DOM changes, so without
// it the view would turn "old" after staleAfterHours (15 minutes at the least) while the user watches.
// Invariant: while the tab is visible (online, its room list watched, nothing waiting to be read), the view is current.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Observation } from '@/utils/model/types';

export const STILL_WATCHING_MS = 5 * 60_000;

/** The last observation the page sent: what the signal repeats of the page. */
export interface LastSent {
  at: number;
  layout: Observation['layout'];
  missing: string[];
}

/** What the watcher knows of its page right now. */
export interface PageNow {
  online: boolean;
  visible: boolean;
  messagesPage: boolean;
  /** The room list is mounted and observed, and no read is pending. */
  listWatched: boolean;
}

/**
 * Nothing changed on a watched page since `last`: that is a read of every mounted row, sent with no row
 * (cheap). Null while it is not quiet long enough, or the page is not updating, hidden, or not recognised.
 */
export function stillWatching(last: LastSent | null, page: PageNow, now: number): Observation | null {
  if (!last || now - last.at < STILL_WATCHING_MS || last.layout === 'unrecognised') return null;
  if (!page.online || !page.visible || !page.messagesPage || !page.listWatched) return null;
  return { seenAt: now, layout: last.layout, missing: last.missing, rows: [], open: null, selfName: null };
}

/** Every STILL_WATCHING_MS, sends the signal when it is due; `page()`: what the watcher knows right now. */
export class StillWatching {
  private last: LastSent | null = null;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly page: () => PageNow,
    private readonly send: (obs: Observation) => void,
  ) {}

  start(): void {
    this.ctx.setTimeout(() => {
      const signal = stillWatching(this.last, this.page(), Date.now());
      if (signal) this.send(signal);
      this.start();
    }, STILL_WATCHING_MS);
  }

  /** The page sent an observation (the signal included). */
  sent(obs: Observation): void {
    this.last = { at: obs.seenAt, layout: obs.layout, missing: obs.missing };
  }
}

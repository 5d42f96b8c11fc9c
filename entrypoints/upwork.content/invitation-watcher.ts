// Watches the proposals page and invitation pages (not the Messages page: that
// is page-watcher.ts). Reads invitations a short while after the page changes,
// and notices the user's own accept or decline. Never clicks anything.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { InvitationObservation } from '@/utils/model/types';
import type { InvitationsAck } from '@/utils/protocol/messages';
import { INVITATION_PATH, isProposalsPage } from '@/utils/upwork/addresses';
import { answerOfClick, readInvitationsPage } from '@/utils/upwork/read-invitations';

const DEBOUNCE_MS = 300;
/** How long the app may take to render before we call the layout unrecognised. */
const LAYOUT_WAIT_MS = 5_000;
const RETRY_MS = [500, 1_000, 2_000, 5_000];

export class InvitationWatcher {
  private observer: MutationObserver | null = null;
  private timer: number | null = null;
  private startedAt = 0;
  /** What the worker last acknowledged (without its time): the same read is not sent again. */
  private lastSent = '';
  private failures = 0;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly doc: Document,
    private readonly send: (obs: InvitationObservation) => Promise<InvitationsAck | undefined>,
  ) {}

  start(): void {
    this.ctx.addEventListener(window, 'wxt:locationchange', () => this.restart());
    // The user's own answer, seen as it happens (capture: the page may stop the event later).
    this.ctx.addEventListener(this.doc, 'click', (e) => this.onClick(e), { capture: true, passive: true });
    this.ctx.onInvalidated(() => this.observer?.disconnect());
    this.restart();
  }

  private restart(): void {
    this.observer?.disconnect();
    this.observer = null;
    if (!isProposalsPage(location.href)) return;
    this.startedAt = Date.now();
    this.lastSent = '';
    this.observer = new MutationObserver(() => this.schedule(DEBOUNCE_MS));
    this.observer.observe(this.doc.body, { childList: true, subtree: true, characterData: true });
    this.schedule(0);
  }

  private schedule(ms: number): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = this.ctx.setTimeout(() => {
      this.timer = null;
      void this.read();
    }, ms);
  }

  private async read(): Promise<void> {
    if (!isProposalsPage(location.href)) return;
    const obs = readInvitationsPage(this.doc, location.pathname, Date.now());
    // The app renders after load: "unrecognised" only once it had time to.
    const wait = this.startedAt + LAYOUT_WAIT_MS - Date.now();
    if (obs.layout === 'unrecognised' && wait > 0) return this.schedule(wait);
    await this.deliver(obs);
  }

  private async deliver(obs: InvitationObservation): Promise<void> {
    const key = JSON.stringify({ ...obs, seenAt: 0 });
    if (key === this.lastSent) return;
    const ack = await this.send(obs).catch(() => undefined);
    if (!ack?.ok) {
      // The worker may be restarting: read again later (a fresh read, not the stale one).
      this.schedule(RETRY_MS[Math.min(this.failures++, RETRY_MS.length - 1)]);
      return;
    }
    this.failures = 0;
    this.lastSent = key;
  }

  private onClick(e: Event): void {
    const id = INVITATION_PATH.exec(location.pathname)?.[1];
    const how = id ? answerOfClick(e.target instanceof Element ? e.target : null) : null;
    if (!id || !how) return;
    void this.deliver({ seenAt: Date.now(), page: 'invitation', layout: 'ok', missing: [], invitations: [], answered: { id, how } });
  }
}

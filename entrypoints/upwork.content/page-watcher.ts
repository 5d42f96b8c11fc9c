// Watches Upwork's Messages page while the tab is visible: reads only the rows
// and the conversation that changed, a short while after they change, and
// never clicks, opens or scrolls anything. DOM in, observations out.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Observation } from '@/utils/model/types';
import type { ObservationAck } from '@/utils/protocol/messages';
import { isMessagesPage } from '@/utils/upwork/addresses';
import { AnsweredRows } from './answered';
import { WholeRead, type ReadHost } from './first-read';
import { LabelTurns } from './label-turns';
import { PageMarks } from './marks';
import { RowChanges } from './row-changes';
import { WatchTargets } from './watch-targets';
import { StillWatching } from './still-watching';

const DEBOUNCE_MS = 120;
/** How long the app may take to render before we call the layout unrecognised. */
const LAYOUT_WAIT_MS = 10_000;

export class PageWatcher {
  private readonly marks: PageMarks;
  private readonly answered = new AnsweredRows();
  private readonly changes = new RowChanges((row, id, remounted) => {
    if (id && !remounted) this.answered.forget(id);
    this.marks.untrack(row);
  });
  private selfName: string | null = null;
  private fullRead = true;
  private readonly whole: WholeRead;
  private readonly still: StillWatching;
  private batchStart = 0;
  private timer: number | null = null;
  private readonly targets: WatchTargets;
  private online = true;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly doc: Document,
    private readonly emit: (obs: Observation) => void,
  ) {
    this.targets = new WatchTargets(doc, (records) => this.onMutations(records));
    const turns = new LabelTurns(ctx, (now) => this.marks.turn(now));
    this.marks = new PageMarks((at) => turns.at(at));
    this.whole = new WholeRead(this.hostOf());
    // A quiet, visible page says it is still watching (see still-watching.ts).
    this.still = new StillWatching(
      ctx,
      () => this.pageNow(),
      (obs) => this.send(obs),
    );
  }

  start(): void {
    this.ctx.addEventListener(this.doc, 'visibilitychange', () => this.onVisibility());
    this.ctx.addEventListener(window, 'wxt:locationchange', (e) => this.onLocation(e.oldUrl.href));
    // A visible tab whose page stopped updating saw nothing: like hidden, then read everything again.
    this.ctx.addEventListener(window, 'offline', () => {
      this.online = false;
      this.forgetHistory();
    });
    this.ctx.addEventListener(window, 'online', () => {
      this.online = true;
      this.restart();
    });
    this.ctx.onInvalidated(() => this.targets.disconnect());
    this.restart();
    this.still.start();
  }

  private deliver(obs: Observation, since: number): void {
    this.answered.note(obs, since);
    this.send(obs);
  }

  private pageNow = () => ({
    online: this.online,
    visible: this.visible(),
    messagesPage: isMessagesPage(location.href),
    listWatched: !this.fullRead && this.timer === null && this.targets.listWatched,
  });

  private send(obs: Observation): void {
    this.still.sent(obs);
    this.emit(obs);
  }

  /** The version of the marks this page holds, sent with each observation. */
  get marksVersion(): string | undefined {
    return this.marks.version;
  }

  /** The worker's answer: which rooms changed their wait, and the freelancer's name. */
  onAck(ack: ObservationAck): void {
    this.selfName = ack.selfName ?? this.selfName;
    this.marks.apply(ack, Date.now());
  }

  /** The sender had to drop observations: read every mounted row again. */
  readEverything(): void {
    // A read in slices under way may have sent slices the sender dropped: it starts again.
    this.whole.cancel();
    this.fullRead = true;
    this.schedule();
  }

  private visible = () => this.doc.visibilityState === 'visible';

  /** What happened while not watched was not seen: the rows' history goes, and a read under way with it. */
  private forgetHistory(): void {
    this.answered.clear();
    this.whole.cancel();
  }

  private restart(): void {
    this.whole.cancel();
    this.fullRead = true;
    this.changes.conversation = true;
    this.whole.layoutDeadline = Date.now() + LAYOUT_WAIT_MS;
    this.targets.attach();
    this.schedule();
  }

  /** Another room opened: read its conversation. Only arriving from outside Messages reads every row again. */
  private onLocation(oldUrl: string): void {
    if (!isMessagesPage(oldUrl)) return this.restart();
    this.changes.conversation = true;
    this.targets.attach();
    this.schedule();
  }

  private onVisibility(): void {
    if (!this.visible()) return this.forgetHistory();
    this.restart();
  }

  private onMutations(records: MutationRecord[]): void {
    if (!this.batchStart) this.batchStart = Date.now();
    this.changes.note(records, this.targets.viewport, this.targets.both);
    this.schedule();
  }

  private schedule(): void {
    if (this.timer !== null) return;
    this.timer = this.ctx.setTimeout(() => {
      this.timer = null;
      this.read();
    }, DEBOUNCE_MS);
  }

  private read(): void {
    // A read in slices is under way: its last slice asks for what changed meanwhile.
    if (this.whole.busy) return;
    const since = this.batchStart || Date.now();
    this.batchStart = 0;
    if (!this.visible() || !isMessagesPage(location.href)) return;
    try {
      // Looking for the list and the conversation scans the page: only when something says they moved.
      if (this.fullRead || this.changes.reattach || this.targets.stale) this.targets.attach();
      this.changes.reattach = false;
      const now = Date.now();
      if (this.fullRead) return this.whole.start(now, since);
      const { rows, obs } = this.changes.read(this.doc, location.href, now, this.selfName);
      // Mark the rows just read from what is known, before the worker answers: a replaced row keeps its mark.
      this.marks.track(rows, now);
      if (obs) this.deliver(obs, since);
    } catch (err) {
      this.failed(err);
    }
  }

  /** The watcher as the whole read sees it (first-read.ts). */
  private hostOf(): ReadHost {
    return {
      doc: this.doc,
      selfName: () => this.selfName,
      watchable: () => this.visible() && this.online && isMessagesPage(location.href),
      later: (fn, ms) => void this.ctx.setTimeout(fn, ms),
      track: (els, now) => this.marks.track(els, now),
      deliver: (obs, since) => this.deliver(obs, since),
      done: (again) => {
        this.fullRead = again;
        // Rows that changed while it was read in slices.
        if (this.changes.rows.size) this.schedule();
      },
      schedule: () => this.schedule(),
      failed: (err) => this.failed(err),
    };
  }

  private failed(err: unknown): void {
    // A page we do not understand must never break Upwork: read everything again next time.
    console.warn('Reply Window: could not read the page', err);
    this.changes.clear();
    this.whole.cancel();
    this.fullRead = true;
  }
}

// Watches Upwork's Messages page while the tab is visible: reads only the rows
// and the conversation that changed, a short while after they change, and
// never clicks, opens or scrolls anything. DOM in, observations out.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { MINUTE } from '@/utils/model/time';
import type { Observation, WindowLengths } from '@/utils/model/types';
import type { MarkedRoom, ObservationAck } from '@/utils/protocol/messages';
import { WINDOWS } from '@/utils/rules/reply-windows';
import { isMessagesPage, roomIdOf } from '@/utils/upwork/addresses';
import { readChanges, readPage } from '@/utils/upwork/read-page';
import { findRowElements } from '@/utils/upwork/read-rooms';
import { pick, SEL } from '@/utils/upwork/selectors';
import { applyMarks } from './marks';

const DEBOUNCE_MS = 120;
/** How long the app may take to render before we call the layout unrecognised. */
const LAYOUT_WAIT_MS = 10_000;
const RELABEL_MS = MINUTE;
const ROW = SEL.row.join(', ');

export class PageWatcher {
  private awaiting = new Map<string, MarkedRoom>();
  private lengths: WindowLengths = WINDOWS;
  private selfName: string | null = null;
  /** Rows seen answered ("You:") and watched without a break since. */
  private answered = new Set<string>();
  private dirtyRows = new Set<Element>();
  private dirtyConversation = false;
  private fullRead = true;
  private batchStart = 0;
  private timer: number | null = null;
  private observer: MutationObserver;
  private watching: Element[] = [];
  private layoutDeadline = 0;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly doc: Document,
    private readonly emit: (obs: Observation) => void,
  ) {
    this.observer = new MutationObserver((records) => this.onMutations(records));
  }

  start(): void {
    this.ctx.addEventListener(this.doc, 'visibilitychange', () => this.onVisibility());
    this.ctx.addEventListener(window, 'wxt:locationchange', () => this.restart());
    this.ctx.setInterval(() => this.relabel(), RELABEL_MS);
    this.ctx.onInvalidated(() => this.observer.disconnect());
    this.restart();
  }

  /** The worker's answer: which rooms await, and the freelancer's name. */
  onAck(ack: ObservationAck): void {
    this.selfName = ack.selfName ?? this.selfName;
    this.awaiting = new Map(ack.awaiting.map((r) => [r.roomId, r]));
    this.lengths = ack.lengths;
    this.relabel();
  }

  private restart(): void {
    this.fullRead = true;
    this.dirtyConversation = true;
    this.layoutDeadline = Date.now() + LAYOUT_WAIT_MS;
    this.attach();
    this.schedule();
  }

  private onVisibility(): void {
    // What happened while hidden was not watched: forget the rows' history, read everything again.
    if (this.doc.visibilityState !== 'visible') return this.answered.clear();
    this.restart();
  }

  /** Observe the room list and the conversation; the whole app only until they appear. */
  private attach(): void {
    const targets = [this.doc.querySelector(SEL.panel), pick(this.doc, SEL.viewport)].filter((e): e is Element => !!e);
    if (targets.length === this.watching.length && targets.every((t, i) => t === this.watching[i])) return;
    this.observer.disconnect();
    this.watching = targets;
    const roots = targets.length === 2 ? targets : [this.doc.querySelector(SEL.appRoot) ?? this.doc.body];
    for (const t of roots) this.observer.observe(t, { childList: true, subtree: true, characterData: true });
  }

  private onMutations(records: MutationRecord[]): void {
    if (!this.batchStart) this.batchStart = Date.now();
    const viewport = this.watching.find((el) => !el.matches(SEL.panel));
    for (const r of records) {
      const target = r.target instanceof Element ? r.target : r.target.parentElement;
      const row = target?.closest(ROW);
      if (row) this.dirtyRows.add(row);
      if (!viewport || viewport.contains(r.target)) this.dirtyConversation = true;
      for (const n of r.addedNodes) if (n instanceof Element) this.addRows(n);
      for (const n of r.removedNodes) if (n instanceof Element) this.forgetRows(n);
    }
    this.schedule();
  }

  private addRows(el: Element): void {
    if (el.matches(ROW)) this.dirtyRows.add(el);
    else for (const row of el.querySelectorAll(ROW)) this.dirtyRows.add(row);
  }

  /** A row that unmounts is not answered; it is only out of sight, so its history is gone. */
  private forgetRows(el: Element): void {
    const rows = el.matches(ROW) ? [el] : Array.from(el.querySelectorAll(ROW));
    for (const row of rows) {
      const id = roomIdOf(row.getAttribute('href'));
      if (id && !row.isConnected) this.answered.delete(id);
    }
  }

  private schedule(): void {
    if (this.timer !== null) return;
    this.timer = this.ctx.setTimeout(() => {
      this.timer = null;
      this.read();
    }, DEBOUNCE_MS);
  }

  private read(): void {
    const since = this.batchStart || Date.now();
    this.batchStart = 0;
    if (this.doc.visibilityState !== 'visible' || !isMessagesPage(location.href)) return;
    try {
      this.attach();
      const now = Date.now();
      const obs = this.fullRead ? this.readAll(now) : this.readChanged(now);
      this.dirtyRows.clear();
      if (!obs) return;
      this.noteAnswered(obs, since);
      this.emit(obs);
      this.relabel();
    } catch (err) {
      // A page we do not understand must never break Upwork: read everything again next time.
      console.warn('Reply Window: could not read the page', err);
      this.dirtyRows.clear();
      this.fullRead = true;
    }
  }

  private readAll(now: number): Observation | null {
    const obs = readPage(this.doc, location.href, now, this.selfName);
    // The app may still be rendering: wait for it before saying the layout is not recognised.
    if (obs.layout === 'unrecognised' && now < this.layoutDeadline) {
      this.ctx.setTimeout(() => this.schedule(), 1_000);
      return null;
    }
    this.fullRead = false;
    return obs;
  }

  private readChanged(now: number): Observation | null {
    const rows = [...this.dirtyRows].filter((r) => r.isConnected);
    const obs = readChanges(this.doc, location.href, rows, this.dirtyConversation, now, this.selfName);
    this.dirtyConversation = false;
    return obs;
  }

  /** A row that turns from "You:" to the client's under our eyes was answered until this batch began. */
  private noteAnswered(obs: Observation, since: number): void {
    for (const row of obs.rows) {
      if (row.lastBy === 'freelancer') this.answered.add(row.roomId);
      else if (this.answered.delete(row.roomId)) row.answeredUntil = since;
    }
  }

  private relabel(): void {
    if (this.doc.visibilityState !== 'visible') return;
    const panel = this.doc.querySelector(SEL.panel) ?? this.doc;
    applyMarks(findRowElements(panel), this.awaiting, this.lengths, Date.now());
  }
}

// Watches Upwork's Messages page while the tab is visible: reads only the rows
// and the conversation that changed, a short while after they change, and
// never clicks, opens or scrolls anything. DOM in, observations out.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Observation } from '@/utils/model/types';
import type { ObservationAck } from '@/utils/protocol/messages';
import { isMessagesPage, roomIdOf } from '@/utils/upwork/addresses';
import { readChanges, readPage } from '@/utils/upwork/read-page';
import { findRowElements } from '@/utils/upwork/read-rooms';
import { pick, SEL } from '@/utils/upwork/selectors';
import { PageMarks } from './marks';
import { stillWatching, STILL_WATCHING_MS, type LastSent } from './still-watching';

const DEBOUNCE_MS = 120;
/** How long the app may take to render before we call the layout unrecognised. */
const LAYOUT_WAIT_MS = 10_000;
const ROW = SEL.row.join(', ');

/** Whether an added element is, or holds, the room list or the conversation (a search of its subtree only). */
const holdsTarget = (el: Element) =>
  [SEL.panel, ...SEL.viewport].some((sel) => el.matches(sel)) || !!el.querySelector(SEL.panel) || !!pick(el, SEL.viewport);

export class PageWatcher {
  private readonly marks = new PageMarks((at) => this.turnAt(at));
  private turnTimer: { at: number; id: number } | null = null;
  private selfName: string | null = null;
  /** Rows seen answered ("You:") and watched without a break since. */
  private answered = new Set<string>();
  private dirtyRows = new Set<Element>();
  private dirtyConversation = false;
  /** The room list or the conversation may have appeared: look for them at the next read. */
  private reattach = false;
  private fullRead = true;
  private batchStart = 0;
  private timer: number | null = null;
  private observer: MutationObserver;
  private watching: Element[] = [];
  private layoutDeadline = 0;
  private last: LastSent | null = null;
  private online = true;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly doc: Document,
    private readonly emit: (obs: Observation) => void,
  ) {
    this.observer = new MutationObserver((records) => this.onMutations(records));
  }

  start(): void {
    this.ctx.addEventListener(this.doc, 'visibilitychange', () => this.onVisibility());
    this.ctx.addEventListener(window, 'wxt:locationchange', (e) => this.onLocation(e.oldUrl.href));
    // A visible tab whose page stopped updating saw nothing: like hidden, then read everything again.
    this.ctx.addEventListener(window, 'offline', () => {
      this.online = false;
      this.answered.clear();
    });
    this.ctx.addEventListener(window, 'online', () => {
      this.online = true;
      this.restart();
    });
    this.ctx.onInvalidated(() => this.observer.disconnect());
    this.restart();
    this.beat();
  }

  /** A quiet, visible page says it is still watching (see still-watching.ts). */
  private beat(): void {
    this.ctx.setTimeout(() => {
      const listWatched = !this.fullRead && this.timer === null && this.watching.some((t) => t.isConnected && t.matches(SEL.panel));
      const page = {
        online: this.online,
        visible: this.doc.visibilityState === 'visible',
        messagesPage: isMessagesPage(location.href),
        listWatched,
      };
      const signal = stillWatching(this.last, page, Date.now());
      if (signal) this.send(signal);
      this.beat();
    }, STILL_WATCHING_MS);
  }

  private send(obs: Observation): void {
    this.last = { at: obs.seenAt, layout: obs.layout, missing: obs.missing };
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
    this.fullRead = true;
    this.schedule();
  }

  private restart(): void {
    this.fullRead = true;
    this.dirtyConversation = true;
    this.layoutDeadline = Date.now() + LAYOUT_WAIT_MS;
    this.attach();
    this.schedule();
  }

  /** Another room opened: read its conversation. Only arriving from outside Messages reads every row again. */
  private onLocation(oldUrl: string): void {
    if (!isMessagesPage(oldUrl)) return this.restart();
    this.dirtyConversation = true;
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
      if (this.watching.length < 2) for (const n of r.addedNodes) if (n instanceof Element && holdsTarget(n)) this.reattach = true;
    }
    // After the additions: a row replaced by a new element for the same room stays watched.
    const remounted = new Set<string>();
    for (const row of this.dirtyRows) if (row.isConnected) remounted.add(roomIdOf(row.getAttribute('href')) ?? '');
    for (const r of records) for (const n of r.removedNodes) if (n instanceof Element) this.forgetRows(n, remounted);
    this.schedule();
  }

  private addRows(el: Element): void {
    if (el.matches(ROW)) this.dirtyRows.add(el);
    else for (const row of el.querySelectorAll(ROW)) this.dirtyRows.add(row);
  }

  /** A row that unmounts is not answered; it is only out of sight, so its history is gone. */
  private forgetRows(el: Element, remounted: Set<string>): void {
    const rows = el.matches(ROW) ? [el] : Array.from(el.querySelectorAll(ROW));
    for (const row of rows) {
      if (row.isConnected) continue;
      const id = roomIdOf(row.getAttribute('href'));
      if (id && !remounted.has(id)) this.answered.delete(id);
      this.marks.untrack(row);
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
      // Looking for the list and the conversation scans the page: only when something says they moved.
      if (this.fullRead || this.reattach || this.watching.some((t) => !t.isConnected)) this.attach();
      this.reattach = false;
      const now = Date.now();
      const full = this.fullRead;
      const rows = full ? findRowElements(this.doc) : [...this.dirtyRows].filter((r) => r.isConnected);
      const obs = full ? this.readAll(now) : this.readChanged(rows, now);
      this.dirtyRows.clear();
      // Mark the rows just read from what is known, before the worker answers: a replaced row keeps its mark.
      for (const row of rows) this.marks.track(row, now);
      if (!obs) return;
      this.noteAnswered(obs, since);
      this.send(obs);
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
    // A page not understood is read whole again next time: an incremental read would not see that it still is not.
    this.fullRead = obs.layout === 'unrecognised';
    return obs;
  }

  private readChanged(rows: Element[], now: number): Observation | null {
    const obs = readChanges(this.doc, location.href, rows, this.dirtyConversation, now, this.selfName);
    this.dirtyConversation = false;
    return obs;
  }

  /** A row that turns from "You:" to the client's under our eyes was answered until this batch began. */
  private noteAnswered(obs: Observation, since: number): void {
    for (const row of obs.rows) {
      // A row without a time (a typing or delivery line in its preview) says nothing of who wrote last.
      if (!row.lastAt) continue;
      if (row.lastBy === 'freelancer') this.answered.add(row.roomId);
      else if (this.answered.delete(row.roomId)) row.answeredUntil = since;
    }
  }

  /** Relabels marks when the earliest of them turns (a minute boundary of its countdown). */
  private turnAt(at: number): void {
    if (this.turnTimer && this.turnTimer.at <= at) return;
    if (this.turnTimer) clearTimeout(this.turnTimer.id);
    const id = this.ctx.setTimeout(
      () => {
        this.turnTimer = null;
        const next = this.marks.turn(Date.now());
        if (next !== null) this.turnAt(next);
      },
      Math.max(0, at - Date.now()) + 5,
    );
    this.turnTimer = { at, id };
  }
}

// What the watcher observes: the room list and the conversation, or the whole app until they appear.
import { pick, SEL } from '@/utils/upwork/selectors';

export class WatchTargets {
  private observer: MutationObserver;
  private watching: Element[] = [];

  constructor(
    private readonly doc: Document,
    onMutations: (records: MutationRecord[]) => void,
  ) {
    this.observer = new MutationObserver(onMutations);
  }

  /** Observe the room list and the conversation; the whole app only until they appear. */
  attach(): void {
    const targets = [this.doc.querySelector(SEL.panel), pick(this.doc, SEL.viewport)].filter((e): e is Element => !!e);
    if (targets.length === this.watching.length && targets.every((t, i) => t === this.watching[i])) return;
    this.observer.disconnect();
    this.watching = targets;
    const roots = targets.length === 2 ? targets : [this.doc.querySelector(SEL.appRoot) ?? this.doc.body];
    for (const t of roots) this.observer.observe(t, { childList: true, subtree: true, characterData: true });
  }

  disconnect(): void {
    this.observer.disconnect();
  }

  /** The watched conversation, if any. */
  get viewport(): Element | undefined {
    return this.watching.find((el) => !el.matches(SEL.panel));
  }

  /** Both the room list and the conversation are watched (not the whole app). */
  get both(): boolean {
    return this.watching.length === 2;
  }

  /** A watched element left the page: look for them again. */
  get stale(): boolean {
    return this.watching.some((t) => !t.isConnected);
  }

  /** The room list is on the page and watched. */
  get listWatched(): boolean {
    return this.watching.some((t) => t.isConnected && t.matches(SEL.panel));
  }
}

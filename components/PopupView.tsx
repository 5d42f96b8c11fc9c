// The popup: when Upwork was last read, then every room awaiting a reply,
// soonest deadline first; snoozed rooms apart, with their real deadline.
import { ago } from '@/utils/format';
import type { UserCommand } from '@/utils/messages';
import type { AwaitingRoom, WindowLengths } from '@/utils/reply-windows';
import type { PageStatus, Thread } from '@/utils/types';
import { DeadlineList } from './DeadlineList';
import { RoomList } from './RoomList';

export interface PopupProps {
  rooms: AwaitingRoom[];
  /** Every known room, for deadlines. */
  threads: Thread[];
  /** Rooms marked "no reply needed" whose client has not written since: they can be undone. */
  dismissed: Thread[];
  status: PageStatus;
  now: number;
  lengths: WindowLengths;
  away: boolean;
  /** A write to the browser's storage failed (quota, aborted transaction): what it said, and when. */
  storageError: { at: number; message: string } | null;
  onOpen: (roomId: string) => void;
  onOpenInbox: () => void;
  onOpenOptions: () => void;
  onOpenStats: () => void;
  send: (cmd: UserCommand) => void;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function PopupView(p: PopupProps) {
  const { rooms, status, now } = p;
  const never = status.lastReadAt === null && status.layout !== 'unrecognised';
  const active = rooms.filter((r) => r.snoozedUntil === null);
  const snoozed = rooms.filter((r) => r.snoozedUntil !== null);
  const list = { now, lengths: p.lengths, onOpen: p.onOpen, send: p.send };
  return (
    <main class="popup">
      <header class="popup-head">
        <h1>Reply Window</h1>
        <p class="read-at" data-testid="read-at">
          {status.lastReadAt === null ? 'Upwork not read yet' : `Upwork read ${ago(now - status.lastReadAt)}`}
        </p>
        <button type="button" class="link-button" onClick={p.onOpenStats}>
          Stats
        </button>
        <button type="button" class="link-button" onClick={p.onOpenOptions}>
          Settings
        </button>
      </header>
      {p.storageError && (
        <section class="notice notice-stale" role="alert" data-state="storage-error">
          <strong>Reply Window could not save what it last read</strong> ({p.storageError.message}). It keeps trying; the list may be
          missing the latest changes.
        </section>
      )}
      {p.away && <p class="notice notice-away">Away mode is on: 2- and 24-hour warnings are silenced for rooms without a contract.</p>}
      {status.layout === 'unrecognised' && (
        <section class="notice notice-stale" role="alert" data-state="layout-unrecognised">
          <strong>Upwork's page layout was not recognised.</strong> Reply Window could not find:{' '}
          {status.missing.join(', ') || 'the room list'}.
          {rooms.length > 0 && ' The rooms below are from the last successful read and may be out of date.'}
        </section>
      )}
      {never ? (
        <section class="notice" data-state="never-opened">
          <p>Open Upwork Messages once so Reply Window can see which clients are waiting for you.</p>
          <button type="button" class="primary" onClick={p.onOpenInbox}>
            Open Upwork Messages
          </button>
        </section>
      ) : active.length === 0 ? (
        status.layout !== 'unrecognised' && (
          <section class="notice notice-clear" data-state="all-answered">
            <p>Nothing owed{snoozed.length ? ' right now' : ''}. Every client message seen so far has an answer.</p>
          </section>
        )
      ) : (
        <RoomList label={`${plural(active.length, 'room')} awaiting your reply, soonest deadline first`} rooms={active} {...list} />
      )}
      {snoozed.length > 0 && (
        <section aria-labelledby="snoozed-head">
          <h2 id="snoozed-head">Snoozed</h2>
          <RoomList label="Snoozed rooms, with their real deadlines" class="snoozed" rooms={snoozed} {...list} />
        </section>
      )}
      {p.dismissed.length > 0 && (
        <section aria-labelledby="dismissed-head">
          <h2 id="dismissed-head">No reply needed</h2>
          <ul class="dismissed">
            {p.dismissed.map((t) => (
              <li key={t.roomId} data-room-id={t.roomId}>
                <span class="room-name">{t.name || 'Unnamed room'}</span>
                <button type="button" onClick={() => p.send({ type: 'user:undo-dismiss', roomId: t.roomId })}>
                  Undo
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {!never && <DeadlineList threads={p.threads} now={now} send={p.send} />}
      {!never && (
        <p class="hint">
          <kbd>↑</kbd> <kbd>↓</kbd> move · <kbd>Enter</kbd> open · <kbd>S</kbd> snooze 1 h · <kbd>N</kbd> no reply needed
        </p>
      )}
    </main>
  );
}

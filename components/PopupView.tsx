// The popup: when Upwork was last read, then every room awaiting a reply, soonest deadline first.
import { ago } from '@/utils/format';
import type { AwaitingRoom } from '@/utils/reply-windows';
import type { PageStatus } from '@/utils/types';
import { RoomItem } from './RoomItem';

export interface PopupProps {
  rooms: AwaitingRoom[];
  status: PageStatus;
  now: number;
  onOpen: (roomId: string) => void;
  onOpenInbox: () => void;
}

export function PopupView({ rooms, status, now, onOpen, onOpenInbox }: PopupProps) {
  const never = status.lastReadAt === null && status.layout !== 'unrecognised';
  return (
    <main class="popup">
      <header class="popup-head">
        <h1>Reply Window</h1>
        <p class="read-at" data-testid="read-at">
          {status.lastReadAt === null ? 'Upwork not read yet' : `Upwork read ${ago(now - status.lastReadAt)}`}
        </p>
      </header>
      {status.layout === 'unrecognised' && (
        <section class="notice notice-stale" role="alert" data-state="layout-unrecognised">
          <strong>Upwork's page layout was not recognised.</strong> Reply Window could not find: {status.missing.join(', ') || 'the room list'}.
          {rooms.length > 0 && ' The rooms below are from the last successful read and may be out of date.'}
        </section>
      )}
      {never ? (
        <section class="notice" data-state="never-opened">
          <p>Open Upwork Messages once so Reply Window can see which clients are waiting for you.</p>
          <button type="button" class="primary" onClick={onOpenInbox}>Open Upwork Messages</button>
        </section>
      ) : rooms.length === 0 ? (
        status.layout !== 'unrecognised' && (
          <section class="notice notice-clear" data-state="all-answered">
            <p>Nothing owed. Every client message seen so far has an answer.</p>
          </section>
        )
      ) : (
        <ul class="rooms" aria-label={`${rooms.length} room${rooms.length === 1 ? '' : 's'} awaiting your reply, soonest deadline first`}>
          {rooms.map((r) => <RoomItem key={r.thread.roomId} room={r} now={now} onOpen={onOpen} />)}
        </ul>
      )}
    </main>
  );
}

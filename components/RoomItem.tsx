// One room awaiting a reply. Page text (names, titles) is rendered as text by Preact, never as HTML.
import { statusText } from '@/utils/format';
import type { AwaitingRoom } from '@/utils/reply-windows';

const APPROX = 'Approximate: Upwork showed only the day or the last message. Open the room on Upwork for the exact time.';

export function RoomItem({ room, now, onOpen }: { room: AwaitingRoom; now: number; onOpen: (roomId: string) => void }) {
  const { thread, status } = room;
  const text = statusText(status, now);
  return (
    <li class="room" data-room-id={thread.roomId} data-reply-window={status.state}>
      <button type="button" class="room-open" onClick={() => onOpen(thread.roomId)} aria-label={`${thread.name || 'Client'}: ${text}${thread.exact ? '' : ', approximate'}. Open on Upwork.`}>
        <span class="room-who">
          <span class="room-name">{thread.name || 'Unnamed room'}</span>
          <span class="room-title">{thread.title}</span>
        </span>
        <span class="room-when">
          <span class={`room-state state-${status.state}`}>{status.state.replace('-', ' ')}</span>
          <span class="room-left">
            {thread.exact ? null : <abbr class="approx" title={APPROX}>≈ </abbr>}
            {text}
          </span>
        </span>
      </button>
    </li>
  );
}

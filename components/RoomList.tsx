// A list of rooms; the arrow keys move between rows, Enter opens one. The first screenful is rendered
// first and the rest just after that frame: the popup shows its list in its first frame whatever the count.
import type { TargetedKeyboardEvent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { UserCommand } from '@/utils/protocol/messages';
import type { WindowLengths } from '@/utils/model/types';
import type { AwaitingRoom } from '@/utils/rules/reply-windows';
import { RoomItem } from './RoomItem';

export interface RoomListProps {
  label: string;
  rooms: AwaitingRoom[];
  lengths: WindowLengths;
  onOpen: (roomId: string) => void;
  send: (cmd: UserCommand) => void;
  class?: string;
}

function moveFocus(e: TargetedKeyboardEvent<HTMLUListElement>) {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const buttons = Array.from(document.querySelectorAll<HTMLButtonElement>('.room-open'));
  const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const next = buttons[Math.max(0, Math.min(buttons.length - 1, i + (e.key === 'ArrowDown' ? 1 : -1)))];
  next?.focus();
  e.preventDefault();
}

/** More than a 580 px popup shows (about ten rows). */
export const FIRST_SCREEN = 15;

export function RoomList({ label, rooms, class: cls, lengths, onOpen, send }: RoomListProps) {
  const [all, setAll] = useState(rooms.length <= FIRST_SCREEN);
  useEffect(() => {
    if (all) return;
    // The next frame's callback runs before it is painted; the timeout after that, once it has been.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setAll(true))));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [all]);
  return (
    <ul class={`rooms ${cls ?? ''}`} aria-label={label} onKeyDown={moveFocus}>
      {(all ? rooms : rooms.slice(0, FIRST_SCREEN)).map((r) => (
        <RoomItem key={r.thread.roomId} room={r} lengths={lengths} onOpen={onOpen} send={send} />
      ))}
    </ul>
  );
}

// A list of rooms; the arrow keys move between rows, Enter opens one.
import type { TargetedKeyboardEvent } from 'preact';
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

export function RoomList({ label, rooms, class: cls, lengths, onOpen, send }: RoomListProps) {
  return (
    <ul class={`rooms ${cls ?? ''}`} aria-label={label} onKeyDown={moveFocus}>
      {rooms.map((r) => (
        <RoomItem key={r.thread.roomId} room={r} lengths={lengths} onOpen={onOpen} send={send} />
      ))}
    </ul>
  );
}

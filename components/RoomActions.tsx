// What the user can tell Reply Window about one room: snooze, "no reply needed", contract.
import { useState } from 'preact/hooks';
import { HOUR } from '@/utils/reply-windows';
import { tomorrowMorning } from '@/utils/room-actions';
import type { AwaitingRoom } from '@/utils/reply-windows';
import type { UserCommand } from '@/utils/messages';
import { localInput } from './DeadlineList';

export interface ActionProps {
  room: AwaitingRoom;
  now: number;
  send: (cmd: UserCommand) => void;
  /** The "no reply needed" confirmation is open (also opened by the N key). */
  confirming: boolean;
  setConfirming: (on: boolean) => void;
}

export function RoomActions({ room, now, send, confirming, setConfirming }: ActionProps) {
  const { roomId, name } = room.thread;
  const [until, setUntil] = useState(localInput(now + 3 * HOUR));
  const who = name || 'this client';
  if (confirming) {
    return (
      <div class="room-actions confirm" role="group" aria-label={`Confirm no reply needed for ${who}`}>
        <span>No reply needed for {who}'s last message?</span>
        <button type="button" class="primary" onClick={() => send({ type: 'user:dismiss', roomId })}>
          Yes, no reply needed
        </button>
        <button type="button" onClick={() => setConfirming(false)}>
          Cancel
        </button>
      </div>
    );
  }
  const snooze = (t: number) => send({ type: 'user:snooze', roomId, until: t });
  return (
    <div class="room-actions" role="group" aria-label={`Actions for ${who}`}>
      {room.snoozedUntil !== null ? (
        <button type="button" onClick={() => send({ type: 'user:unsnooze', roomId })}>
          Wake now
        </button>
      ) : (
        <>
          <button type="button" onClick={() => snooze(now + HOUR)} aria-keyshortcuts="S">
            Snooze 1 h
          </button>
          <button type="button" onClick={() => snooze(tomorrowMorning(now))}>
            Until tomorrow 9:00
          </button>
          <span class="snooze-until">
            <input
              type="datetime-local"
              aria-label={`Snooze ${who} until`}
              value={until}
              min={localInput(now)}
              onInput={(e) => setUntil(e.currentTarget.value)}
            />
            <button type="button" onClick={() => new Date(until).getTime() > now && snooze(new Date(until).getTime())}>
              Snooze
            </button>
          </span>
        </>
      )}
      <button type="button" onClick={() => setConfirming(true)} aria-keyshortcuts="N">
        No reply needed…
      </button>
      <label class="contract">
        Contract
        <select
          value={room.thread.contractTag ?? 'auto'}
          onChange={(e) => {
            const v = e.currentTarget.value;
            send({ type: 'user:contract', roomId, tag: v === 'auto' ? null : (v as 'active' | 'none') });
          }}
        >
          <option value="auto">as Upwork shows ({room.thread.contract === 'active' ? 'active' : 'none seen'})</option>
          <option value="active">active contract (7-day rule)</option>
          <option value="none">no active contract</option>
        </select>
      </label>
    </div>
  );
}

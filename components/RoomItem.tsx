// One room awaiting a reply. Page text (names, titles) is rendered as text by Preact, never as HTML.
import { memo } from './memo';
import { useEffect, useState } from 'preact/hooks';
import { standingLabel, workingHoursText } from '@/utils/text/format';
import { sevenDayRisk } from '@/utils/rules/answer-next';
import { RoomFigure } from './RoomFigure';
import { dayName } from './day-names';
import { t } from '@/utils/text/i18n';
import type { UserCommand } from '@/utils/protocol/messages';
import { HOUR, MINUTE } from '@/utils/model/time';
import { type WindowLengths } from '@/utils/model/types';
import { latestStart, markValue, waitTextOf, type AwaitingRoom } from '@/utils/rules/reply-windows';
import { useTimeText } from './clock';
import { ContractQuestion } from './ContractQuestion';
import { TimeLine } from './Duration';
import { joinParts, rowTime, splitParts, whyThisTime } from './room-text';

type Actions = typeof import('./RoomActions').RoomActions;
/** The actions panel's code (snooze, deadline, contract, terms, reply), fetched the first time a row opens it: the popup's first frame stays small. */
let actionsModule: Promise<Actions> | undefined;
const loadActions = () => (actionsModule ??= import('./RoomActions').then((m) => m.RoomActions));

export interface RoomItemProps {
  room: AwaitingRoom;
  lengths: WindowLengths;
  onOpen: (roomId: string) => void;
  send: (cmd: UserCommand) => void;
}

/** A row re-renders when its room or its countdown text changes, not when the list does. */
const sameRow = (a: RoomItemProps, b: RoomItemProps) =>
  a.room === b.room && a.lengths === b.lengths && a.send === b.send && a.onOpen === b.onOpen;

export const RoomItem = memo(function RoomItem({ room, lengths, onOpen, send }: RoomItemProps) {
  const { thread, status, undecided } = room;
  const wait = waitTextOf(room);
  const parts = splitParts(
    useTimeText(
      (now) => joinParts(rowTime(status, now, lengths, wait)),
      (now) => Math.floor((status.deadline - now) / MINUTE), // the countdown shows whole minutes
    ),
  );
  const text = parts.join('');
  const [expanded, setExpanded] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [RoomActions, setRoomActions] = useState<Actions | null>(null);
  const open = expanded || confirming;
  useEffect(() => void (open && !RoomActions && loadActions().then((a) => setRoomActions(() => a))), [open, RoomActions]);
  const [replying, setReplying] = useState(false);
  const name = thread.name || t('unnamedRoom');
  // Only a wide range or an unbounded count needs the words; "≈" says the rest.
  const why = wait.range === 'exact' ? null : whyThisTime(thread.exact, thread.waitingSince, latestStart(thread), wait);
  return (
    <li
      class="room"
      data-room-id={thread.roomId}
      data-reply-window={markValue(status, undecided)}
      data-undecided={undecided ? '' : undefined}
      data-snoozed={room.snoozedUntil !== null ? '' : undefined}
      data-deadline={status.deadline}
      data-waiting-since={thread.waitingSince}
      onKeyDown={(e) => {
        if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement) return;
        const key = e.key.toLowerCase();
        if (key === 's' && room.snoozedUntil === null) send({ type: 'user:snooze', roomId: thread.roomId, until: Date.now() + HOUR });
        else if (key === 'r') {
          setExpanded(true);
          setReplying(true);
        } else if (key === 'n') {
          setExpanded(true);
          setConfirming(true);
        } else return;
        e.preventDefault();
      }}
    >
      <div class="room-line">
        <button
          type="button"
          class="room-open"
          onClick={() => onOpen(thread.roomId)}
          aria-label={
            undecided
              ? t('rowAriaUndecided', name, text)
              : t(wait.range === 'minute' ? 'rowAriaApprox' : 'rowAria', name, standingLabel(status.state, false), text)
          }
          title={undecided ? t('undecidedHint') : undefined}
        >
          <span class="room-l1">
            <span class="room-name">{name}</span>
            <RoomFigure room={room} parts={parts} />
          </span>
          <span class="room-l2">
            <span class="room-title">{thread.title}</span>
            {/* The full sentence; its duration is the figure above, so it is not drawn twice. */}
            <span class={`room-left${status.open && !undecided ? ' open' : ''}`} title={why ?? undefined}>
              {wait.range !== 'minute' || undecided ? null : (
                <abbr class="approx" title={t('approxTitle')}>
                  ≈{' '}
                </abbr>
              )}
              {/* The same words as the page's mark (markLabel), undecided included. */}
              <TimeLine parts={parts} />
            </span>
          </span>
        </button>
        <button
          type="button"
          class="room-more"
          aria-expanded={expanded}
          aria-label={t('rowMore', name)}
          onClick={() => setExpanded(!expanded)}
        >
          ⋯
        </button>
      </div>
      {/* Said in the row's tooltip too; drawn only when opened, so every row stays two lines. */}
      {undecided && expanded && (
        <p class="room-undecided" data-testid="room-undecided">
          {t('undecidedHint')}
        </p>
      )}
      {expanded && why && (
        <p class="room-why" data-testid="room-why">
          {why}
        </p>
      )}
      {thread.terms && (
        <p class="room-terms" data-testid="room-terms">
          {t(
            'termsApplied',
            thread.terms.working
              ? t('termsWithinWorking', thread.terms.hours, workingHoursText(thread.terms.working, dayName))
              : t('termsWithin', thread.terms.hours),
          )}
        </p>
      )}
      {thread.direct ? (
        <p class="room-terms" data-testid="room-direct">
          {t('roomDirect')}
        </p>
      ) : null}
      {/* Asked only where it changes something: from 6 days of waiting, near the would-be 7-day deadline. */}
      {room.contractUnknown && sevenDayRisk(room, Date.now(), lengths) !== null && (
        <ContractQuestion room={room} lengths={lengths} send={send} />
      )}
      {(expanded || confirming) && RoomActions && (
        <RoomActions room={room} send={send} confirming={confirming} setConfirming={setConfirming} replying={replying} lengths={lengths} />
      )}
    </li>
  );
}, sameRow);

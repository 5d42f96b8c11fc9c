// The popup: when Upwork was last read (and whether that is too old to trust), then every room
// awaiting a reply in the order to answer them (utils/rules/answer-next.ts), the first one focused;
// snoozed rooms apart, with their real deadline.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { snoozeText } from './snooze-text';
import { plural, t } from '@/utils/text/i18n';
import type { UserCommand } from '@/utils/protocol/messages';
import { MINUTE } from '@/utils/model/time';
import { TimeText } from './clock';
import { ago } from '@/utils/text/format';
import { DeadlineList } from './DeadlineList';
import { RoomList } from './RoomList';
import { InvitationList } from './InvitationList';
import { PageNotices, PopupHeader } from './PopupNotices';
import type { PopupProps } from './popup-props';

export type { PopupProps };

/** Set once the user has dismissed the header's contract line (this popup's own storage). */
const CONTRACT_NOTE = 'reply-window:contract-note-seen';

export function PopupView(p: PopupProps) {
  const { rooms, status } = p;
  const never = status.lastReadAt === null && status.layout !== 'unrecognised' && !status.restoredFrom;
  const active = rooms.filter((r) => r.snoozedUntil === null);
  const snoozed = rooms.filter((r) => r.snoozedUntil !== null);
  // A snooze (from ⋯ or the S key) says until when and whether it passes a window, with Undo.
  const [undo, setUndo] = useState<{ roomId: string; text: string } | null>(null);
  const roomsNow = useRef(rooms);
  roomsNow.current = rooms;
  const outer = useRef(p.send);
  outer.current = p.send;
  const send = useMemo(
    () => (cmd: UserCommand) => {
      if (cmd.type === 'user:snooze') {
        const room = roomsNow.current.find((r) => r.thread.roomId === cmd.roomId);
        if (room)
          setUndo({
            roomId: cmd.roomId,
            text: t('snoozeDone', room.thread.name || t('thisClient'), snoozeText(room, cmd.until, p.lengths, Date.now())),
          });
      }
      outer.current(cmd);
    },
    [p.lengths],
  );
  const list = { lengths: p.lengths, onOpen: p.onOpen, send };
  const count = p.count ?? { count: active.length, rooms: active.length, invitations: 0 };
  // The contract question, once for all rows (rows near a 7-day deadline ask it themselves).
  const [contractNote, setContractNote] = useState(() => localStorage.getItem(CONTRACT_NOTE) === null);
  const unknownContract = active.some((r) => r.contractUnknown);
  // Issue 24: a waiting room's choice that sync could not take is never dropped silently.
  const keptHere = rooms.filter((r) => p.localOnly?.includes(r.thread.roomId)).length;
  // The first row takes the focus once, so the shortcut then Enter opens the room to answer next.
  const focused = useRef(false);
  useEffect(() => {
    const first = focused.current ? null : document.querySelector<HTMLButtonElement>('.rooms .room-open');
    if (first) {
      first.focus();
      focused.current = true;
    }
  });
  return (
    <main class="popup">
      <PopupHeader {...p} />
      {count.count > 0 && (
        <p class="popup-count" data-testid="popup-count">
          <strong>{plural('popupWaiting', count.count)}</strong>
          {count.invitations > 0 && <> ({t('popupWaitingDetail', String(count.rooms), String(count.invitations))})</>} ·{' '}
          {plural('popupSavable', p.savable)}
        </p>
      )}
      {keptHere > 0 && (
        <p class="popup-note" data-testid="sync-local-only">
          {t('syncLocalOnly')} {plural('popupLocalOnlyRooms', keptHere)}
        </p>
      )}
      {contractNote && unknownContract && (
        <p class="popup-note" data-testid="contract-note">
          <span>{t('popupContractNote')}</span>
          <button
            type="button"
            class="link-button"
            onClick={() => {
              localStorage.setItem(CONTRACT_NOTE, '1');
              setContractNote(false);
            }}
          >
            {t('popupContractNoteOk')}
          </button>
        </p>
      )}
      {undo && (
        <p class="popup-undo" role="status" data-testid="snooze-undo">
          <span>{undo.text}</span>
          <button
            type="button"
            class="link-button"
            onClick={() => {
              p.send({ type: 'user:unsnooze', roomId: undo.roomId });
              setUndo(null);
            }}
          >
            {t('popupUndo')}
          </button>
        </p>
      )}
      <PageNotices {...p} />
      {never ? (
        <section class="notice" data-state="never-opened">
          <p>{t('popupNever')}</p>
          <button type="button" class="primary" onClick={p.onOpenInbox}>
            {t('popupOpenInbox')}
          </button>
        </section>
      ) : active.length === 0 ? (
        status.layout !== 'unrecognised' && (
          <section class="notice notice-clear" data-state="all-answered">
            <p class="caught-up">
              {status.lastReadAt === null ? (
                t(snoozed.length ? 'popupNothingNow' : 'popupNothing')
              ) : (
                <TimeText
                  of={(now) => t('popupCaughtUp', ago(now - status.lastReadAt!))}
                  step={(now) => Math.floor((now - status.lastReadAt!) / MINUTE)}
                />
              )}
            </p>
          </section>
        )
      ) : (
        <RoomList label={plural('popupListLabel', active.length)} rooms={active} {...list} />
      )}
      {p.proposals && (
        <InvitationList
          invitations={p.invitations ?? []}
          proposals={p.proposals}
          lengths={p.lengths}
          onOpen={p.onOpenInvitation ?? (() => undefined)}
        />
      )}
      {snoozed.length > 0 && (
        <section aria-labelledby="snoozed-head">
          <h2 id="snoozed-head">{t('popupSnoozed')}</h2>
          <RoomList label={t('popupSnoozedLabel')} class="snoozed" rooms={snoozed} {...list} />
        </section>
      )}
      {p.dismissed.length > 0 && (
        <section aria-labelledby="dismissed-head">
          <h2 id="dismissed-head">{t('popupDismissed')}</h2>
          <ul class="dismissed">
            {p.dismissed.map((d) => (
              <li key={d.roomId} data-room-id={d.roomId}>
                <span class="room-name">{d.name || t('unnamedRoom')}</span>
                <button type="button" onClick={() => p.send({ type: 'user:undo-dismiss', roomId: d.roomId })}>
                  {t('popupUndo')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {!never && p.threads.some((d) => d.deadline && d.deadline > Date.now()) && <DeadlineList threads={p.threads} send={p.send} />}
      {!never && (
        <p class="hint">
          <span class="hint-key">
            <kbd>↑</kbd> <kbd>↓</kbd> {t('hintMove')}
          </span>{' '}
          ·{' '}
          <span class="hint-key">
            <kbd>Enter</kbd> {t('hintOpen')}
          </span>{' '}
          ·{' '}
          <span class="hint-key">
            <kbd>S</kbd> {t('hintSnooze')}
          </span>{' '}
          ·{' '}
          <span class="hint-key">
            <kbd>N</kbd> {t('hintNoReply')}
          </span>{' '}
          ·{' '}
          <span class="hint-key">
            <kbd>R</kbd> {t('hintReply')}
          </span>
        </p>
      )}
      {/* Always reachable, out of the header's one line: the report is for the rare page Reply Window misreads. */}
      {p.onReport && (
        <p class="popup-foot">
          <button type="button" class="link-button" data-action="report" onClick={p.onReport}>
            {t('reportOpen')}
          </button>
        </p>
      )}
    </main>
  );
}

// What the user can do about one room: reply with a template, snooze, "no reply needed", contract.
import { useState } from 'preact/hooks';
import { t } from '@/utils/text/i18n';
import { HOUR } from '@/utils/model/time';
import { tomorrowMorning } from '@/utils/rules/room-actions';
import type { AwaitingRoom } from '@/utils/rules/reply-windows';
import type { UserCommand } from '@/utils/protocol/messages';
import { localInput } from './DeadlineForm';
import { TermsForm } from './TermsForm';
import { ReplyWith } from './ReplyWith';

export interface ActionProps {
  room: AwaitingRoom;
  send: (cmd: UserCommand) => void;
  /** The "no reply needed" confirmation is open (also opened by the N key). */
  confirming: boolean;
  setConfirming: (on: boolean) => void;
  /** "Reply with…" opens at once (the R key). */
  replying?: boolean;
}

export function RoomActions({ room, send, confirming, setConfirming, replying = false }: ActionProps) {
  const { roomId, name } = room.thread;
  const [until, setUntil] = useState(() => localInput(Date.now() + 3 * HOUR));
  const who = name || t('thisClient');
  if (confirming) {
    return (
      <div class="room-actions confirm" role="group" aria-label={t('confirmAria', who)}>
        <span>{t('confirmQuestion', who)}</span>
        <button type="button" class="primary" onClick={() => send({ type: 'user:dismiss', roomId })}>
          {t('confirmYes')}
        </button>
        <button type="button" onClick={() => setConfirming(false)}>
          {t('cancel')}
        </button>
      </div>
    );
  }
  const snooze = (until: number) => send({ type: 'user:snooze', roomId, until });
  return (
    <div class="room-actions" role="group" aria-label={t('actionsAria', who)}>
      <ReplyWith room={room} startOpen={replying} />
      {room.snoozedUntil !== null ? (
        <button type="button" onClick={() => send({ type: 'user:unsnooze', roomId })}>
          {t('wakeNow')}
        </button>
      ) : (
        <>
          <button type="button" onClick={() => snooze(Date.now() + HOUR)} aria-keyshortcuts="S">
            {t('snooze1h')}
          </button>
          <button type="button" onClick={() => snooze(tomorrowMorning(Date.now()))}>
            {t('snoozeTomorrow')}
          </button>
          <span class="snooze-until">
            <input
              type="datetime-local"
              aria-label={t('snoozeUntilAria', who)}
              value={until}
              min={localInput(Date.now())}
              onInput={(e) => setUntil(e.currentTarget.value)}
            />
            <button type="button" onClick={() => new Date(until).getTime() > Date.now() && snooze(new Date(until).getTime())}>
              {t('snooze')}
            </button>
          </span>
        </>
      )}
      <button type="button" onClick={() => setConfirming(true)} aria-keyshortcuts="N">
        {t('noReplyNeeded')}
      </button>
      <label class="contract">
        {t('contract')}
        <select
          value={room.thread.contractTag ?? 'auto'}
          onChange={(e) => {
            const v = e.currentTarget.value;
            send({ type: 'user:contract', roomId, tag: v === 'auto' ? null : (v as 'active' | 'none') });
          }}
        >
          <option value="auto">{t(room.thread.contract === 'active' ? 'contractAutoActive' : 'contractAutoNone')}</option>
          <option value="active">{t('contractActive')}</option>
          <option value="none">{t('contractNone')}</option>
        </select>
      </label>
      <label class="contract">
        <input
          type="checkbox"
          checked={!!room.thread.direct}
          onChange={(e) => send({ type: 'user:direct', roomId, direct: e.currentTarget.checked })}
        />
        {t('directLabel')}
      </label>
      <TermsForm roomId={roomId} terms={room.thread.terms ?? null} send={send} />
    </div>
  );
}

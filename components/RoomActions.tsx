// What the user can do about one room, as four verbs: Reply with…, Snooze ▸, No reply needed,
// More ▸. Snooze says until when and whether a window closes meanwhile; More holds what is set
// once (the contract, Direct Messages, agreed terms, the agreed deadline).
import { useState } from 'preact/hooks';
import { t } from '@/utils/text/i18n';
import { HOUR } from '@/utils/model/time';
import type { WindowLengths } from '@/utils/model/types';
import { tomorrowMorning } from '@/utils/rules/room-actions';
import type { AwaitingRoom } from '@/utils/rules/reply-windows';
import type { UserCommand } from '@/utils/protocol/messages';
import { localInput } from './local-input';
import { TermsForm } from './TermsForm';
import { ReplyWith } from './ReplyWith';
import { snoozeText } from './snooze-text';

export interface ActionProps {
  room: AwaitingRoom;
  send: (cmd: UserCommand) => void;
  /** The "no reply needed" confirmation is open (also opened by the N key). */
  confirming: boolean;
  setConfirming: (on: boolean) => void;
  /** "Reply with…" opens at once (the R key). */
  replying?: boolean;
  lengths: WindowLengths;
}

export function RoomActions({ room, send, confirming, setConfirming, replying = false, lengths }: ActionProps) {
  const { roomId, name } = room.thread;
  const [panel, setPanel] = useState<'snooze' | 'more' | null>(null);
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
  const toggle = (p: 'snooze' | 'more') => setPanel(panel === p ? null : p);
  return (
    <div class="room-actions" role="group" aria-label={t('actionsAria', who)}>
      <div class="room-verbs">
        <ReplyWith room={room} startOpen={replying} />
        {room.snoozedUntil !== null ? (
          <button type="button" onClick={() => send({ type: 'user:unsnooze', roomId })}>
            {t('wakeNow')}
          </button>
        ) : (
          <button type="button" aria-expanded={panel === 'snooze'} onClick={() => toggle('snooze')}>
            {t('snoozeMenu')}
          </button>
        )}
        <button type="button" onClick={() => setConfirming(true)} aria-keyshortcuts="N">
          {t('noReplyNeededShort')}
        </button>
        <button type="button" aria-expanded={panel === 'more'} onClick={() => toggle('more')}>
          {t('moreMenu')}
        </button>
      </div>
      {panel === 'snooze' && room.snoozedUntil === null && <SnoozeChoices room={room} send={send} lengths={lengths} />}
      {panel === 'more' && <More room={room} send={send} />}
    </div>
  );
}

function SnoozeChoices({ room, send, lengths }: Pick<ActionProps, 'room' | 'send' | 'lengths'>) {
  const { roomId, name } = room.thread;
  const now = Date.now();
  const [until, setUntil] = useState(() => localInput(now + 3 * HOUR));
  const snooze = (at: number) => send({ type: 'user:snooze', roomId, until: at });
  const choice = (label: string, at: number, key?: string) => (
    <li>
      <button type="button" onClick={() => snooze(at)} aria-keyshortcuts={key}>
        <strong>{label}</strong> <span class="choice-note">{snoozeText(room, at, lengths, now)}</span>
      </button>
    </li>
  );
  const custom = new Date(until).getTime();
  return (
    <ul class="room-choices" aria-label={t('snoozeChoicesAria', name || t('thisClient'))}>
      {choice(t('snoozeFor1h'), now + HOUR, 'S')}
      {choice(t('snoozeTomorrowShort'), tomorrowMorning(now))}
      <li class="snooze-until">
        <input
          type="datetime-local"
          aria-label={t('snoozeUntilAria', name || t('thisClient'))}
          value={until}
          min={localInput(now)}
          onInput={(e) => setUntil(e.currentTarget.value)}
        />
        <button type="button" onClick={() => custom > Date.now() && snooze(custom)}>
          {t('snooze')}
        </button>
        {custom > now && <span class="choice-note">{snoozeText(room, custom, lengths, now)}</span>}
      </li>
    </ul>
  );
}

function More({ room, send }: Pick<ActionProps, 'room' | 'send'>) {
  const { roomId, name } = room.thread;
  const [deadline, setDeadline] = useState(() => localInput(room.thread.deadline ?? Date.now() + 3 * 86_400_000));
  return (
    <div class="room-more-panel" role="group" aria-label={t('moreAria', name || t('thisClient'))}>
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
      <form
        class="room-deadline"
        onSubmit={(e) => {
          e.preventDefault();
          const at = new Date(deadline).getTime();
          if (at > Date.now()) send({ type: 'user:deadline', roomId, deadline: at });
        }}
      >
        <label>
          {t('deadlineFor')}
          <input type="datetime-local" value={deadline} min={localInput(Date.now())} onInput={(e) => setDeadline(e.currentTarget.value)} />
        </label>
        <button type="submit">{t('setDeadline')}</button>
      </form>
    </div>
  );
}

// The row's figure: the one thing read first, the time left ("1 h 12 m", tabular digits, in the
// state's colour), or the word for a missed window ("Missed", "7-day!"), or, while snoozed,
// "until 7:26" in muted grey. The full sentence stays in the row (.room-left) and its label.
import { t } from '@/utils/text/i18n';
import { compactDuration, localDate } from '@/utils/text/format';
import { waitTextOf, type AwaitingRoom } from '@/utils/rules/reply-windows';
import type { TimeParts } from './room-text';

export function RoomFigure({ room, parts }: { room: AwaitingRoom; parts: TimeParts }) {
  const { status, snoozedUntil } = room;
  const { undecided } = room;
  let figure: string;
  if (snoozedUntil !== null) figure = t('snoozedUntilShort', localDate(snoozedUntil, 'time'));
  else if (undecided) figure = t('markShortUndecided', compactDuration(undecided.latestDeadline - Date.now()));
  else if (status.open) figure = (waitTextOf(room).range === 'minute' ? '≈ ' : '') + parts[1];
  else figure = t(status.state === 'breach' ? 'markShortBreach' : 'markShortMissed');
  return (
    <span class="room-figure" aria-hidden="true">
      {figure}
    </span>
  );
}

/** "missed, or up to 23 h left", following the clock. */

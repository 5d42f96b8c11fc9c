// Stats: the rooms tagged Direct Messages, left out of the tag forecast, each
// with a way back (a room that no longer waits is not in the popup to untag).
import { plural, t } from '@/utils/text/i18n';

interface Props {
  /** Tagged rooms, with their names when known. */
  rooms: { roomId: string; name: string | undefined }[];
  leftOut: { replies: number; waiting: number };
  countAgain: (roomId: string) => void;
}

export function DirectRooms({ rooms, leftOut, countAgain }: Props) {
  if (!rooms.length) return null;
  return (
    <div class="direct-rooms" data-testid="direct-left-out" data-replies={leftOut.replies} data-waiting={leftOut.waiting}>
      <p>{plural('tagDirectLeftOut90d', rooms.length, leftOut.replies, leftOut.waiting)}</p>
      <ul>
        {rooms.map(({ roomId, name }) => (
          <li key={roomId} data-room-id={roomId}>
            {name || t('aClient')}{' '}
            <button type="button" aria-label={t('directCountAgainAria', name || t('aClient'))} onClick={() => countAgain(roomId)}>
              {t('directCountAgain')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

// A time text whose duration never breaks across lines (see room-text.ts).
import type { TimeParts } from './room-text';

export function TimeLine({ parts: [before, duration, after] }: { parts: TimeParts }) {
  return (
    <>
      {before}
      {duration && <span class="dur">{duration}</span>}
      {after}
    </>
  );
}

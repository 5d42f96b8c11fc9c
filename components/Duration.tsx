// A time text whose duration never breaks across lines (see room-text.ts).
import type { TimeParts } from './room-text';

export function TimeLine({ parts: [before, duration, after] }: { parts: TimeParts }) {
  return (
    <>
      {whole(before)}
      {duration && <span class="dur dur-time">{duration}</span>}
      {whole(after)}
    </>
  );
}

/** "24-hour" stays one word too: a line never ends at its hyphen ("24-" / "hour window"). Same text. */
function whole(text: string) {
  return text.split(/(\S+-\S+)/).map((piece, i) => (i % 2 ? <span class="dur">{piece}</span> : piece));
}

// Wiring only: reads the response log and the invitations, and shows the figures.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { StatsView } from '@/components/StatsView';
import { InvitationRate } from '@/components/InvitationRate';
import { t } from '@/utils/text/i18n';
import { allInvitations, allLog, directRoomIds, roomNames, threadsToWatch } from '@/utils/storage/db';
import type { LogEntry } from '@/utils/model/types';
import { missesByRoom, missesRows, type MissesRow } from '@/utils/rules/repeated-misses';
import type { Wait } from '@/utils/rules/direct-messages';
import { invitationRate, type InvitationRate as Rate } from '@/utils/rules/invitation-rate';
import { sendCommand } from '@/utils/protocol/send';
import './stats.css';

interface Data {
  log: LogEntry[];
  now: number;
  misses: MissesRow[];
  waits: Wait[];
  direct: Map<string, string | undefined>;
  invitations: Rate;
}

async function load(): Promise<Data> {
  const [log, watched, direct, invitations] = await Promise.all([allLog(), threadsToWatch(), directRoomIds(), allInvitations()]);
  const now = Date.now();
  const misses = missesByRoom(log, now);
  // Snoozed rooms still wait: the client sees no reply either way.
  const waits = watched.waiting.flatMap(({ roomId, waitingSince }) => (waitingSince === null ? [] : [{ roomId, waitingSince }]));
  const names = await roomNames([...misses.keys(), ...direct]);
  return {
    log,
    now,
    misses: missesRows(misses, names),
    waits,
    direct: new Map([...direct].map((id) => [id, names.get(id)])),
    invitations: invitationRate(invitations, now),
  };
}

function Stats() {
  const [data, setData] = useState<Data | null>(null);
  const reload = () => void load().then(setData);
  // Read once: the whole log is read, so not again on every page read while the stats are open.
  useEffect(reload, []);
  const countAgain = (roomId: string) => void sendCommand({ type: 'user:direct', roomId, direct: false }).then(reload);
  return (
    <main class="stats-page">
      <h1>{t('statsTitle')}</h1>
      {data && (
        <>
          <StatsView log={data.log} now={data.now} misses={data.misses} waits={data.waits} direct={data.direct} countAgain={countAgain} />
          {/* Apart from the replies: it shows even before the first reply. */}
          <InvitationRate rate={data.invitations} />
        </>
      )}
    </main>
  );
}

document.title = t('statsTitle');
render(<Stats />, document.getElementById('app')!);

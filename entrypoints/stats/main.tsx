// Wiring only: reads the response log and the invitations, and shows the figures.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { StatsView } from '@/components/StatsView';
import { InvitationRate } from '@/components/InvitationRate';
import { t } from '@/utils/text/i18n';
import { allInvitations, allLog, roomNames, threadsToWatch } from '@/utils/storage/db';
import type { LogEntry } from '@/utils/model/types';
import { missesByRoom, missesRows, type MissesRow } from '@/utils/rules/repeated-misses';
import { invitationRate, type InvitationRate as Rate } from '@/utils/rules/invitation-rate';
import './stats.css';

interface Data {
  log: LogEntry[];
  now: number;
  misses: MissesRow[];
  waitingSince: number[];
  invitations: Rate;
}

async function load(): Promise<Data> {
  const [log, watched, invitations] = await Promise.all([allLog(), threadsToWatch(), allInvitations()]);
  const now = Date.now();
  const misses = missesByRoom(log, now);
  // Snoozed rooms still wait: the client sees no reply either way.
  const waitingSince = watched.waiting.flatMap((t) => (t.waitingSince === null ? [] : [t.waitingSince]));
  const names = await roomNames(misses.keys());
  return { log, now, misses: missesRows(misses, names), waitingSince, invitations: invitationRate(invitations, now) };
}

function Stats() {
  const [data, setData] = useState<Data | null>(null);
  useEffect(() => void load().then(setData), []);
  return (
    <main class="stats-page">
      <h1>{t('statsTitle')}</h1>
      {data && (
        <>
          <StatsView log={data.log} now={data.now} misses={data.misses} waitingSince={data.waitingSince} />
          {/* Apart from the replies: it shows even before the first reply. */}
          <InvitationRate rate={data.invitations} />
        </>
      )}
    </main>
  );
}

document.title = t('statsTitle');
render(<Stats />, document.getElementById('app')!);

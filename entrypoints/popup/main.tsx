// Wiring only: reads the stored threads and settings, ticks the clock, sends the user's commands to the worker.
import { render } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { onTick } from '@/components/clock';
import { PopupView } from '@/components/PopupView';
import { openInvitationPage, openOnUpwork } from '@/utils/browser/open-upwork';
import type { Invitation, PageStatus, ProposalsStatus, StorageError, Thread } from '@/utils/model/types';
import { awaitingInvitations, type AwaitingInvitation } from '@/utils/rules/invitations';
import type { UserCommand } from '@/utils/protocol/messages';
import { onWorkerChanged, sendCommand } from '@/utils/protocol/send';
import { readStorageError } from '@/utils/protocol/storage-error';
import { isAway, type Settings } from '@/utils/rules/settings';
import { deriveView, type DerivedView } from '@/utils/rules/view';
import { allInvitations, allThreads, pageStatus, proposalsStatus } from '@/utils/storage/db';
import { loadSettings } from '@/utils/storage/settings-storage';
import { t } from '@/utils/text/i18n';
import { INBOX_URL, invitationUrl, roomUrl } from '@/utils/upwork/addresses';
import './popup.css';

interface Data {
  threads: Thread[];
  status: PageStatus;
  settings: Settings;
  storageError: StorageError | null;
  invitations: Invitation[];
  proposals: ProposalsStatus;
}

const load = async (): Promise<Data> => {
  const [threads, status, settings, storageError, invitations, proposals] = await Promise.all([
    allThreads(),
    pageStatus(),
    loadSettings(),
    readStorageError(),
    allInvitations(),
    proposalsStatus(),
  ]);
  return { threads, status, settings, storageError, invitations, proposals };
};

/** What the popup shows, computed from the data at one instant, valid until `until`. */
interface Snapshot extends DerivedView {
  data: Data;
  dismissed: Thread[];
  invitations: AwaitingInvitation[];
  until: number;
}

function snapshot(data: Data, now: number): Snapshot {
  const view = deriveView(data.threads, data.settings, now);
  const dismissed = data.threads.filter((t) => t.dismissed && t.waitingSince === null && t.last?.by === 'client');
  const invitations = awaitingInvitations(data.invitations, now, view.lengths);
  const next = Math.min(view.nextChangeAt ?? Infinity, ...invitations.map((a) => a.status.nextChangeAt ?? Infinity));
  return { ...view, data, dismissed, invitations, until: next };
}

/** The snapshot no longer holds: new data, a window closed or a snooze ended, or away mode began or ended. */
const stale = (s: Snapshot | null, data: Data, now: number) => s?.data !== data || now >= s.until || isAway(data.settings, now) !== s.away;

function Popup() {
  const [data, setData] = useState<Data | null>(null);
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const reload = () => void load().then(setData);
    reload();
    return onWorkerChanged(reload);
  }, []);
  // Stable across ticks, so rows whose text did not change are not re-rendered.
  const actions = useMemo(
    () => ({
      send: (cmd: UserCommand) => void sendCommand(cmd).then(() => load().then(setData)),
      onOpen: (id: string) => void openOnUpwork(roomUrl(id)).then(() => window.close()),
      onOpenInvitation: (id: string) => void openInvitationPage(invitationUrl(id)).then(() => window.close()),
    }),
    [],
  );
  // Rooms and their states change only when the data does, a window closes or a snooze ends. Between
  // those the popup is not re-rendered: each countdown follows the clock on its own (components/clock.ts).
  const cache = useRef<Snapshot | null>(null);
  useEffect(() => onTick((t) => cache.current && stale(cache.current, cache.current.data, t) && setNow(t)), []);
  if (!data) return null;
  if (stale(cache.current, data, now)) cache.current = snapshot(data, now);
  const { lengths, rooms, dismissed, away, invitations } = cache.current!;
  return (
    <PopupView
      rooms={rooms}
      threads={data.threads}
      dismissed={dismissed}
      status={data.status}
      lengths={lengths}
      away={away}
      storageError={data.storageError}
      onOpen={actions.onOpen}
      onOpenInbox={() => void openOnUpwork(INBOX_URL).then(() => window.close())}
      onOpenOptions={() => void browser.runtime.openOptionsPage().then(() => window.close())}
      onOpenStats={() => void browser.tabs.create({ url: browser.runtime.getURL('/stats.html') }).then(() => window.close())}
      send={actions.send}
      invitations={invitations}
      proposals={data.proposals}
      onOpenInvitation={actions.onOpenInvitation}
    />
  );
}

document.title = t('popupTitle');
render(<Popup />, document.getElementById('app')!);

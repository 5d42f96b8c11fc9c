// Wiring only: reads the stored threads and settings, ticks the clock, sends the user's commands to the worker.
import { render } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { PopupView } from '@/components/PopupView';
import { allThreads, pageStatus } from '@/utils/db';
import type { UserCommand } from '@/utils/messages';
import { openOnUpwork } from '@/utils/open-upwork';
import { awaitingRooms, nextChangeAt, type AwaitingRoom, type WindowLengths } from '@/utils/reply-windows';
import { isAway, windowLengths, type Settings } from '@/utils/settings';
import { onTick } from '@/components/clock';
import { loadSettings } from '@/utils/settings-storage';
import type { PageStatus, Thread } from '@/utils/types';
import { INBOX_URL, roomUrl } from '@/utils/upwork/selectors';
import './popup.css';

interface Data {
  threads: Thread[];
  status: PageStatus;
  settings: Settings;
  storageError: { at: number; message: string } | null;
}

const load = async (): Promise<Data> => {
  const [threads, status, settings, local] = await Promise.all([
    allThreads(),
    pageStatus(),
    loadSettings(),
    browser.storage.local.get('storageError'),
  ]);
  return { threads, status, settings, storageError: (local.storageError as Data['storageError']) ?? null };
};

/** What the popup shows, computed from the data at one instant, valid until `until`. */
interface Snapshot {
  data: Data;
  lengths: WindowLengths;
  rooms: AwaitingRoom[];
  dismissed: Thread[];
  until: number;
  away: boolean;
}

function snapshot(data: Data, now: number): Snapshot {
  const lengths = windowLengths(data.settings);
  const rooms = awaitingRooms(data.threads, now, lengths);
  const dismissed = data.threads.filter((t) => t.dismissed && t.waitingSince === null && t.last?.by === 'client');
  return { data, lengths, rooms, dismissed, until: nextChangeAt(rooms) ?? Infinity, away: isAway(data.settings, now) };
}

/** The snapshot no longer holds: new data, a window closed or a snooze ended, or away mode began or ended. */
const stale = (s: Snapshot | null, data: Data, now: number) => s?.data !== data || now >= s.until || isAway(data.settings, now) !== s.away;

function Popup() {
  const [data, setData] = useState<Data | null>(null);
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const reload = () => void load().then(setData);
    reload();
    const onMessage = (msg: unknown) => void ((msg as { type?: string })?.type === 'worker:changed' && reload());
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, []);
  // Stable across ticks, so rows whose text did not change are not re-rendered.
  const actions = useMemo(
    () => ({
      send: (cmd: UserCommand) => void browser.runtime.sendMessage(cmd).then(() => load().then(setData)),
      onOpen: (id: string) => void openOnUpwork(roomUrl(id)).then(() => window.close()),
    }),
    [],
  );
  // Rooms and their states change only when the data does, a window closes or a snooze ends. Between
  // those the popup is not re-rendered: each countdown follows the clock on its own (components/clock.ts).
  const cache = useRef<Snapshot | null>(null);
  useEffect(() => onTick((t) => cache.current && stale(cache.current, cache.current.data, t) && setNow(t)), []);
  if (!data) return null;
  if (stale(cache.current, data, now)) cache.current = snapshot(data, now);
  const { lengths, rooms, dismissed, away } = cache.current!;
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
    />
  );
}

document.title = t('popupTitle');
render(<Popup />, document.getElementById('app')!);

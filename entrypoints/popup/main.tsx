// Wiring only: reads the stored threads and settings, ticks the clock, sends the user's commands to the worker.
import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { PopupView } from '@/components/PopupView';
import { allThreads, pageStatus } from '@/utils/db';
import type { UserCommand } from '@/utils/messages';
import { openOnUpwork } from '@/utils/open-upwork';
import { awaitingRooms } from '@/utils/reply-windows';
import { isAway, windowLengths, type Settings } from '@/utils/settings';
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

function Popup() {
  const [data, setData] = useState<Data | null>(null);
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const reload = () => void load().then(setData);
    reload();
    const onMessage = (msg: unknown) => void ((msg as { type?: string })?.type === 'worker:changed' && reload());
    browser.runtime.onMessage.addListener(onMessage);
    const tick = setInterval(() => setNow(Date.now()), 1_000);
    return () => {
      clearInterval(tick);
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, []);
  if (!data) return null;
  const lengths = windowLengths(data.settings);
  // Stable across ticks, so rows whose text did not change are not re-rendered.
  const actions = useMemo(
    () => ({
      send: (cmd: UserCommand) => void browser.runtime.sendMessage(cmd).then(() => load().then(setData)),
      onOpen: (id: string) => void openOnUpwork(roomUrl(id)).then(() => window.close()),
    }),
    [],
  );
  return (
    <PopupView
      rooms={awaitingRooms(data.threads, now, lengths)}
      threads={data.threads}
      dismissed={data.threads.filter((t) => t.dismissed && t.waitingSince === null && t.last?.by === 'client')}
      status={data.status}
      now={now}
      lengths={lengths}
      away={isAway(data.settings, now)}
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

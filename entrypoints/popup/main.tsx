// Wiring only: reads the stored threads, ticks the clock, opens rooms on Upwork.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupView } from '@/components/PopupView';
import { allThreads, EMPTY_STATUS, pageStatus } from '@/utils/db';
import { awaitingRooms } from '@/utils/reply-windows';
import type { PageStatus, Thread } from '@/utils/types';
import { INBOX_URL, roomUrl } from '@/utils/upwork/selectors';
import './popup.css';

/** Reuses an open Upwork Messages tab (never another Upwork page the user is working in). */
async function openOnUpwork(url: string) {
  const [tab] = await browser.tabs.query({ url: 'https://www.upwork.com/ab/messages/*' });
  if (tab?.id !== undefined) {
    await browser.tabs.update(tab.id, { url, active: true });
    if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
  } else {
    await browser.tabs.create({ url });
  }
  window.close();
}

function Popup() {
  const [data, setData] = useState<{ threads: Thread[]; status: PageStatus } | null>(null);
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const load = () => Promise.all([allThreads(), pageStatus()]).then(([threads, status]) => setData({ threads, status }));
    void load();
    const onMessage = (msg: unknown) => void ((msg as { type?: string })?.type === 'worker:changed' && load());
    browser.runtime.onMessage.addListener(onMessage);
    const tick = setInterval(() => setNow(Date.now()), 1_000);
    return () => {
      clearInterval(tick);
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, []);
  if (!data) return null;
  return (
    <PopupView
      rooms={awaitingRooms(data.threads, now)}
      status={data.status ?? EMPTY_STATUS}
      now={now}
      onOpen={(id) => void openOnUpwork(roomUrl(id))}
      onOpenInbox={() => void openOnUpwork(INBOX_URL)}
    />
  );
}

render(<Popup />, document.getElementById('app')!);

// Wiring only: paints the worker's first frame, reads the stored threads and settings, ticks the clock, sends the user's commands to the worker.
import { render } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { onTick } from '@/components/clock';
import { PopupView } from '@/components/PopupView';
import { PageReportPanel } from '@/components/page-report-lazy';
import { requestPageReport } from '@/utils/browser/page-report';
import { openInvitationPage, openOnUpwork, reloadUpwork } from '@/utils/browser/open-upwork';
import type { Thread } from '@/utils/model/types';
import type { UserCommand } from '@/utils/protocol/messages';
import { onWorkerChanged, sendCommand } from '@/utils/protocol/send';
import { readStorageError } from '@/utils/protocol/storage-error';
import { allInvitations, allThreads, pageStatus, popupThreads, proposalsStatus } from '@/utils/storage/db';
import { localOnlyRooms } from '@/utils/storage/choices-sync';
import { readFirstFrame, type FirstFrame, type PopupData } from '@/utils/storage/first-frame';
import { loadSettings } from '@/utils/storage/settings-storage';
import { choose, snapshot, stale, type Shown, type Snapshot } from '@/components/popup-state';
import { t } from '@/utils/text/i18n';
import { INBOX_URL, invitationUrl, roomUrl } from '@/utils/upwork/addresses';
import './popup.css';

/** Past this the popup paints without a first frame (storage.session is in memory: it answers in a few ms). */
const FRAME_WAIT = 50;

const load = async (): Promise<PopupData> => {
  const [threads, status, settings, storageError, invitations, proposals, localOnly] = await Promise.all([
    popupThreads(),
    pageStatus(),
    loadSettings(),
    readStorageError(),
    allInvitations(),
    proposalsStatus(),
    localOnlyRooms(),
  ]);
  return { ...threads, status, settings, storageError, invitations, proposals, localOnly };
};

function Popup({ frame, stored }: { frame: FirstFrame | null; stored: Promise<PopupData> }) {
  const [shown, setShown] = useState<Shown | null>(frame && { data: frame, from: 'frame' });
  const data = shown?.data ?? null;
  /** Every stored room, only for the deadline form's choice of room: read after the list is on screen. */
  const [every, setEvery] = useState<Thread[] | null>(null);
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const readEvery = () => requestAnimationFrame(() => setTimeout(() => void allThreads().then(setEvery)));
    const reload = (read: Promise<PopupData>) =>
      void read.then(
        (d) => {
          setShown((s) => choose(s, { data: d, from: 'store' }));
          readEvery();
        },
        // A first frame the store cannot confirm is not shown on as if it were the truth.
        (err) => (console.error('Reply Window: could not read the store', err), setShown((s) => (s?.from === 'frame' ? null : s))),
      );
    reload(stored);
    return onWorkerChanged(() => reload(load()));
  }, [stored]);
  // Where the rows on screen came from, for tests: the worker's first frame, or IndexedDB's read.
  useEffect(() => void (document.documentElement.dataset.shown = shown?.from ?? ''), [shown?.from]);
  // The first row has the focus (PopupView) until the user moves it; a correction that replaced the
  // first frame's rows must not leave it on a row gone, or on another than the first.
  const touched = useRef(false);
  useEffect(() => {
    const touch = () => (touched.current = true);
    addEventListener('keydown', touch, true);
    addEventListener('pointerdown', touch, true);
  }, []);
  useEffect(() => {
    if (!touched.current) document.querySelector<HTMLButtonElement>('.rooms .room-open')?.focus();
  }, [data]);
  // Stable across ticks, so rows whose text did not change are not re-rendered.
  const actions = useMemo(
    () => ({
      send: (cmd: UserCommand) =>
        void sendCommand(cmd).then(() => load().then((d) => setShown((s) => choose(s, { data: d, from: 'store' })))),
      onOpen: (id: string) => void openOnUpwork(roomUrl(id)).then(() => window.close()),
      onOpenInvitation: (id: string) => void openInvitationPage(invitationUrl(id)).then(() => window.close()),
    }),
    [],
  );
  // Rooms and their states change only when the data does, a window closes or a snooze ends. Between
  // those the popup is not re-rendered: each countdown follows the clock on its own (components/clock.ts).
  const cache = useRef<Snapshot | null>(null);
  useEffect(() => onTick((t) => cache.current && stale(cache.current, cache.current.data, t) && setNow(t)), []);
  const [reporting, setReporting] = useState(false);
  if (reporting)
    return (
      <main class="popup">
        <PageReportPanel load={requestPageReport} onClose={() => setReporting(false)} />
      </main>
    );
  if (!data) return null;
  if (stale(cache.current, data, now)) cache.current = snapshot(data, now);
  const { lengths, rooms, dismissed, away, savable, sight, invitations, count } = cache.current!;
  return (
    <PopupView
      rooms={rooms}
      savable={savable}
      count={count}
      sight={sight}
      threads={every ?? data.withDeadline}
      dismissed={dismissed}
      status={data.status}
      lengths={lengths}
      away={away}
      storageError={data.storageError}
      onOpen={actions.onOpen}
      onOpenInbox={() => void openOnUpwork(INBOX_URL).then(() => window.close())}
      onReloadUpwork={() => void reloadUpwork(INBOX_URL).then(() => window.close())}
      onOpenOptions={() => void browser.runtime.openOptionsPage().then(() => window.close())}
      onOpenStats={() => void browser.tabs.create({ url: browser.runtime.getURL('/stats.html') }).then(() => window.close())}
      send={actions.send}
      invitations={invitations}
      proposals={data.proposals}
      onOpenInvitation={actions.onOpenInvitation}
      onReport={() => setReporting(true)}
      localOnly={data.localOnly}
    />
  );
}

document.title = t('popupTitle');
// The first render waits (briefly) for the first frame; the store's read begins as soon as it is in the
// DOM (begun before, its replies would land on the main thread ahead of the frame's rows), then confirms
// or corrects it. Rendering cannot be held until the frame is read: Chromium may paint its first frame
// once this module starts, a top-level await and blocking="render" notwithstanding.
const frame = await Promise.race([readFirstFrame(Date.now()), new Promise<null>((r) => setTimeout(() => r(null), FRAME_WAIT))]);
let begin = () => {};
const stored = new Promise<void>((r) => (begin = r)).then(load);
render(<Popup frame={frame} stored={stored} />, document.getElementById('app')!);
begin();

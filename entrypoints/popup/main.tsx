// Wiring only: reads the stored threads and settings, ticks the clock, sends the user's commands to the worker.
import { render } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { onTick } from '@/components/clock';
import { PopupView } from '@/components/PopupView';
import { PageReportPanel } from '@/components/page-report-lazy';
import { requestPageReport } from '@/utils/browser/page-report';
import { openInvitationPage, openOnUpwork, reloadUpwork } from '@/utils/browser/open-upwork';
import type { Invitation, PageStatus, ProposalsStatus, StorageError, Thread } from '@/utils/model/types';
import { awaitingInvitations, type AwaitingInvitation } from '@/utils/rules/invitations';
import type { UserCommand } from '@/utils/protocol/messages';
import { onWorkerChanged, sendCommand } from '@/utils/protocol/send';
import { readStorageError } from '@/utils/protocol/storage-error';
import { HOUR } from '@/utils/model/time';
import { answerNext, canStillSave, nextRiskAt } from '@/utils/rules/answer-next';
import { actNow } from '@/utils/rules/badge';
import type { AwaitingRoom } from '@/utils/rules/reply-windows';
import { isAway, type Settings } from '@/utils/rules/settings';
import { sightOf, type Sight } from '@/utils/rules/sight';
import { deriveView, type DerivedView } from '@/utils/rules/view';
import { allInvitations, allThreads, pageStatus, popupThreads, proposalsStatus } from '@/utils/storage/db';
import { localOnlyRooms } from '@/utils/storage/choices-sync';
import { loadSettings } from '@/utils/storage/settings-storage';
import { t } from '@/utils/text/i18n';
import { INBOX_URL, invitationUrl, roomUrl } from '@/utils/upwork/addresses';
import './popup.css';

interface Data {
  /** Only what the popup lists (read through indexes, not every stored room). */
  awaiting: Thread[];
  withDeadline: Thread[];
  dismissed: Thread[];
  status: PageStatus;
  settings: Settings;
  storageError: StorageError | null;
  invitations: Invitation[];
  proposals: ProposalsStatus;
  localOnly: string[];
}

const load = async (): Promise<Data> => {
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

/** What the popup shows, computed from the data at one instant, valid until `until`. */
interface Snapshot extends DerivedView {
  data: Data;
  dismissed: Thread[];
  invitations: AwaitingInvitation[];
  /** Not snoozed, whose next window can still be saved. */
  savable: number;
  /** The badge's number, shown in the header. */
  count: { count: number; rooms: number; invitations: number };
  sight: Sight;
  until: number;
}

const earliest = (...at: (number | null)[]) => Math.min(...at.map((a) => a ?? Infinity));

function snapshot(data: Data, now: number): Snapshot {
  const view = deriveView(data.awaiting, data.settings, now);
  const rooms: AwaitingRoom[] = answerNext(view.rooms, now, view.lengths);
  const dismissed = data.dismissed.filter((t) => t.dismissed && t.waitingSince === null && t.last?.by === 'client');
  const invitations = awaitingInvitations(data.invitations, now);
  const act = actNow(view.rooms, data.settings, invitations, now);
  const count = { count: act.count, rooms: act.rooms.length, invitations: act.invitations.length };
  const savable = rooms.filter((r) => r.snoozedUntil === null && canStillSave(r, now, view.lengths)).length;
  const sight = sightOf(data.status, data.settings, now);
  // The view turns old just past the threshold (sightOf: age > threshold).
  const turnsOld = sight.kind === 'current' ? sight.since + data.settings.staleAfterHours * HOUR + 1 : null;
  const until = earliest(
    view.nextChangeAt,
    nextRiskAt(rooms, now, view.lengths),
    turnsOld,
    ...invitations.map((a) => a.status.nextChangeAt),
  );
  return { ...view, rooms, data, dismissed, invitations, savable, sight, until, count };
}

/** The snapshot no longer holds: new data, a window closed or a snooze ended, or away mode began or ended. */
const stale = (s: Snapshot | null, data: Data, now: number) => s?.data !== data || now >= s.until || isAway(data.settings, now) !== s.away;

function Popup() {
  const [data, setData] = useState<Data | null>(null);
  /** Every stored room, only for the deadline form's choice of room: read after the list is on screen. */
  const [every, setEvery] = useState<Thread[] | null>(null);
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const readEvery = () => requestAnimationFrame(() => setTimeout(() => void allThreads().then(setEvery)));
    const reload = () =>
      void load().then((d) => {
        setData(d);
        readEvery();
      });
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
render(<Popup />, document.getElementById('app')!);

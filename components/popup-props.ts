// What the popup is given: one type shared by the popup view and its notices (no import cycle).
import type { AwaitingInvitation } from '@/utils/rules/invitations';
import type { AwaitingRoom } from '@/utils/rules/reply-windows';
import type { Sight } from '@/utils/rules/sight';
import type { UserCommand } from '@/utils/protocol/messages';
import type { PageStatus, ProposalsStatus, Thread, WindowLengths } from '@/utils/model/types';

export interface PopupProps {
  /** In the order to answer them. */
  rooms: AwaitingRoom[];
  /** How many of the rooms not snoozed can still be answered within a window. */
  savable: number;
  /** The badge's number (utils/rules/badge.ts actNow): the header shows the same one. */
  count?: { count: number; rooms: number; invitations: number };
  /** Whether the last read of Upwork Messages can be trusted (utils/rules/sight.ts). */
  sight: Sight;
  /** For deadlines: every known room once read, at first only those with a deadline. */
  threads: Thread[];
  /** Rooms marked "no reply needed" whose client has not written since: they can be undone. */
  dismissed: Thread[];
  status: PageStatus;
  lengths: WindowLengths;
  away: boolean;
  /** A write to the browser's storage failed (quota, aborted transaction): what it said, and when. */
  storageError: { at: number; message: string } | null;
  onOpen: (roomId: string) => void;
  onOpenInbox: () => void;
  /** Reloads the open Messages tab: offered when the page was not understood. */
  onReloadUpwork?: () => void;
  onOpenOptions: () => void;
  onOpenStats: () => void;
  send: (cmd: UserCommand) => void;
  /** Invitations to apply still waiting, and what the proposals page last showed. */
  invitations?: AwaitingInvitation[];
  proposals?: ProposalsStatus;
  onOpenInvitation?: (id: string) => void;
  /** "Report a page problem": always in the header, and offered where the page was not understood. */
  onReport?: () => void;
  /** Rooms whose choices did not fit in storage.sync (utils/storage/choices-sync.ts localOnlyRooms). */
  localOnly?: string[];
}

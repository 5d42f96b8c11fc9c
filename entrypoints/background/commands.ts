// The user's commands from the popup and the options page. The worker is the only writer.
import { deleteAllData, updateThread } from '@/utils/db';
import type { UserCommand } from '@/utils/messages';
import { dismissRoom, snoozeRoom, tagContract, undoDismiss, unsnoozeRoom } from '@/utils/room-actions';
import { clearSettings } from '@/utils/settings-storage';
import { refresh } from './refresh';

export async function runCommand(cmd: UserCommand): Promise<{ ok: boolean }> {
  const now = Date.now();
  let ok = true;
  switch (cmd.type) {
    case 'user:snooze':
      ok = !!(await updateThread(cmd.roomId, (t) => snoozeRoom(t, cmd.until, now)));
      break;
    case 'user:unsnooze':
      ok = !!(await updateThread(cmd.roomId, (t) => unsnoozeRoom(t, now)));
      break;
    case 'user:dismiss':
      ok = !!(await updateThread(cmd.roomId, (t) => dismissRoom(t, now)));
      break;
    case 'user:undo-dismiss':
      ok = !!(await updateThread(cmd.roomId, (t) => undoDismiss(t, now)));
      break;
    case 'user:contract':
      ok = !!(await updateThread(cmd.roomId, (t) => tagContract(t, cmd.tag, now)));
      break;
    case 'user:delete-all':
      await Promise.all([deleteAllData(), clearSettings()]);
      break;
    case 'user:settings-changed':
      break;
  }
  await refresh();
  return { ok };
}

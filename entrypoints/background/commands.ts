// The user's commands from the popup and the options page. The worker is the only writer.
import { checkBackup } from '@/utils/storage/backup';
import { t } from '@/utils/text/i18n';
import { deleteAllData, deleteLogEntry, getThread, restoreBackup, updateThread } from '@/utils/storage/db';
import type { CommandResult, UserCommand } from '@/utils/protocol/messages';
import { dismissRoom, setDeadline, setTerms, snoozeRoom, tagContract, undoDismiss, unsnoozeRoom } from '@/utils/rules/room-actions';
import { dismissEntry, logEntryId } from '@/utils/rules/response-log';
import { clearSettings, saveSettings } from '@/utils/storage/settings-storage';
import { refresh } from './refresh';
import { ackOf } from './observe';
import { pushMarks } from './push-marks';

export async function runCommand(cmd: UserCommand): Promise<CommandResult> {
  const now = Date.now();
  let ok = true;
  let message: string | undefined;
  switch (cmd.type) {
    case 'user:snooze':
      ok = !!(await updateThread(cmd.roomId, (t) => snoozeRoom(t, cmd.until, now)));
      break;
    case 'user:unsnooze':
      ok = !!(await updateThread(cmd.roomId, (t) => unsnoozeRoom(t, now)));
      break;
    case 'user:dismiss':
      ok = !!(await updateThread(
        cmd.roomId,
        (t) => dismissRoom(t, now),
        (before) => dismissEntry(before, now),
      ));
      break;
    case 'user:undo-dismiss': {
      const before = await getThread(cmd.roomId);
      ok = !!(await updateThread(cmd.roomId, (t) => undoDismiss(t, now)));
      if (ok && before?.dismissed) await deleteLogEntry(logEntryId(cmd.roomId, before.dismissed.at));
      break;
    }
    case 'user:contract':
      ok = !!(await updateThread(cmd.roomId, (t) => tagContract(t, cmd.tag, now)));
      break;
    case 'user:deadline':
      ok = !!(await updateThread(cmd.roomId, (t) => setDeadline(t, cmd.deadline, now)));
      break;
    case 'user:terms':
      ok = !!(await updateThread(cmd.roomId, (t) => setTerms(t, cmd.terms, now)));
      break;
    case 'user:restore': {
      // Checked again here: the worker trusts no page, not even ours.
      const checked = checkBackup(cmd.backup);
      if (!checked.ok) return { ok: false, message: checked.reason };
      const added = await restoreBackup(checked.backup);
      await saveSettings(checked.backup.settings);
      message = t('restoredCounts', added.threads, added.log);
      break;
    }
    case 'user:delete-all':
      await Promise.all([deleteAllData(), clearSettings()]);
      break;
    case 'user:settings-changed':
      break;
  }
  const { view, status } = await refresh();
  await pushMarks(ackOf(view, status));
  return { ok, message };
}

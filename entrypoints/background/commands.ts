// The user's commands from the popup and the options page. The worker is the only writer.
import { checkBackup } from '@/utils/storage/backup';
import { t } from '@/utils/text/i18n';
import { deleteAllData, restoreBackup, undoDismissal, updateThread } from '@/utils/storage/db';
import type { CommandResult, UserCommand } from '@/utils/protocol/messages';
import { dismissRoom, setDeadline, setTerms, snoozeRoom, tagContract, tagDirect, unsnoozeRoom } from '@/utils/rules/room-actions';
import { dismissEntry } from '@/utils/rules/response-log';
import { clearSettings, saveSettingsAndTemplates } from '@/utils/storage/settings-storage';
import { clearTemplates } from '@/utils/storage/templates-storage';
import { refresh } from './refresh';
import { replyWith } from './holding';
import { ackOf } from './observe';
import { pushMarks } from './push-marks';
import { syncChoicesSoon } from './sync';
import { clearSyncedChoices } from '@/utils/storage/choices-sync-storage';

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
    case 'user:undo-dismiss':
      ok = !!(await undoDismissal(cmd.roomId, now));
      break;
    case 'user:contract':
      ok = !!(await updateThread(cmd.roomId, (t) => tagContract(t, cmd.tag, now)));
      break;
    case 'user:deadline':
      ok = !!(await updateThread(cmd.roomId, (t) => setDeadline(t, cmd.deadline, now)));
      break;
    case 'user:terms':
      ok = !!(await updateThread(cmd.roomId, (t) => setTerms(t, cmd.terms, now)));
      break;
    case 'user:direct':
      // Already as asked is not a failure: the popup shows the stored state either way.
      ok = !!(await updateThread(cmd.roomId, (t) => tagDirect(t, cmd.direct, now) ?? t));
      break;
    case 'user:restore': {
      // Checked again here: the worker trusts no page, not even ours. Every
      // record and the settings' size are checked before anything is written.
      const checked = checkBackup(cmd.backup, now);
      if (!checked.ok) return { ok: false, message: checked.reason };
      // Settings and templates first, in one write: if the browser refuses it (a quota), nothing has
      // changed. The merge after them is idempotent, so a restore that fails there can simply be run again.
      try {
        await saveSettingsAndTemplates(checked.backup.settings, checked.backup.templates);
      } catch (err) {
        return { ok: false, message: t('restoreSettingsNotSaved', String(err)) };
      }
      const added = await restoreBackup(checked.backup, now);
      message = t('restoredCounts', added.threads, added.log);
      break;
    }
    case 'user:delete-all':
      await Promise.all([deleteAllData(), clearSettings(), clearTemplates(), clearSyncedChoices()]);
      break;
    case 'user:settings-changed':
      break;
    case 'user:reply-with': {
      const answer = await replyWith(cmd.roomId, cmd.text);
      ok = answer.ok;
      message = answer.message;
      break;
    }
  }
  const { view, status } = await refresh();
  await pushMarks(ackOf(view, status));
  // A room's choice (or a restore) goes to the other computers; settings have their own storage.sync keys.
  if (cmd.type !== 'user:settings-changed' && cmd.type !== 'user:reply-with') syncChoicesSoon();
  return { ok, message };
}

// Export everything as JSON or the response log as CSV, restore a backup, or delete everything (after a confirmation).
import { useState } from 'preact/hooks';
import type { Settings } from '@/utils/rules/settings';
import { settingsChanges, type SettingChange } from '@/utils/rules/settings-diff';
import { checkBackup } from '@/utils/storage/backup';
import { plural, t, type MessageKey } from '@/utils/text/i18n';
import type { Template } from '@/utils/rules/templates';

type File = { name: string; text: string };
export interface DataSectionProps {
  exportJson: () => Promise<File>;
  exportCsv: () => Promise<File>;
  restore: (text: string) => Promise<{ ok: boolean; message?: string }>;
  deleteAll: () => Promise<void>;
  /** The settings now in use, and how to read the templates stored now (they may have been saved since the page opened). */
  settings: Settings;
  currentTemplates: () => Promise<Template[]>;
}

/** The name the settings form gives each group; a group without one is shown by its key. */
const LABELS: Partial<Record<keyof Settings, MessageKey>> = {
  bestPracticeHours: 'optBestHours',
  expectedHours: 'optExpectedHours',
  leadMinutes: 'optWarnings',
  quietHours: 'optQuiet',
  policyBreaksQuiet: 'optPolicyBreaks',
  away: 'optAway',
  selfName: 'optYou',
  badgeCounts: 'optBadge',
};
const label = (key: keyof Settings) => (LABELS[key] ? t(LABELS[key]) : key);

function download({ name, text }: File, type: string) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = name;
  a.click();
  URL.revokeObjectURL(a.href);
}

export function DataSection({ exportJson, exportCsv, restore, deleteAll, settings, currentTemplates }: DataSectionProps) {
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  /** A checked backup that would replace settings, waiting for the user's yes. */
  const [pending, setPending] = useState<{ text: string; changes: SettingChange[]; templates: number | null } | null>(null);

  async function onRestore(file: globalThis.File | undefined) {
    if (!file) return;
    const text = await file.text();
    // Checked here for a quick answer, and again by the worker before anything is written.
    const checked = checkBackup(text);
    if (!checked.ok) return setMessage(t('restoreRefused', checked.reason));
    const changes = settingsChanges(settings, checked.backup.settings);
    const own = checked.backup.templates;
    const replacesTemplates = own && JSON.stringify(own) !== JSON.stringify(await currentTemplates()) ? own.length : null;
    if (changes.length || replacesTemplates !== null) return setPending({ text, changes, templates: replacesTemplates });
    await runRestore(text);
  }

  async function runRestore(text: string) {
    setPending(null);
    const answer = await restore(text);
    setMessage(answer.ok ? (answer.message ?? t('restored')) : t('restoreRefused', answer.message ?? '?'));
  }

  return (
    <div class="data">
      <p class="fixed">{t('dataIntro')}</p>
      <p class="buttons">
        <button
          type="button"
          onClick={() => void exportJson().then((f) => (download(f, 'application/json'), setMessage(t('exported', f.name))))}
        >
          {t('backupJson')}
        </button>
        <button type="button" onClick={() => void exportCsv().then((f) => (download(f, 'text/csv'), setMessage(t('exported', f.name))))}>
          {t('exportCsv')}
        </button>
        <label class="file">
          {t('restoreFrom')}
          <input
            type="file"
            accept="application/json,.json"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = ''; // the same file can be chosen again
              void onRestore(file);
            }}
          />
        </label>
      </p>
      {pending && (
        <div role="group" aria-label={t('restoreConfirmAria')} class="restore-confirm">
          {pending.changes.length > 0 && (
            <>
              <p>{t('restoreConfirmQuestion')}</p>
              <ul>
                {pending.changes.map((c) => (
                  <li key={c.key}>{t('restoreSettingChange', label(c.key), c.from, c.to)}</li>
                ))}
              </ul>
            </>
          )}
          {pending.templates !== null && <p data-testid="restore-templates">{plural('restoreTemplatesReplace', pending.templates)}</p>}
          <button type="button" onClick={() => void runRestore(pending.text)}>
            {t(pending.changes.length ? 'restoreConfirmYes' : 'restoreConfirmYesTemplates')}
          </button>{' '}
          <button type="button" onClick={() => setPending(null)}>
            {t('cancel')}
          </button>
        </div>
      )}
      {confirming ? (
        <p role="group" aria-label={t('deleteConfirmAria')}>
          {t('deleteQuestion')} {t('deleteSyncedToo')}{' '}
          <button
            type="button"
            class="danger"
            onClick={() =>
              void deleteAll().then(() => {
                setConfirming(false);
                setMessage(t('deleted'));
              })
            }
          >
            {t('deleteYes')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            {t('cancel')}
          </button>
        </p>
      ) : (
        <button type="button" class="danger" onClick={() => setConfirming(true)}>
          {t('deleteAll')}
        </button>
      )}
      <p role="status" class="data-status">
        {message}
      </p>
    </div>
  );
}

// Wiring only: loads the settings, saves them through the validator, exports and deletes data.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { DataSection } from '@/components/DataSection';
import { OptionsForm } from '@/components/OptionsForm';
import { makeBackup } from '@/utils/backup';
import { logToCsv } from '@/utils/csv';
import { allLog, allThreads, pageStatus } from '@/utils/db';
import type { Settings } from '@/utils/settings';
import { loadSettings, saveSettings } from '@/utils/settings-storage';
import './options.css';

const today = () => new Date().toISOString().slice(0, 10);

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [generation, setGeneration] = useState(0);
  useEffect(() => void loadSettings().then(setSettings), [generation]);
  if (!settings) return null;
  return (
    <main class="options">
      <h1>{t('optTitle')}</h1>
      <OptionsForm
        key={generation}
        initial={settings}
        save={async (s) => {
          const result = await saveSettings(s);
          if (result.ok) await browser.runtime.sendMessage({ type: 'user:settings-changed' });
          return result;
        }}
      />
      <DataSection
        exportJson={async () => {
          const [threads, page, log, s] = await Promise.all([allThreads(), pageStatus(), allLog(), loadSettings()]);
          return { name: `reply-window-${today()}.json`, text: makeBackup(Date.now(), s, page, threads, log) };
        }}
        exportCsv={async () => {
          const [threads, log] = await Promise.all([allThreads(), allLog()]);
          return { name: `reply-window-log-${today()}.csv`, text: logToCsv(log, new Map(threads.map((t) => [t.roomId, t]))) };
        }}
        restore={async (text) => {
          const answer = (await browser.runtime.sendMessage({ type: 'user:restore', backup: text })) as { ok: boolean; message?: string };
          if (answer.ok) setGeneration(generation + 1);
          return answer;
        }}
        deleteAll={async () => {
          await browser.runtime.sendMessage({ type: 'user:delete-all' });
          setGeneration(generation + 1);
        }}
      />
    </main>
  );
}

document.title = t('optTitle');
render(<Options />, document.getElementById('app')!);

// Wiring only: loads the settings, saves them through the validator, exports and deletes data.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DataSection } from '@/components/DataSection';
import { OptionsForm } from '@/components/OptionsForm';
import { backupJson } from '@/utils/backup';
import type { Settings } from '@/utils/settings';
import { loadSettings, saveSettings } from '@/utils/settings-storage';
import './options.css';

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [generation, setGeneration] = useState(0);
  useEffect(() => void loadSettings().then(setSettings), [generation]);
  if (!settings) return null;
  return (
    <main class="options">
      <h1>Reply Window settings</h1>
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
        exportJson={async () => ({ name: `reply-window-${new Date().toISOString().slice(0, 10)}.json`, text: await backupJson(Date.now()) })}
        deleteAll={async () => {
          await browser.runtime.sendMessage({ type: 'user:delete-all' });
          setGeneration(generation + 1);
        }}
      />
    </main>
  );
}

render(<Options />, document.getElementById('app')!);

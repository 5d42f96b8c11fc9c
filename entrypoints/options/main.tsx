// Wiring only: loads the settings, saves them through the validator, exports and deletes data.
import { SyncSpace } from '@/components/SyncSpace';
import { syncSpaceUsed } from '@/utils/storage/choices-sync';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { sendCommand } from '@/utils/protocol/send';
import { t } from '@/utils/text/i18n';
import { DataSection } from '@/components/DataSection';
import { PageReportPanel } from '@/components/page-report-lazy';
import { requestPageReport } from '@/utils/browser/page-report';
import { OptionsForm } from '@/components/OptionsForm';
import { OptionsGroup } from '@/components/OptionsGroup';
import { TemplatesEditor } from '@/components/TemplatesEditor';
import type { Template } from '@/utils/rules/templates';
import { loadTemplates, saveTemplates, storedTemplates } from '@/utils/storage/templates-storage';
import { makeBackup } from '@/utils/storage/backup';
import { logToCsv } from '@/utils/storage/csv';
import { allInvitations, allLog, allThreads, pageStatus } from '@/utils/storage/db';
import type { Settings } from '@/utils/rules/settings';
import { loadSettings, saveSettings } from '@/utils/storage/settings-storage';
import './options.css';
import './fields.css';

const today = () => new Date().toISOString().slice(0, 10);

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [templates, setTemplates] = useState<Template[] | null>(null);
  const [generation, setGeneration] = useState(0);
  const [reporting, setReporting] = useState(false);
  // The form starts again from what a restore or a delete stored (it follows `initial`).
  useEffect(() => void loadSettings().then(setSettings), [generation]);
  // Keyed the same way: after a restore or a delete the editor must start from what is stored now, not from before.
  const [templatesLoaded, setTemplatesLoaded] = useState(0);
  useEffect(() => void loadTemplates().then((list) => (setTemplates(list), setTemplatesLoaded((n) => n + 1))), [generation]);
  if (!settings || !templates) return null;
  return (
    <main class="options">
      <h1>{t('optTitle')}</h1>
      <OptionsForm
        initial={settings}
        save={async (s) => {
          const result = await saveSettings(s);
          if (result.ok) await sendCommand({ type: 'user:settings-changed' });
          return result;
        }}
      >
        <OptionsGroup id="templates" title={t('optTemplates')}>
          <TemplatesEditor key={`templates-${templatesLoaded}`} initial={templates} save={saveTemplates} />
        </OptionsGroup>
        <OptionsGroup id="data" title={t('dataTitle')}>
          <DataSection
            exportJson={async () => {
              const [threads, page, log, s, invitations, own] = await Promise.all([
                allThreads(),
                pageStatus(),
                allLog(),
                loadSettings(),
                allInvitations(),
                storedTemplates(),
              ]);
              return { name: `reply-window-${today()}.json`, text: makeBackup(Date.now(), s, page, threads, log, invitations, own) };
            }}
            exportCsv={async () => {
              const [threads, log] = await Promise.all([allThreads(), allLog()]);
              return { name: `reply-window-log-${today()}.csv`, text: logToCsv(log, new Map(threads.map((t) => [t.roomId, t]))) };
            }}
            restore={async (text) => {
              const answer = await sendCommand({ type: 'user:restore', backup: text });
              if (answer.ok) setGeneration(generation + 1);
              return answer;
            }}
            settings={settings}
            currentTemplates={loadTemplates}
            deleteAll={async () => {
              await sendCommand({ type: 'user:delete-all' });
              setGeneration(generation + 1);
            }}
          />
          <SyncSpace load={syncSpaceUsed} generation={generation} />
          {reporting ? (
            <PageReportPanel load={requestPageReport} onClose={() => setReporting(false)} />
          ) : (
            <section aria-labelledby="report-head">
              <h3 id="report-head">{t('reportTitle')}</h3>
              <p class="hint">{t('reportOptionsIntro')}</p>
              <button type="button" data-action="report" onClick={() => setReporting(true)}>
                {t('reportOpen')}
              </button>
            </section>
          )}
        </OptionsGroup>
      </OptionsForm>
    </main>
  );
}

document.title = t('optTitle');
render(<Options />, document.getElementById('app')!);

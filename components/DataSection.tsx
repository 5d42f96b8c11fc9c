// Export everything as JSON or the response log as CSV, restore a backup, or delete everything (after a confirmation).
import { useState } from 'preact/hooks';
import { checkBackup } from '@/utils/backup';

type File = { name: string; text: string };
export interface DataSectionProps {
  exportJson: () => Promise<File>;
  exportCsv: () => Promise<File>;
  restore: (text: string) => Promise<{ ok: boolean; message?: string }>;
  deleteAll: () => Promise<void>;
}

function download({ name, text }: File, type: string) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = name;
  a.click();
  URL.revokeObjectURL(a.href);
}

export function DataSection({ exportJson, exportCsv, restore, deleteAll }: DataSectionProps) {
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  async function onRestore(file: globalThis.File | undefined) {
    if (!file) return;
    const text = await file.text();
    // Checked here for a quick answer, and again by the worker before anything is written.
    const checked = checkBackup(text);
    if (!checked.ok) return setMessage(`Not restored: ${checked.reason} Nothing was changed.`);
    const answer = await restore(text);
    setMessage(answer.ok ? (answer.message ?? 'Restored.') : `Not restored: ${answer.message ?? 'unknown error'}. Nothing was changed.`);
  }

  return (
    <section class="data" aria-labelledby="data-head">
      <h2 id="data-head">Your data</h2>
      <p>Everything Reply Window knows stays in this browser. Back it up, restore it, or delete it.</p>
      <p class="buttons">
        <button
          type="button"
          onClick={() => void exportJson().then((f) => (download(f, 'application/json'), setMessage(`Exported ${f.name}.`)))}
        >
          Back up everything (JSON)
        </button>
        <button type="button" onClick={() => void exportCsv().then((f) => (download(f, 'text/csv'), setMessage(`Exported ${f.name}.`)))}>
          Export the response log (CSV)
        </button>
        <label class="file">
          Restore from a backup
          <input type="file" accept="application/json,.json" onChange={(e) => void onRestore(e.currentTarget.files?.[0])} />
        </label>
      </p>
      {confirming ? (
        <p role="group" aria-label="Confirm deleting everything">
          Delete every room, every setting and every record? This cannot be undone.{' '}
          <button
            type="button"
            class="danger"
            onClick={() =>
              void deleteAll().then(() => {
                setConfirming(false);
                setMessage('Everything was deleted.');
              })
            }
          >
            Yes, delete everything
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </p>
      ) : (
        <button type="button" class="danger" onClick={() => setConfirming(true)}>
          Delete everything…
        </button>
      )}
      <p role="status" class="data-status">
        {message}
      </p>
    </section>
  );
}

// Export everything as JSON, or delete everything (after a confirmation).
import { useState } from 'preact/hooks';

export interface DataSectionProps {
  exportJson: () => Promise<{ name: string; text: string }>;
  deleteAll: () => Promise<void>;
}

export function DataSection({ exportJson, deleteAll }: DataSectionProps) {
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  async function download() {
    const { name, text } = await exportJson();
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    a.download = name;
    a.click();
    URL.revokeObjectURL(a.href);
    setMessage(`Exported ${name}.`);
  }
  return (
    <section class="data" aria-labelledby="data-head">
      <h2 id="data-head">Your data</h2>
      <p>Everything Reply Window knows stays in this browser. Export it, or delete it.</p>
      <button type="button" onClick={() => void download()}>
        Export to JSON
      </button>{' '}
      {confirming ? (
        <span role="group" aria-label="Confirm deleting everything">
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
        </span>
      ) : (
        <button type="button" class="danger" onClick={() => setConfirming(true)}>
          Delete everything…
        </button>
      )}
      <p role="status">{message}</p>
    </section>
  );
}

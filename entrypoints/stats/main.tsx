// Wiring only: reads the response log and shows the figures.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { StatsView } from '@/components/StatsView';
import { t } from '@/utils/text/i18n';
import { allLog } from '@/utils/storage/db';
import type { LogEntry } from '@/utils/model/types';
import './stats.css';

function Stats() {
  const [log, setLog] = useState<LogEntry[] | null>(null);
  useEffect(() => void allLog().then(setLog), []);
  return (
    <main class="stats-page">
      <h1>{t('statsTitle')}</h1>
      {log && <StatsView log={log} now={Date.now()} />}
    </main>
  );
}

document.title = t('statsTitle');
render(<Stats />, document.getElementById('app')!);

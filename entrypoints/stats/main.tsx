// Wiring only: reads the response log and shows the figures.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { StatsView } from '@/components/StatsView';
import { allLog } from '@/utils/db';
import type { LogEntry } from '@/utils/types';
import './stats.css';

function Stats() {
  const [log, setLog] = useState<LogEntry[] | null>(null);
  useEffect(() => void allLog().then(setLog), []);
  return (
    <main class="stats-page">
      <h1>Your response times</h1>
      {log && <StatsView log={log} now={Date.now()} />}
    </main>
  );
}

render(<Stats />, document.getElementById('app')!);

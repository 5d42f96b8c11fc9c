// The report panel, loaded when the user asks for a report: its code, its style sheet and the
// report's (utils/report) stay out of the popup's and the options page's first load.
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { PageReportProps } from './PageReportPanel';

export function PageReportPanel(props: PageReportProps) {
  const [Panel, setPanel] = useState<FunctionComponent<PageReportProps> | null>(null);
  useEffect(() => void import('./PageReportPanel').then((m) => setPanel(() => m.PageReportPanel)), []);
  return Panel ? <Panel {...props} /> : null;
}

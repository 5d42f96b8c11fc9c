// The report panel shows the whole report as text: whatever the page held, nothing in the
// report becomes an element (the shapes are redacted, and then rendered as text).
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { PageReportPanel } from '@/components/PageReportPanel';
import { buildReport, reportFile } from '@/utils/report/report';

const HOSTILE = '<img src=x onerror=alert(1)><b>bold</b>';
const page = `<html><body><div id="__nuxt"><div data-test="rooms-panel"><a data-test="room-list-item" href="/ab/messages/rooms/room_${'2'.repeat(32)}"><span data-test="room-name">${HOSTILE.replace(/</g, '&lt;')}</span><div class="room-list-item-story">${HOSTILE}</div></a></div></div></body></html>`;

async function show(report: ReturnType<typeof buildReport> | null) {
  const host = document.createElement('div');
  await act(async () => {
    render(h(PageReportPanel, { load: () => Promise.resolve(report) }), host);
  });
  await act(() => new Promise((r) => setTimeout(r, 0)));
  return host;
}

describe('the report panel', () => {
  it('shows the whole report, as text, and nothing of it as markup', async () => {
    const doc = new DOMParser().parseFromString(page, 'text/html');
    const report = buildReport(doc, 'https://www.upwork.com/ab/messages/rooms/', Date.now(), { version: '0.2.0', browser: 'Chrome 156' });
    const host = await show(report);
    const pre = host.querySelector('[data-testid="report-text"]')!;
    expect(pre.textContent).toBe(reportFile(report));
    expect(pre.children).toHaveLength(0);
    expect(host.querySelector('img, b, script')).toBeNull();
    expect(pre.textContent).not.toMatch(/bold|alert|onerror/);
  });
  it('says when no Upwork page answered, and shows no report', async () => {
    const host = await show(null);
    expect(host.querySelector('[data-state="report-no-tab"]')?.textContent).toMatch(/No Upwork page answered/);
    expect(host.querySelector('[data-testid="report-text"]')).toBeNull();
  });
});
